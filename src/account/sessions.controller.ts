import { InArea } from '../common/areas/area';
import { ACCOUNT_AREA } from './account.area';
import { Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AccountSessionsService } from './account-sessions.service';

/** `/account/sessions`: where the account is signed in, and "log out other sessions". */
@Controller('account/sessions')
@InArea(ACCOUNT_AREA)
export class SessionsController {
  constructor(private readonly sessions: AccountSessionsService) {}

  @Get()
  @Render('account/sessions')
  page(@CurrentUser() user: AuthenticatedUser, @Req() request: Request) {
    return this.sessions.pageModel(user, request);
  }

  @Post('end-others')
  @Redirect('/account/sessions', 303)
  async endOthers(@CurrentUser() user: AuthenticatedUser, @Req() request: Request) {
    await this.sessions.endOthers(user, request);
  }
}
