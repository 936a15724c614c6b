import {
  Body,
  HttpCode,
  Controller,
  Get,
  Param,
  ParseIntPipe,
  Post,
  Redirect,
  Render,
  Req,
  UseGuards,
} from '@nestjs/common';
import type { Request } from 'express';
import { actorOf } from '../../common/actor/actor-of';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { flash } from '../../common/views/flash';
import { SCREENING_AREA } from '../piu.area';
import type { Analyst } from '../work-purpose/analyst';
import { CurrentAnalyst } from '../work-purpose/current-analyst.decorator';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { CarriersViewsService } from './carriers-views.service';
import { CarrierFormDto } from './dto/carrier-form.dto';
import { KeyFormDto } from './dto/key-form.dto';

/** `/screening/carriers`: the State's carriers, their keys, and each carrier's dashboard. */
@Controller('screening/carriers')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class CarriersController {
  constructor(private readonly views: CarriersViewsService) {}

  @Get()
  @Render('piu/carriers')
  list(@CurrentAnalyst() analyst: Analyst) {
    return this.views.listModel(analyst.actor, {});
  }

  @Post()
  @FormView('piu/carriers', (controller: CarriersController, request) =>
    controller.views.listModel(actorOf(request), request.body as Record<string, unknown>),
  )
  @Redirect('/screening/carriers', 303)
  async add(
    @CurrentAnalyst() analyst: Analyst,
    @Body() form: CarrierFormDto,
    @Req() request: Request,
  ) {
    const carrier = await this.views.carriers.add(analyst.actor, form);
    flash(request, 'success', { key: 'ingestion.carriers.added', params: { code: carrier.code } });
    return { url: `/screening/carriers/${carrier.id}` };
  }

  @Get(':id')
  @Render('piu/carrier')
  page(@CurrentAnalyst() analyst: Analyst, @Param('id', ParseIntPipe) id: number) {
    return this.views.carrierModel(analyst.actor, id, {});
  }

  /** The key is shown on the answer to this POST, once; it is never stored or shown again. */
  @Post(':id/keys')
  @FormView('piu/carrier', (controller: CarriersController, request) =>
    controller.views.carrierModel(
      actorOf(request),
      Number(request.params.id),
      request.body as Record<string, unknown>,
    ),
  )
  @HttpCode(200)
  @Render('piu/key-issued')
  async issue(
    @CurrentAnalyst() analyst: Analyst,
    @Param('id', ParseIntPipe) id: number,
    @Body() form: KeyFormDto,
  ) {
    return this.views.issueModel(analyst.actor, id, form);
  }

  @Post(':id/keys/:keyId/revoke')
  @Redirect('/screening/carriers', 303)
  async revoke(
    @CurrentAnalyst() analyst: Analyst,
    @Param('id', ParseIntPipe) id: number,
    @Param('keyId', ParseIntPipe) keyId: number,
    @Req() request: Request,
  ) {
    const key = await this.views.carriers.revoke(analyst.actor, id, keyId);
    flash(request, 'success', { key: 'ingestion.keys.revoked', params: { prefix: key.prefix } });
    return { url: `/screening/carriers/${id}` };
  }
}
