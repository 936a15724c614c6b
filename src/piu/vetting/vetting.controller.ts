import { Controller, Get, Query, Render, UseGuards } from '@nestjs/common';
import { actorOf } from '../../common/actor/actor-of';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { SCREENING_AREA } from '../piu.area';
import type { Analyst } from '../work-purpose/analyst';
import { CurrentAnalyst } from '../work-purpose/current-analyst.decorator';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { VettingListQuery } from './dto/vetting-list.query';
import { VettingRowsQuery } from './dto/vetting-rows.query';
import { VettingListService } from './vetting-list.service';

/**
 * `/screening`: the priority vetting list, the workspace's landing page; and the rows its
 * script fetches when new hits arrive (`/screening/vetting/rows?ids=…`, the same filters).
 */
@Controller('screening')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class VettingController {
  constructor(private readonly vetting: VettingListService) {}

  @Get()
  @FormView('piu/vetting/list', (controller: VettingController, request) =>
    controller.vetting.formModel(actorOf(request), request.query),
  )
  @Render('piu/vetting/list')
  list(@CurrentAnalyst() analyst: Analyst, @Query() query: VettingListQuery) {
    return this.vetting.page(analyst, query);
  }

  @Get('vetting/rows')
  @Render('piu/vetting/rows')
  rows(@CurrentAnalyst() analyst: Analyst, @Query() query: VettingRowsQuery) {
    return this.vetting.rowsByIds(analyst, query);
  }
}
