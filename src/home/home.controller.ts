import { InArea } from '../common/areas/area';
import { HOME_AREA } from './home.area';
import { Controller, Get, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { HomeService } from './home.service';

@Controller()
@InArea(HOME_AREA)
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get()
  @Render('home/dashboard')
  dashboard(@CurrentActor() actor: Actor, @Req() request: Request) {
    return this.home.dashboard(actor, request.session.previousLoginAt);
  }
}
