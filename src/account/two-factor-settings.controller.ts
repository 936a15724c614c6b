import { Body, Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AllowIncompleteSignIn } from '../common/auth/incomplete-sign-in.decorator';
import { FormView } from '../common/forms/form-view.decorator';
import { TwoFactorCodeDto } from '../auth/two-factor/dto/two-factor-code.dto';
import { TwoFactorSettingsService } from './two-factor-settings.service';

/** The person's own two-factor page: enrol (mandatory for some roles), see status, turn off. */
@Controller('account/two-factor')
@AllowIncompleteSignIn()
export class TwoFactorSettingsController {
  constructor(private readonly settings: TwoFactorSettingsService) {}

  @Get()
  @Render('account/two-factor')
  page(@Req() request: Request) {
    return this.settings.pageModel(request);
  }

  @Post()
  @FormView('account/two-factor', (controller: TwoFactorSettingsController, request) =>
    controller.page(request),
  )
  @Render('account/recovery-codes')
  confirm(@Req() request: Request, @Body() body: TwoFactorCodeDto) {
    return this.settings.confirm(request, body.code);
  }

  @Post('disable')
  @Redirect('/account/two-factor', 303)
  async disable(@CurrentUser() user: AuthenticatedUser, @Req() request: Request) {
    await this.settings.disable(user, request);
  }
}
