import { Controller, Get, Query, Render, UseGuards } from '@nestjs/common';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { SCREENING_AREA } from '../piu.area';
import type { Analyst } from '../work-purpose/analyst';
import { CurrentAnalyst } from '../work-purpose/current-analyst.decorator';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { TravellerSearchQuery } from './dto/traveller-search.query';
import { RetentionPages } from './retention-pages';

/** `/screening/travellers?name=…`: an analyst finds travellers by name (the engine's index). */
@Controller('screening/travellers')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class TravellerSearchController {
  constructor(private readonly pages: RetentionPages) {}

  @Get()
  @FormView('piu/retention/travellers', (controller: TravellerSearchController, request) =>
    controller.pages.searchForm(request.query as Record<string, string>),
  )
  @Render('piu/retention/travellers')
  search(@CurrentAnalyst() analyst: Analyst, @Query() query: TravellerSearchQuery) {
    return this.pages.searchPage(analyst, query);
  }
}
