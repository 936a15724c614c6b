import { Body, Controller, Get, HttpCode, Post, Render, UseGuards } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { SCREENING_AREA } from '../piu.area';
import type { Analyst } from '../work-purpose/analyst';
import { CurrentAnalyst } from '../work-purpose/current-analyst.decorator';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { ReidentifyDto } from './dto/reidentify.dto';
import { ReidentificationService } from './reidentification.service';
import { RetentionPages } from './retention-pages';

/**
 * `/screening/reidentify`: a supervisor of the PIU links depersonalised records to a person
 * again, on a justification. The answer is the page itself (never a redirect to a URL that
 * would name the person), kept out of caches.
 */
@Controller('screening/reidentify')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class ReidentifyController {
  constructor(
    private readonly pages: RetentionPages,
    private readonly reidentification: ReidentificationService,
  ) {}

  @Get()
  @Render('piu/retention/reidentify')
  form(@CurrentActor() actor: Actor) {
    return this.pages.reidentifyPage(actor);
  }

  @Post()
  @FormView('piu/retention/reidentify', (controller: ReidentifyController, request) =>
    controller.pages.reidentifyPage(actorOf(request), request.body as ReidentifyDto),
  )
  @HttpCode(200)
  @Render('piu/retention/reidentify')
  async reidentify(@CurrentAnalyst() analyst: Analyst, @Body() form: ReidentifyDto) {
    const found = await this.reidentification.reidentify(analyst, form);
    return this.pages.reidentifyPage(analyst.actor, form, found);
  }
}
