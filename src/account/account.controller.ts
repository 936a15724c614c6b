import { InArea } from '../common/areas/area';
import { ACCOUNT_AREA } from './account.area';
import { Body, Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { FormView } from '../common/forms/form-view.decorator';
import { NoStore } from '../common/http/no-store.decorator';
import { flash } from '../common/views/flash';
import { AccountOverviewService } from './account-overview.service';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { ProfileService } from './profile.service';

/** `/account` and the profile: every signed-in role, each person their own account only. */
@Controller('account')
@InArea(ACCOUNT_AREA)
@NoStore()
export class AccountController {
  constructor(
    private readonly overview: AccountOverviewService,
    private readonly profile: ProfileService,
  ) {}

  @Get()
  @Render('account/overview')
  async page(@CurrentActor() actor: Actor) {
    return {
      pageTitle: { key: 'account.title' },
      ...(await this.overview.pageModel(actor)),
    };
  }

  @Get('profile')
  @Render('account/profile')
  async profileForm(@CurrentActor() actor: Actor) {
    return {
      pageTitle: { key: 'account.profile.title' },
      ...(await this.profile.formModel(actor)),
    };
  }

  @Post('profile')
  @FormView('account/profile', (controller: AccountController, request) =>
    controller.postedProfileForm(request),
  )
  @Redirect('/account/profile', 303)
  async updateProfile(
    @CurrentActor() actor: Actor,
    @Body() form: UpdateProfileDto,
    @Req() request: Request,
  ) {
    await this.profile.update(actor, form);
    flash(request, 'success', 'account.profile.saved');
  }

  /** The profile form again, with what was posted (FormView calls this on errors). */
  async postedProfileForm(request: Request) {
    return {
      pageTitle: { key: 'account.profile.title' },
      ...(await this.profile.formModel(actorOf(request), request.body as Record<string, unknown>)),
    };
  }
}
