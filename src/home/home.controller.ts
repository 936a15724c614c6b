import { Controller, Get, Render } from '@nestjs/common';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { HomeService } from './home.service';

@Controller()
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get()
  @Render('home/dashboard')
  dashboard(@CurrentUser() user: AuthenticatedUser) {
    return this.home.dashboard(user);
  }
}
