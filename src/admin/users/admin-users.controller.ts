import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { flash } from '../../common/views/flash';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Redirect,
  Render,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { InArea } from '../../common/areas/area';
import { ADMIN_USERS_AREA } from '../admin.areas';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { AdminUsersService } from './admin-users.service';
import { ChangeRoleDto } from './dto/change-role.dto';
import { UserFilterDto } from './dto/user-filter.dto';
import { UserAccountActionsService, type ActionOutcome } from './user-account-actions.service';

/** Tells the admin what became of an action, on the account's page. */
function backTo(request: Request, id: number, outcome: ActionOutcome) {
  flash(request, outcome.kind, outcome.message);
  return { url: `/admin/users/${id}`, statusCode: 303 };
}

/** An unknown or malformed id is "not found", like any other missing row. */
const Id = new ParseIntPipe({ errorHttpStatusCode: HttpStatus.NOT_FOUND });

@Controller('admin/users')
@InArea(ADMIN_USERS_AREA)
@NoStore()
export class AdminUsersController {
  constructor(
    private readonly users: AdminUsersService,
    private readonly actions: UserAccountActionsService,
  ) {}

  @Get()
  @FormView('admin/users', (controller: AdminUsersController, request) =>
    controller.listModel(request),
  )
  @Render('admin/users')
  list(@Query() filter: UserFilterDto) {
    return this.users.list(filter);
  }

  @Get(':id')
  @Render('admin/user')
  page(@Param('id', Id) id: number, @CurrentUser() admin: AuthenticatedUser) {
    return this.users.page(id, admin);
  }

  @Post(':id/role')
  @FormView('admin/user', (controller: AdminUsersController, request) =>
    controller.userModel(request),
  )
  @Redirect()
  async changeRole(
    @Param('id', Id) id: number,
    @Body() body: ChangeRoleDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return backTo(request, id, await this.actions.changeRole(actor, id, body.role));
  }

  @Post(':id/deactivate')
  @FormView('admin/user', (controller: AdminUsersController, request) =>
    controller.userModel(request),
  )
  @Redirect()
  async deactivate(
    @Param('id', Id) id: number,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return backTo(request, id, await this.actions.deactivate(actor, id));
  }

  @Post(':id/reactivate')
  @Redirect()
  async reactivate(
    @Param('id', Id) id: number,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return backTo(request, id, await this.actions.reactivate(actor, id));
  }

  @Post(':id/unlock')
  @Redirect()
  async unlock(@Param('id', Id) id: number, @CurrentActor() actor: Actor, @Req() request: Request) {
    return backTo(request, id, await this.actions.unlock(actor, id));
  }

  @Post(':id/two-factor/reset')
  @Redirect()
  async resetTwoFactor(
    @Param('id', Id) id: number,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return backTo(request, id, await this.actions.resetTwoFactor(actor, id));
  }

  /** Renders the link once; `no-store` keeps it out of caches and the browser history. */
  @Post(':id/password-reset-link')
  @FormView('admin/user', (controller: AdminUsersController, request) =>
    controller.userModel(request),
  )
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Render('admin/reset-link')
  issueResetLink(@Param('id', Id) id: number, @CurrentActor() actor: Actor) {
    return this.actions.issueResetLink(actor, id);
  }

  listModel(request: Request) {
    return this.users.formModel(request.query);
  }

  userModel(request: Request) {
    return this.users.page(Number(request.params.id), request.user!);
  }
}
