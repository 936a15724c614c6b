import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  Post,
  Query,
  Redirect,
  Render,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { FormView } from '../common/forms/form-view.decorator';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { ListInvitationsQueryDto } from './dto/list-invitations-query.dto';
import { InvitationsService } from './invitations.service';

/** Inviting people: admins (anyone but PIU analysts) and focal points (their own State). */
@Controller('invitations')
@Roles('admin', 'focal-point')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @Render('invitations/list')
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListInvitationsQueryDto) {
    return this.invitations.listModel(user, query);
  }

  @Get('new')
  @Render('invitations/new')
  form(@CurrentUser() user: AuthenticatedUser) {
    return this.invitations.formModel(user);
  }

  /** The answer shows the link once: it is not stored anywhere it could be read again. */
  @Post()
  @FormView('invitations/new', (controller: InvitationsController, request) =>
    controller.formModel(request),
  )
  @Header('Cache-Control', 'no-store')
  @Render('invitations/created')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateInvitationDto,
    @Req() request: Request,
  ) {
    return this.invitations.create(user, body, request);
  }

  @Get(':id')
  @Render('invitations/show')
  show(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Req() request: Request) {
    return this.invitations.showModel(user, id, request);
  }

  @Post(':id/revoke')
  @Redirect('/invitations', 303)
  async revoke(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Req() request: Request,
  ) {
    await this.invitations.revoke(user, id, request);
  }

  formModel(request: Request) {
    return this.invitations.formModelFor(request);
  }
}
