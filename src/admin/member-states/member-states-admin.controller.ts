import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Roles } from '../../common/auth/roles.decorator';
import { FormView } from '../../common/forms/form-view.decorator';
import { ChangeStatusDto } from './dto/change-status.dto';
import { MemberStateFilterDto } from './dto/member-state-filter.dto';
import { MemberStatesAdminService } from './member-states-admin.service';

/** Member States' programme status: admins and programme staff. */
@Controller('admin/member-states')
@Roles('admin', 'staff')
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
  changeStatus(
    @Param('code') code: string,
    @Body() body: ChangeStatusDto,
    @Req() request: Request,
  ) {
    return this.states.changeStatus(code, body.status, request);
  }

  listModel(request: Request) {
    return this.states.formModel(request.query);
  }

  stateModel(request: Request) {
    return this.states.page(String(request.params.code));
  }
}
