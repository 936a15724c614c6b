import { Controller, Get, Query, Render } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { NoStore } from '../../common/http/no-store.decorator';
import { ProgrammeFilterQuery } from './dto/programme-filter.query';
import { ProgrammeDashboardService } from './programme-dashboard.service';
import { ProgrammeReportsService } from './programme-reports.service';
import { PROGRAMME_AREA } from './programme-dashboards.areas';

/** The programme dashboard and its overview report: staff, admins, and partners (in part). */
@Controller('programme')
@InArea(PROGRAMME_AREA)
export class ProgrammeDashboardController {
  constructor(
    private readonly dashboard: ProgrammeDashboardService,
    private readonly reports: ProgrammeReportsService,
  ) {}

  @Get()
  @Render('programme/dashboards/dashboard')
  page(@CurrentActor() actor: Actor, @Query() filter: ProgrammeFilterQuery) {
    return this.dashboard.page(actor, filter);
  }

  @Get('overview.pdf')
  @NoStore()
  overview(@CurrentActor() actor: Actor, @Query() filter: ProgrammeFilterQuery) {
    return this.reports.overviewPdf(actor, filter);
  }
}
