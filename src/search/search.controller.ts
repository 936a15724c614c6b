import { Controller, Get, Query, Render } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { SearchQuery } from './dto/search.query';
import { SearchPageService } from './search-page.service';
import { SEARCH_AREA } from './search.area';

/** `/search`: the header's search box lands here; every signed-in role may search. */
@Controller('search')
@InArea(SEARCH_AREA)
export class SearchController {
  constructor(private readonly page: SearchPageService) {}

  @Get()
  @Render('search/results')
  results(@CurrentActor() actor: Actor, @Query() query: SearchQuery) {
    return this.page.model(actor, query);
  }
}
