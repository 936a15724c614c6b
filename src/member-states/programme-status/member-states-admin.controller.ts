import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { flash } from '../../common/views/flash';
import { InArea } from '../../common/areas/area';
import { ADMIN_MEMBER_STATES_AREA } from '../member-states.areas';
import { FormView } from '../../common/forms/form-view.decorator';
import { ProgrammeStatusService } from '../record/programme-status.service';
import { StateRecordService } from '../record/state-record.service';
import { StateCodePipe } from '../state-code.pipe';
import { ChangeStatusDto } from './dto/change-status.dto';
import { MemberStateFilterDto } from './dto/member-state-filter.dto';
import { MemberStatesAdminService } from './member-states-admin.service';

/**
 * Member States' programme status: admins and programme staff. The list lives here; one
 * State's status, history and the rest of its record are kept on the record's page
 * (`/states/:code/record`), where this area's old State page now leads.
 */
@Controller('admin/member-states')
@InArea(ADMIN_MEMBER_STATES_AREA)
export class MemberStatesAdminController {
  constructor(
    private readonly states: MemberStatesAdminService,
    private readonly statuses: ProgrammeStatusService,
    private readonly records: StateRecordService,
  ) {}

  @Get()
  @FormView('admin/member-states', (controller: MemberStatesAdminController, request) =>
    controller.listModel(request),
  )
  @Render('admin/member-states')
  list(@Query() filter: MemberStateFilterDto) {
    return this.states.list(filter);
  }

  /** Bookmarks and links to the former page reach the record (404 for no such State). */
  @Get(':code')
  @Redirect()
  async page(@CurrentActor() actor: Actor, @Param('code', StateCodePipe) code: string) {
    const state = await this.records.forStaff(actor, code);
    return { url: `/states/${state.code}/record`, statusCode: 303 };
  }

  @Post(':code/status')
  @FormView('states/record-edit', (controller: MemberStatesAdminController, request) =>
    controller.stateModel(request),
  )
  @Redirect()
  async changeStatus(
    @Param('code', StateCodePipe) code: string,
    @Body() body: ChangeStatusDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const changed = await this.statuses.change(actor, code, { status: body.status });
    flash(request, 'success', {
      key: 'admin.states.statusChanged',
      params: { state: changed.name, status: { key: `status.${changed.to}` } },
    });
    return { url: `/states/${changed.code}/record`, statusCode: 303 };
  }

  listModel(request: Request) {
    return this.states.formModel(request.query);
  }

  stateModel(request: Request) {
    return this.records.editModel(
      actorOf(request),
      new StateCodePipe().transform(String(request.params.code)),
      request.body as Record<string, unknown>,
    );
  }
}
