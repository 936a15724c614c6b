import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { flash } from '../../common/views/flash';
import { InArea } from '../../common/areas/area';
import { ADMIN_MEMBER_STATES_AREA } from '../member-states.areas';
import { FormView } from '../../common/forms/form-view.decorator';
import { ChangeStatusDto } from './dto/change-status.dto';
import { MemberStateFilterDto } from './dto/member-state-filter.dto';
import { MemberStatesAdminService } from './member-states-admin.service';

/** Member States' programme status: admins and programme staff. */
@Controller('admin/member-states')
@InArea(ADMIN_MEMBER_STATES_AREA)
export class MemberStatesAdminController {
  constructor(private readonly states: MemberStatesAdminService) {}

  @Get()
  @FormView('admin/member-states', (controller: MemberStatesAdminController, request) =>
    controller.listModel(request),
  )
  @Render('admin/member-states')
  list(@Query() filter: MemberStateFilterDto) {
    return this.states.list(filter);
  }

  @Get(':code')
  @Render('admin/member-state')
  page(@Param('code') code: string) {
    return this.states.page(code);
  }

  @Post(':code/status')
  @FormView('admin/member-state', (controller: MemberStatesAdminController, request) =>
    controller.stateModel(request),
  )
  @Redirect()
  async changeStatus(
    @Param('code') code: string,
    @Body() body: ChangeStatusDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const changed = await this.states.changeStatus(actor, code, body.status);
    flash(request, 'success', {
      key: 'admin.states.statusChanged',
      params: { state: changed.name, status: { key: `status.${changed.to}` } },
    });
    return { url: `/admin/member-states/${changed.code}`, statusCode: 303 };
  }

  listModel(request: Request) {
    return this.states.formModel(request.query);
  }

  stateModel(request: Request) {
    return this.states.page(String(request.params.code));
  }
}
