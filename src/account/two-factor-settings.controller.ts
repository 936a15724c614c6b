import { InArea } from '../common/areas/area';
import { ACCOUNT_AREA, TWO_FACTOR_OPTIONAL_AREA } from './account.area';
import { Body, Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { AllowIncompleteSignIn } from '../common/auth/incomplete-sign-in.decorator';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import { NoStore } from '../common/http/no-store.decorator';
import { ConfirmIdentityDto } from './dto/confirm-identity.dto';
import { EnrolAuthenticatorDto } from './dto/enrol-authenticator.dto';
import { TwoFactorSettingsService } from './two-factor-settings.service';

/**
 * The person's own two-factor page: enrol (mandatory for some roles), see status, move to a
 * new authenticator, turn off. The enrolment's secret lives, sealed, in the session.
 */
@Controller('account/two-factor')
@InArea(ACCOUNT_AREA)
@AllowIncompleteSignIn()
@NoStore()
export class TwoFactorSettingsController {
  constructor(private readonly settings: TwoFactorSettingsService) {}

  @Get()
  @Render('account/two-factor')
  async page(@Req() request: Request) {
    const actor = actorOf(request);
    if (!actor.user?.twoFactorEnabled) return this.enrolmentForm(request);
    const status = await this.settings.statusModel(actor);
    return { pageTitle: { key: 'twoFactor.title' }, ...status };
  }

  /** A new authenticator for an enrolled account (a new phone): it replaces the old one. */
  @Get('new')
  @Render('account/two-factor')
  replaceForm(@Req() request: Request) {
    return this.enrolmentForm(request);
  }

  @Post()
  @FormView('account/two-factor', (controller: TwoFactorSettingsController, request) =>
    controller.enrolmentForm(request),
  )
  @Render('account/recovery-codes')
  async confirm(
    @Req() request: Request,
    @CurrentActor() actor: Actor,
    @Body() body: EnrolAuthenticatorDto,
  ) {
    const { codes } = await this.settings.confirm(
      actor,
      request.session.enrolmentSecret,
      body.code,
      body.passwordOrCode,
    );
    delete request.session.enrolmentSecret;
    return { pageTitle: { key: 'twoFactor.codesTitle' }, codes };
  }

  @Post('disable')
  @InArea(TWO_FACTOR_OPTIONAL_AREA)
  @FormView('account/two-factor', (controller: TwoFactorSettingsController, request) =>
    controller.page(request),
  )
  @Redirect('/account/two-factor', 303)
  async disable(
    @Req() request: Request,
    @CurrentActor() actor: Actor,
    @Body() body: ConfirmIdentityDto,
  ) {
    await this.settings.disable(actor, body.passwordOrCode);
    flash(request, 'success', 'twoFactor.disabled');
  }

  /** The enrolment form, its secret kept in the session until a code confirms it. */
  async enrolmentForm(request: Request) {
    const actor = actorOf(request);
    request.session.enrolmentSecret = this.settings.enrolmentSecret(
      actor,
      request.session.enrolmentSecret,
    );
    const enrolment = await this.settings.enrolmentModel(actor, request.session.enrolmentSecret);
    return { pageTitle: { key: 'twoFactor.title' }, ...enrolment };
  }
}
