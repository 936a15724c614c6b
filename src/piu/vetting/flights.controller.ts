import { Controller, Get, Param, Query, Render, UseGuards } from '@nestjs/common';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { ID } from '../../iwg/id.pipe';
import { SCREENING_AREA } from '../piu.area';
import type { Analyst } from '../work-purpose/analyst';
import { CurrentAnalyst } from '../work-purpose/current-analyst.decorator';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { FlightPageQuery } from './dto/flight-page.query';
import { FlightsQuery } from './dto/flights.query';
import { FlightPages } from './flight-pages.service';

/** `/screening/flights`: today's and upcoming flights, and one flight with its travellers. */
@Controller('screening/flights')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class FlightsController {
  constructor(private readonly pages: FlightPages) {}

  @Get()
  @FormView('piu/vetting/flights', (controller: FlightsController, request) =>
    controller.pages.listForm(request.query),
  )
  @Render('piu/vetting/flights')
  list(@CurrentAnalyst() analyst: Analyst, @Query() query: FlightsQuery) {
    return this.pages.list(analyst, query);
  }

  @Get(':id')
  @Render('piu/vetting/flight')
  flight(
    @CurrentAnalyst() analyst: Analyst,
    @Param('id', ID) id: number,
    @Query() query: FlightPageQuery,
  ) {
    return this.pages.flight(analyst, id, query);
  }
}
