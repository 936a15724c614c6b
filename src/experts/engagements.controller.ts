import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import { ID } from '../iwg/id.pipe';
import {
  EngagementActionDto,
  FeedbackFormDto,
  ReplyFormDto,
  SessionFormDto,
} from './dto/engagement-forms.dto';
import { EngagementLogService } from './engagement-log.service';
import { EngagementsService, type StepName } from './engagements.service';
import { EXPERTS_AREA } from './experts.area';
import { RequestPagesService } from './request-pages.service';

const see = (url: string) => ({ url, statusCode: 303 });
const engagementPage = (controller: EngagementsController, request: Request) =>
  controller.pages.engagementModel(actorOf(request), Number(request.params.id));

/** An engagement: its page, its steps (accept, decline, confirm, close, cancel), log and feedback. */
@Controller('experts/engagements')
@InArea(EXPERTS_AREA)
export class EngagementsController {
  constructor(
    readonly pages: RequestPagesService,
    private readonly engagements: EngagementsService,
    private readonly log: EngagementLogService,
  ) {}

  @Get(':id')
  @Render('experts/engagement')
  page(@CurrentActor() actor: Actor, @Param('id', ID) id: number) {
    return this.pages.engagementModel(actor, id);
  }

  private async take(actor: Actor, id: number, step: StepName, request: Request) {
    await this.engagements.step(actor, id, step);
    flash(request, 'success', { key: `experts.step.${step}` });
    return see(`/experts/engagements/${id}`);
  }

  @Post(':id/accept')
  @FormView('experts/engagement', engagementPage)
  @Redirect()
  accept(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() _body: EngagementActionDto,
    @Req() request: Request,
  ) {
    return this.take(actor, id, 'accept', request);
  }

  @Post(':id/decline')
  @FormView('experts/engagement', engagementPage)
  @Redirect()
  decline(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() _body: EngagementActionDto,
    @Req() request: Request,
  ) {
    return this.take(actor, id, 'decline', request);
  }

  @Post(':id/confirm')
  @FormView('experts/engagement', engagementPage)
  @Redirect()
  confirm(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() _body: EngagementActionDto,
    @Req() request: Request,
  ) {
    return this.take(actor, id, 'confirm', request);
  }

  @Post(':id/close')
  @FormView('experts/engagement', engagementPage)
  @Redirect()
  close(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() _body: EngagementActionDto,
    @Req() request: Request,
  ) {
    return this.take(actor, id, 'close', request);
  }

  @Post(':id/cancel')
  @FormView('experts/engagement', engagementPage)
  @Redirect()
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() _body: EngagementActionDto,
    @Req() request: Request,
  ) {
    return this.take(actor, id, 'cancel', request);
  }

  @Post(':id/sessions')
  @FormView('experts/engagement', engagementPage)
  @Redirect()
  async addSession(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() body: SessionFormDto,
    @Req() request: Request,
  ) {
    await this.log.addSession(actor, id, body);
    flash(request, 'success', { key: 'experts.session.added' });
    return see(`/experts/engagements/${id}#log`);
  }

  @Post(':id/feedback')
  @FormView('experts/engagement', engagementPage)
  @Redirect()
  async feedback(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() body: FeedbackFormDto,
    @Req() request: Request,
  ) {
    await this.log.giveFeedback(actor, id, body);
    flash(request, 'success', { key: 'experts.feedback.saved' });
    return see(`/experts/engagements/${id}#feedback`);
  }

  @Post(':id/reply')
  @FormView('experts/engagement', engagementPage)
  @Redirect()
  async reply(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() body: ReplyFormDto,
    @Req() request: Request,
  ) {
    await this.log.reply(actor, id, body);
    flash(request, 'success', { key: 'experts.feedback.replied' });
    return see(`/experts/engagements/${id}#feedback`);
  }
}
