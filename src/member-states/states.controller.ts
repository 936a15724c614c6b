import { Controller, Get, Param, Query, Render } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { STATES_AREA } from './member-states.areas';
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
  list(@CurrentActor() actor: Actor, @Query() filter: ListStatesQuery) {
    return this.states.listModel(actor, filter);
  }

  @Get(':code')
  @Render('states/state')
  page(@CurrentActor() actor: Actor, @Param('code', StateCodePipe) code: string) {
    return this.states.pageModel(actor, code);
  }
}
