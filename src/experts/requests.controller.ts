import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import { ID } from '../iwg/id.pipe';
import { NewRequestQuery, RequestPageQuery, RequestsQuery } from './dto/expert-queries.dto';
import { ProposeDto, RequestFormDto } from './dto/request-form.dto';
import { EngagementsService } from './engagements.service';
import { EXPERTS_AREA } from './experts.area';
import { RequestPagesService } from './request-pages.service';
import { RequestsService } from './requests.service';

const see = (url: string) => ({ url, statusCode: 303 });

/** Assistance requests: the list, asking, and a request's page with the matching for staff. */
@Controller('experts/requests')
@InArea(EXPERTS_AREA)
export class RequestsController {
  constructor(
    readonly pages: RequestPagesService,
    private readonly requests: RequestsService,
    private readonly engagements: EngagementsService,
  ) {}

  @Get()
  @Render('experts/requests')
  list(@CurrentActor() actor: Actor, @Query() query: RequestsQuery) {
    return this.pages.listModel(actor, query);
  }

  @Get('new')
  @Render('experts/request-form')
  newRequest(@CurrentActor() actor: Actor, @Query() query: NewRequestQuery) {
    return this.pages.newModel(actor, query.step);
  }

  @Post()
  @FormView('experts/request-form', (controller: RequestsController, request) =>
    controller.pages.newModel(actorOf(request), stepOfForm(request.body)),
  )
  @Redirect()
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: RequestFormDto,
    @Req() request: Request,
  ) {
    const saved = await this.requests.create(actor, body);
    flash(request, 'success', { key: 'experts.request.created' });
    return see(`/experts/requests/${saved.id}`);
  }

  @Get(':id')
  @Render('experts/request')
  page(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Query() query: RequestPageQuery,
  ) {
    return this.pages.pageModel(actor, id, query.expert);
  }

  @Post(':id/propose')
  @FormView('experts/request', (controller: RequestsController, request) =>
    controller.pages.pageModel(actorOf(request), Number(request.params.id)),
  )
  @Redirect()
  async propose(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() body: ProposeDto,
    @Req() request: Request,
  ) {
    const engagement = await this.engagements.propose(actor, id, body);
    flash(request, 'success', { key: 'experts.propose.done' });
    return see(`/experts/engagements/${engagement.id}`);
  }
}

/** The step a refused form was for, so that the page drawn again still names it. */
function stepOfForm(body: unknown): number | undefined {
  const value = Number((body as { roadmapStepId?: unknown } | undefined)?.roadmapStepId);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}
