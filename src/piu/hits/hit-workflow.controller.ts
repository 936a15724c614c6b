import { Body, Controller, Param, Post, Redirect, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { NoStore } from '../../common/http/no-store.decorator';
import { flash } from '../../common/views/flash';
import { ID } from '../../iwg/id.pipe';
import { SCREENING_AREA } from '../piu.area';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { ClearHitDto } from './dto/clear-hit.dto';
import { ConfirmHitDto } from './dto/confirm-hit.dto';
import { EscalateHitDto } from './dto/escalate-hit.dto';
import { HitRevisionDto } from './dto/hit-revision.dto';
import { ProposeHitDto } from './dto/propose-hit.dto';
import { SendBackHitDto } from './dto/send-back-hit.dto';
import { HitPages, hitPath } from './hit-pages';
import { HitStepRefused, HitWorkflowService, type HitStepInput } from './hit-workflow.service';
import type { HitAction } from './hit-workflow';
import { HIT_FORM_VIEW } from './hits.controller';

/**
 * The review steps of a hit, each a form on its page posting here and coming back to it: done
 * (a success message) or refused (who has the hit now, or why the step no longer applies).
 */
@Controller('screening/hits/:id')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class HitWorkflowController {
  constructor(
    readonly pages: HitPages,
    private readonly workflow: HitWorkflowService,
  ) {}

  @Post('take')
  @Redirect()
  take(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() form: HitRevisionDto,
    @Req() request: Request,
  ) {
    return this.step(request, actor, id, 'take', { revision: form.revision });
  }

  @Post('release')
  @Redirect()
  release(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() form: HitRevisionDto,
    @Req() request: Request,
  ) {
    return this.step(request, actor, id, 'release', { revision: form.revision });
  }

  @Post('clear')
  @HIT_FORM_VIEW
  @Redirect()
  clear(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() form: ClearHitDto,
    @Req() request: Request,
  ) {
    return this.step(request, actor, id, 'clear', {
      revision: form.revision,
      reason: form.reason,
      note: form.clearNote || undefined,
      remember: form.remember === 'on',
    });
  }

  @Post('propose')
  @HIT_FORM_VIEW
  @Redirect()
  propose(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() form: ProposeHitDto,
    @Req() request: Request,
  ) {
    return this.step(request, actor, id, 'propose', {
      revision: form.revision,
      note: form.proposalNote,
    });
  }

  @Post('confirm')
  @HIT_FORM_VIEW
  @Redirect()
  confirm(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() form: ConfirmHitDto,
    @Req() request: Request,
  ) {
    return this.step(request, actor, id, 'confirm', {
      revision: form.revision,
      note: form.confirmNote || undefined,
    });
  }

  @Post('send-back')
  @HIT_FORM_VIEW
  @Redirect()
  sendBack(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() form: SendBackHitDto,
    @Req() request: Request,
  ) {
    return this.step(request, actor, id, 'send-back', {
      revision: form.revision,
      note: form.sendBackNote,
    });
  }

  @Post('escalate')
  @HIT_FORM_VIEW
  @Redirect()
  escalate(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() form: EscalateHitDto,
    @Req() request: Request,
  ) {
    return this.step(request, actor, id, 'escalate', {
      revision: form.revision,
      escalatedTo: form.escalatedTo,
      note: form.escalationNote || undefined,
    });
  }

  /** One step, then back to the hit's page saying how it went. */
  private async step(
    request: Request,
    actor: Actor,
    id: number,
    action: HitAction,
    input: HitStepInput,
  ) {
    try {
      await this.workflow.step(actor, id, action, input);
      flash(request, 'success', { key: `hits.done.${action}` });
    } catch (error) {
      if (!(error instanceof HitStepRefused)) throw error;
      flash(request, 'error', error.reason);
    }
    return { url: hitPath(id), statusCode: 303 };
  }
}
