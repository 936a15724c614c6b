import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { flash } from '../../common/views/flash';
import { ID } from '../id.pipe';
import { IWG_AREA } from '../iwg.area';
import { ActionItemsService } from './action-items.service';
import { ActionItemDto, ActionStatusDto } from './dto/meeting-forms.dto';
import { MeetingPagesService } from './meeting-pages.service';
import { meetingPage } from './meetings.controller';

const see = (url: string) => ({ url, statusCode: 303 });

/** A meeting's action items: given and corrected by the secretariat, moved on by their owner. */
@Controller('iwg/:iwgId/meetings/:meetingId/actions')
@InArea(IWG_AREA)
export class ActionItemsController {
  constructor(
    readonly pages: MeetingPagesService,
    private readonly actions: ActionItemsService,
  ) {}

  @Post()
  @FormView('iwg/meeting', meetingPage)
  @Redirect()
  async addAction(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('meetingId', ID) meetingId: number,
    @Body() body: ActionItemDto,
    @Req() request: Request,
  ) {
    const { item, ownerName } = await this.actions.add(actor, iwgId, meetingId, body);
    flash(request, 'success', { key: 'meetings.action.added', params: { name: ownerName } });
    return see(`/iwg/${iwgId}/meetings/${meetingId}#action-${item.id}`);
  }

  @Get(':actionId/edit')
  @Render('iwg/action-item-form')
  editAction(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('meetingId', ID) meetingId: number,
    @Param('actionId', ID) actionId: number,
  ) {
    return this.pages.editActionModel(actor, iwgId, meetingId, actionId);
  }

  @Post(':actionId/edit')
  @FormView('iwg/action-item-form', (controller: ActionItemsController, request) =>
    controller.pages.editActionModel(
      actorOf(request),
      Number(request.params.iwgId),
      Number(request.params.meetingId),
      Number(request.params.actionId),
    ),
  )
  @Redirect()
  async updateAction(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('meetingId', ID) meetingId: number,
    @Param('actionId', ID) actionId: number,
    @Body() body: ActionItemDto,
    @Req() request: Request,
  ) {
    const changed = await this.actions.update(actor, iwgId, meetingId, actionId, body);
    flash(request, 'success', {
      key: changed ? 'meetings.action.saved' : 'meetings.action.unchanged',
    });
    return see(`/iwg/${iwgId}/meetings/${meetingId}#action-${actionId}`);
  }

  @Post(':actionId/status')
  @FormView('iwg/meeting', meetingPage)
  @Redirect()
  async actionStatus(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('meetingId', ID) meetingId: number,
    @Param('actionId', ID) actionId: number,
    @Body() body: ActionStatusDto,
    @Req() request: Request,
  ) {
    await this.actions.setStatus(actor, iwgId, meetingId, actionId, body.status);
    flash(request, 'success', { key: 'meetings.action.statusSaved' });
    return see(`/iwg/${iwgId}/meetings/${meetingId}#action-${actionId}`);
  }
}
