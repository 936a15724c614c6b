import { InArea } from '../common/areas/area';
import { HOME_AREA } from './home.area';
import { Controller, Get, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { HomeService } from './home.service';

@Controller()
@InArea(HOME_AREA)
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get()
  @Render('home/dashboard')
  dashboard(@CurrentUser() user: AuthenticatedUser, @Req() request: Request) {
    return this.home.dashboard(user, request.session.previousLoginAt);
  }
}
