import { Controller, Get, Param, Post, Redirect, Render, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { actorOf } from '../../common/actor/actor-of';
import { flash } from '../../common/views/flash';
import { ID } from '../../iwg/id.pipe';
import { SCREENING_AREA } from '../piu.area';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { requirePiuSupervisor } from '../work-purpose/supervisor';
import { RulePages } from './rule-pages';
import { RuleTrials } from './rule-trials.service';
import { RulesService } from './rules.service';

const see = (url: string) => ({ url, statusCode: 303 });

/** Trying a rule, and switching it on (after the confirmation page) and off. */
@Controller('screening/rules/:id')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class RuleSwitchController {
  constructor(
    private readonly pages: RulePages,
    private readonly rules: RulesService,
    private readonly trials: RuleTrials,
  ) {}

  @Post('trial')
  @Redirect()
  async trial(@CurrentActor() actor: Actor, @Param('id', ID) id: number, @Req() request: Request) {
    const rule = await this.rules.load(actor, id);
    await this.trials.start(actor, rule);
    flash(request, 'success', { key: 'rules.trial.started' });
    return see(`/screening/rules/${id}#trial`);
  }

  @Get('switch-on')
  @Render('piu/rules/switch-on')
  confirmSwitchOn(@CurrentActor() actor: Actor, @Param('id', ID) id: number) {
    requirePiuSupervisor(actor);
    return this.pages.switchOn(actor, id);
  }

  @Post('switch-on')
  @FormView('piu/rules/switch-on', (controller: RuleSwitchController, request) =>
    controller.pages.switchOn(actorOf(request), Number(request.params.id)),
  )
  @Redirect()
  async switchOn(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Req() request: Request,
  ) {
    const rule = await this.rules.switchOn(actor, id);
    flash(request, 'success', { key: 'rules.switchedOn', params: { name: rule.name } });
    return see(`/screening/rules/${id}`);
  }

  @Post('switch-off')
  @Redirect()
  async switchOff(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Req() request: Request,
  ) {
    const rule = await this.rules.switchOff(actor, id);
    flash(request, 'success', { key: 'rules.switchedOff', params: { name: rule.name } });
    return see(`/screening/rules/${id}`);
  }
}
