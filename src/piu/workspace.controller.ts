import { Controller, Get, Render, UseGuards } from '@nestjs/common';
import { InArea } from '../common/areas/area';
import { NoStore } from '../common/http/no-store.decorator';
import { SCREENING_AREA } from './piu.area';
import type { Analyst } from './work-purpose/analyst';
import { CurrentAnalyst } from './work-purpose/current-analyst.decorator';
import { PurposeGuard } from './work-purpose/purpose.guard';
import { isPiuSupervisor } from './work-purpose/supervisor';

/** `/screening`: the PIU's workspace, opened once the analyst has said why they work today. */
@Controller('screening')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class WorkspaceController {
  @Get()
  @Render('piu/workspace')
  workspace(@CurrentAnalyst() analyst: Analyst) {
    return {
      pageTitle: { key: 'screening.title' },
      stateName: analyst.actor.user?.organisationName,
      supervisor: isPiuSupervisor(analyst.actor),
    };
  }
}
