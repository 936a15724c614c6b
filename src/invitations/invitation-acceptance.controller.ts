import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import { regenerateSession } from '../auth/login/sign-in-session';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { Public } from '../common/auth/public.decorator';
import { flash } from '../common/views/flash';
import { FormView } from '../common/forms/form-view.decorator';
import { AcceptInvitationDto } from './dto/accept-invitation.dto';
import { InvitationAcceptanceService } from './invitation-acceptance.service';

/** The invitee's side: the link from the e-mail, where they choose a name and a password. */
@Controller('invitations/accept')
@Public()
export class InvitationAcceptanceController {
  constructor(private readonly acceptance: InvitationAcceptanceService) {}

  @Get(':token')
  @Render('invitations/accept')
  form(@Param('token') token: string) {
    return this.acceptance.formModel(token);
  }

  @Post(':token')
  @FormView('invitations/accept', (controller: InvitationAcceptanceController, request) =>
    controller.formModel(request),
  )
  @Redirect('/login', 303)
  async accept(
    @Param('token') token: string,
    @Body() body: AcceptInvitationDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    await this.acceptance.accept(actor, token, body);
    // Whoever was signed in in this browser is not the new account: start from a clean session.
    await regenerateSession(request);
    flash(request, 'success', 'invitations.accepted');
  }

  formModel(request: Request) {
    return this.acceptance.formModel(String(request.params.token));
  }
}
