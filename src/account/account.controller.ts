import { Body, Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { FormView } from '../common/forms/form-view.decorator';
import { AccountOverviewService } from './account-overview.service';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { ProfileService } from './profile.service';

/** `/account` and the profile: every signed-in role, each person their own account only. */
@Controller('account')
export class AccountController {
  constructor(
    private readonly overview: AccountOverviewService,
    private readonly profile: ProfileService,
  ) {}

  @Get()
  @Render('account/overview')
  page(@CurrentUser() user: AuthenticatedUser) {
    return this.overview.pageModel(user);
  }

  @Get('profile')
  @Render('account/profile')
  profileForm(@CurrentUser() user: AuthenticatedUser) {
    return this.profile.formModel(user);
  }

  @Post('profile')
  @FormView('account/profile', (controller: AccountController, request) =>
    controller.postedProfileForm(request),
  )
  @Redirect('/account/profile', 303)
  async updateProfile(
    @CurrentUser() user: AuthenticatedUser,
    @Body() form: UpdateProfileDto,
    @Req() request: Request,
  ) {
    await this.profile.update(user, form, request);
  }

  /** The profile form again, with what was posted (FormView calls this on errors). */
  postedProfileForm(request: Request) {
    return this.profile.formModel(request.user!, request.body as Record<string, unknown>);
  }
}
