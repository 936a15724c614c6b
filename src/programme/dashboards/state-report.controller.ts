import { Controller, Get, Param } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { NoStore } from '../../common/http/no-store.decorator';
import { StateCodePipe } from '../../member-states/state-code.pipe';
import { ProgrammeReportsService } from './programme-reports.service';
import { STATE_REPORT_AREA } from './programme-dashboards.areas';

/** One State's roadmap report (PDF), for whoever may open the State (others: 404). */
@Controller('programme/states')
@InArea(STATE_REPORT_AREA)
@NoStore()
export class StateReportController {
  constructor(private readonly reports: ProgrammeReportsService) {}

  @Get(':code/report.pdf')
  report(@CurrentActor() actor: Actor, @Param('code', StateCodePipe) code: string) {
    return this.reports.statePdf(actor, code);
  }
}
