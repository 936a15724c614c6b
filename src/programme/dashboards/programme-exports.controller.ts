import { Controller, Get, Query } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { NoStore } from '../../common/http/no-store.decorator';
import { ProgrammeFilterQuery } from './dto/programme-filter.query';
import { ProgrammeExportsService } from './programme-exports.service';
import { PROGRAMME_EXPORTS_AREA } from './programme-dashboards.areas';

/** CSV exports for donor reporting: programme staff and admins. */
@Controller('programme/exports')
@InArea(PROGRAMME_EXPORTS_AREA)
@NoStore()
export class ProgrammeExportsController {
  constructor(private readonly exports: ProgrammeExportsService) {}

  @Get('states.csv')
  states(@CurrentActor() actor: Actor, @Query() filter: ProgrammeFilterQuery) {
    return this.exports.statesCsv(actor, filter);
  }

  @Get('steps.csv')
  steps(@CurrentActor() actor: Actor, @Query() filter: ProgrammeFilterQuery) {
    return this.exports.stepsCsv(actor, filter);
  }
}
