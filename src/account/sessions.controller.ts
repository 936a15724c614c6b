import { Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { NoStore } from '../common/http/no-store.decorator';
import { translate } from '../common/i18n/translator';
import { flash } from '../common/views/flash';
import { AccountSessionsService } from './account-sessions.service';

/** `/account/sessions`: where the account is signed in, and "log out other sessions". */
@Controller('account/sessions')
@NoStore()
export class SessionsController {
  constructor(private readonly sessions: AccountSessionsService) {}

  @Get()
  @Render('account/sessions')
  page(@CurrentActor() actor: Actor, @Req() request: Request) {
    return this.sessions.pageModel(actor, request.sessionID);
  }

  @Post('end-others')
  @Redirect('/account/sessions', 303)
  async endOthers(@CurrentActor() actor: Actor, @Req() request: Request) {
    const { ended } = await this.sessions.endOthers(actor, request.sessionID);
    flash(request, 'success', translate(actor.locale, 'account.sessions.ended', { count: ended }));
  }
}
