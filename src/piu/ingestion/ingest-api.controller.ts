import { Controller, Get, Inject, Post, Render, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { Public } from '../../common/auth/public.decorator';
import { CsrfExempt } from '../../common/security/csrf.guard';
import { localeLocals } from '../../common/views/locale-locals';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { IngestApiFilter } from './ingest-api.filter';
import { IngestApi } from './ingest-api.service';
import { readRawBody } from './raw-body';

/** The key a carrier presents: `X-API-Key`, or `Authorization: Bearer <key>`. */
function presentedKey(request: Request): string | null {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.trim() !== '') return header.trim();
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return bearer ? bearer[1] : null;
}

/**
 * The carrier API: `POST /api/v1/messages` takes a raw EDIFACT message with a carrier's key
 * (no session, so no CSRF token: the key is the credential, and it can do nothing but deliver
 * messages to its State), and the API's description for carriers' engineers.
 */
@Controller('api')
@UseFilters(IngestApiFilter)
export class IngestApiController {
  constructor(
    private readonly api: IngestApi,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('v1/messages')
  @Public()
  @CsrfExempt()
  async receive(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentActor() actor: Actor,
  ) {
    const answer = await this.api.receive(presentedKey(request), actor, () =>
      readRawBody(request, this.config.ingestion.maxBytes),
    );
    response.status(answer.status);
    return answer.body;
  }

  @Get('docs.json')
  @Public()
  document() {
    return this.api.document('en');
  }

  @Get('docs')
  @Public()
  @Render('piu/api-docs')
  page(@CurrentActor() actor: Actor, @Req() request: Request) {
    // Under /api the page shell sets nothing: the page brings its locale and the bare layout.
    return {
      ...localeLocals(request),
      layout: 'layouts/bare',
      ...this.api.documentPage(actor.locale),
    };
  }
}
