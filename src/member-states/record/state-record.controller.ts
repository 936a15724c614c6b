import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import { ID } from '../../iwg/id.pipe';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { flash } from '../../common/views/flash';
import { STATES_AREA } from '../member-states.areas';
import { StateCodePipe } from '../state-code.pipe';
import { KeyDateFormDto, RecordFormDto, ShareFormDto, StatusFormDto } from './dto/record-forms.dto';
import { ProgrammeStatusService } from './programme-status.service';
import { StateRecordService } from './state-record.service';

const see = (code: string, anchor = '') => ({
  url: `/states/${code}/record${anchor}`,
  statusCode: 303,
});

/** The record's forms again, with the input and messages, for a form on the page that was wrong. */
const recordPage = (controller: StateRecordController, request: Request) =>
  controller.records.editModel(
    actorOf(request),
    new StateCodePipe().transform(String(request.params.code)),
    request.body as Record<string, unknown>,
  );

/**
 * The staff's page for a State's record (`/states/:code/record`): status with the day it took
 * effect, deployment, maritime, the note, key dates, and the roadmap's shares with partners.
 * Officials, focal points and experts get 403 (404 for a State they may not see).
 */
@Controller('states/:code')
@InArea(STATES_AREA)
export class StateRecordController {
  constructor(
    readonly records: StateRecordService,
    private readonly statuses: ProgrammeStatusService,
  ) {}

  @Get('record')
  @Render('states/record-edit')
  edit(@CurrentActor() actor: Actor, @Param('code', StateCodePipe) code: string) {
    return this.records.editModel(actor, code);
  }

  @Post('record')
  @FormView('states/record-edit', recordPage)
  @Redirect()
  async update(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Body() body: RecordFormDto,
    @Req() request: Request,
  ) {
    await this.records.updateRecord(actor, code, body);
    flash(request, 'success', { key: 'states.record.saved' });
    return see(code);
  }

  @Post('status')
  @FormView('states/record-edit', recordPage)
  @Redirect()
  async status(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Body() body: StatusFormDto,
    @Req() request: Request,
  ) {
    await this.records.forStaff(actor, code);
    const changed = await this.statuses.change(actor, code, {
      status: body.status,
      effectiveOn: body.effectiveOn,
      note: body.statusNote,
    });
    flash(request, 'success', {
      key: 'admin.states.statusChanged',
      params: { state: changed.name, status: { key: `status.${changed.to}` } },
    });
    return see(code, '#status');
  }

  @Post('key-dates')
  @FormView('states/record-edit', recordPage)
  @Redirect()
  async addKeyDate(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Body() body: KeyDateFormDto,
    @Req() request: Request,
  ) {
    await this.records.addKeyDate(actor, code, body);
    flash(request, 'success', { key: 'states.record.keyDateAdded' });
    return see(code, '#key-dates');
  }

  @Post('key-dates/:id/delete')
  @Redirect()
  async removeKeyDate(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Param('id', ID) id: number,
    @Req() request: Request,
  ) {
    await this.records.removeKeyDate(actor, code, id);
    flash(request, 'success', { key: 'states.record.keyDateRemoved' });
    return see(code, '#key-dates');
  }

  @Post('shares')
  @FormView('states/record-edit', recordPage)
  @Redirect()
  async share(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Body() body: ShareFormDto,
    @Req() request: Request,
  ) {
    await this.records.share(actor, code, body.partner);
    flash(request, 'success', { key: 'states.record.shared' });
    return see(code, '#shares');
  }

  @Post('shares/:partner/delete')
  @Redirect()
  async unshare(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Param('partner') partner: string,
    @Req() request: Request,
  ) {
    await this.records.unshare(actor, code, partner.slice(0, 16));
    flash(request, 'success', { key: 'states.record.unshared' });
    return see(code, '#shares');
  }
}
