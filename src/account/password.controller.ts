import { Body, Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { FormView } from '../common/forms/form-view.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { PasswordChangeService } from './password-change.service';

/** `/account/password`: change one's own password (the current one is asked for). */
@Controller('account/password')
export class PasswordController {
  constructor(private readonly passwords: PasswordChangeService) {}

  @Get()
  @Render('account/password')
  form() {
    return this.passwords.formModel();
  }

  @Post()
  @FormView('account/password', (controller: PasswordController) => controller.form())
  @Redirect('/account', 303)
  async change(
    @CurrentUser() user: AuthenticatedUser,
    @Body() form: ChangePasswordDto,
    @Req() request: Request,
  ) {
    await this.passwords.change(user, form, request);
  }
}
