import { Body, Controller, Get, Param, Post, Redirect, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { flash } from '../../common/views/flash';
import { ID } from '../id.pipe';
import { IWG_AREA } from '../iwg.area';
import { CancelMeetingDto, MeetingFormDto, MinutesDto } from './dto/meeting-forms.dto';
import { MeetingPagesService } from './meeting-pages.service';
import { MeetingsService } from './meetings.service';

const see = (url: string) => ({ url, statusCode: 303 });

/** The meeting page again, for a form on it that was wrong. */
export const meetingPage = (controller: { pages: MeetingPagesService }, request: Request) =>
  controller.pages.pageModel(
    actorOf(request),
    Number(request.params.iwgId),
    Number(request.params.meetingId),
  );

/** An IWG's meetings: the list, each meeting, its calendar file, and the secretariat's forms. */
@Controller('iwg/:iwgId/meetings')
@InArea(IWG_AREA)
export class MeetingsController {
  constructor(
    readonly pages: MeetingPagesService,
    private readonly meetings: MeetingsService,
  ) {}

  @Get()
  @Render('iwg/meetings')
  list(@CurrentActor() actor: Actor, @Param('iwgId', ID) iwgId: number) {
    return this.pages.listModel(actor, iwgId);
  }

  @Get('new')
  @Render('iwg/meeting-form')
  newMeeting(@CurrentActor() actor: Actor, @Param('iwgId', ID) iwgId: number) {
    return this.pages.newModel(actor, iwgId);
  }

  @Post()
  @FormView('iwg/meeting-form', (controller: MeetingsController, request) =>
    controller.pages.newModel(actorOf(request), Number(request.params.iwgId)),
  )
  @Redirect()
  async schedule(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Body() body: MeetingFormDto,
    @Req() request: Request,
  ) {
    const meeting = await this.meetings.schedule(actor, iwgId, body);
    flash(request, 'success', { key: 'meetings.scheduled' });
    return see(`/iwg/${iwgId}/meetings/${meeting.id}`);
  }

  /** The meeting for a calendar (RFC 5545); before `:meetingId` so `7.ics` is not taken for an id. */
  @Get(':meetingId.ics')
  async ics(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('meetingId', ID) meetingId: number,
    @Res() response: Response,
  ) {
    const file = await this.pages.ics(actor, iwgId, meetingId);
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.send(file.body);
  }

  @Get(':meetingId')
  @Render('iwg/meeting')
  page(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('meetingId', ID) meetingId: number,
  ) {
    return this.pages.pageModel(actor, iwgId, meetingId);
  }

  @Get(':meetingId/edit')
  @Render('iwg/meeting-form')
  edit(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('meetingId', ID) meetingId: number,
  ) {
    return this.pages.editModel(actor, iwgId, meetingId);
  }

  @Post(':meetingId/edit')
  @FormView('iwg/meeting-form', (controller: MeetingsController, request) =>
    controller.pages.editModel(
      actorOf(request),
      Number(request.params.iwgId),
      Number(request.params.meetingId),
    ),
  )
  @Redirect()
  async update(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('meetingId', ID) meetingId: number,
    @Body() body: MeetingFormDto,
    @Req() request: Request,
  ) {
    const { changed } = await this.meetings.update(actor, iwgId, meetingId, body);
    flash(request, 'success', { key: changed ? 'meetings.changed' : 'meetings.unchanged' });
    return see(`/iwg/${iwgId}/meetings/${meetingId}`);
  }

  @Post(':meetingId/cancel')
  @FormView('iwg/meeting', meetingPage)
  @Redirect()
  async cancel(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('meetingId', ID) meetingId: number,
    @Body() _body: CancelMeetingDto,
    @Req() request: Request,
  ) {
    await this.meetings.cancel(actor, iwgId, meetingId);
    flash(request, 'success', { key: 'meetings.cancelled' });
    return see(`/iwg/${iwgId}/meetings/${meetingId}`);
  }

  @Post(':meetingId/minutes')
  @FormView('iwg/meeting', meetingPage)
  @Redirect()
  async minutes(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('meetingId', ID) meetingId: number,
    @Body() body: MinutesDto,
    @Req() request: Request,
  ) {
    await this.meetings.recordMinutes(actor, iwgId, meetingId, body.minutes);
    flash(request, 'success', { key: 'meetings.minutesSaved' });
    return see(`/iwg/${iwgId}/meetings/${meetingId}#minutes`);
  }
}
