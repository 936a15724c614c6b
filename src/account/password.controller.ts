import { InArea } from '../common/areas/area';
import { ACCOUNT_AREA } from './account.area';
import { Body, Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import { renewSession } from '../auth/login/sign-in-session';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { FormView } from '../common/forms/form-view.decorator';
import { NoStore } from '../common/http/no-store.decorator';
import { flash } from '../common/views/flash';
import { ChangePasswordDto } from './dto/change-password.dto';
import { PasswordChangeService } from './password-change.service';

/** `/account/password`: change one's own password (the current one is asked for). */
@Controller('account/password')
@InArea(ACCOUNT_AREA)
@NoStore()
export class PasswordController {
  constructor(private readonly passwords: PasswordChangeService) {}

  @Get()
  @Render('account/password')
  form() {
    return this.page();
  }

  /** The form again after an error (FormView). */
  page() {
    const pageTitle = { key: 'account.password.title' };
    return { pageTitle, minLength: this.passwords.minLength };
  }

  @Post()
  @FormView('account/password', (controller: PasswordController) => controller.page())
  @Redirect('/account', 303)
  async change(
    @CurrentActor() actor: Actor,
    @Body() form: ChangePasswordDto,
    @Req() request: Request,
  ) {
    await this.passwords.change(actor, form, request.session.id);
    // The sign-in continues under a new session id.
    await renewSession(request);
    flash(request, 'success', 'account.password.changed');
  }
}
