import { Body, Controller, Get, Post, Redirect, Render, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { flash } from '../../common/views/flash';
import { SCREENING_AREA } from '../piu.area';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { RetentionSettingsDto } from './dto/retention-settings.dto';
import { RetentionPages } from './retention-pages';
import { RetentionSettingsService } from './retention-settings.service';

/** `/screening/retention`: the State's retention periods; analysts read, supervisors change. */
@Controller('screening/retention')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class RetentionController {
  constructor(
    private readonly pages: RetentionPages,
    private readonly settings: RetentionSettingsService,
  ) {}

  @Get()
  @Render('piu/retention/settings')
  page(@CurrentActor() actor: Actor) {
    return this.pages.settingsPage(actor);
  }

  @Post()
  @FormView('piu/retention/settings', (controller: RetentionController, request) =>
    controller.pages.settingsPage(actorOf(request)),
  )
  @Redirect('/screening/retention', 303)
  async save(
    @CurrentActor() actor: Actor,
    @Body() form: RetentionSettingsDto,
    @Req() request: Request,
  ) {
    const changed = await this.settings.update(actor, {
      depersonaliseAfterDays: form.depersonaliseAfterDays,
      deleteAfterDays: form.deleteAfterDays,
      confirmedHitDays: form.confirmedHitDays,
    });
    flash(request, changed ? 'success' : 'info', {
      key: changed ? 'retention.saved' : 'retention.unchanged',
    });
  }
}
