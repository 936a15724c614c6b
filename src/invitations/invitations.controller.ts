import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { flash } from '../common/views/flash';
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
import { InArea } from '../common/areas/area';
import { INVITATIONS_AREA } from './invitations.area';
import { FormView } from '../common/forms/form-view.decorator';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { ListInvitationsQueryDto } from './dto/list-invitations-query.dto';
import { InvitationsService, type FormSelection } from './invitations.service';

/** Inviting people: admins (anyone but PIU analysts) and focal points (their own State). */
@Controller('invitations')
@InArea(INVITATIONS_AREA)
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
  create(@CurrentActor() actor: Actor, @Body() body: CreateInvitationDto) {
    return this.invitations.create(actor, body);
  }

  @Get(':id')
  @Render('invitations/show')
  show(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.invitations.showModel(actor, id);
  }

  @Post(':id/revoke')
  @Redirect('/invitations', 303)
  async revoke(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: Request) {
    const revoked = await this.invitations.revoke(actor, id);
    flash(
      request,
      revoked ? 'success' : 'error',
      revoked ? 'invitations.revoked' : 'invitations.notRevocable',
    );
  }

  /** The form again after an error, keeping the choices made. */
  formModel(request: Request) {
    return this.invitations.formModel(request.user!, (request.body ?? {}) as FormSelection);
  }
}
