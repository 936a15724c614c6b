import { Controller, Get, Param, Query, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { InArea } from '../common/areas/area';
import { STATES_AREA } from './states.area';
import { ListStatesQuery } from './dto/list-states.query';
import { StateCodePipe } from './state-code.pipe';
import { StatesService } from './states.service';

/** The Member State space. Partners and PIU analysts have no use for it (403). */
@Controller('states')
@InArea(STATES_AREA)
export class StatesController {
  constructor(private readonly states: StatesService) {}

  @Get()
  @Render('states/list')
  list(@CurrentUser() user: AuthenticatedUser, @Query() filter: ListStatesQuery) {
    return this.states.listModel(user, filter);
  }

  @Get(':code')
  @Render('states/state')
  page(
    @CurrentUser() user: AuthenticatedUser,
    @Param('code', StateCodePipe) code: string,
    @Req() request: Request,
  ) {
    return this.states.pageModel(user, code, request);
  }
}
