import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';
import { isPiuSupervisor } from '../work-purpose/supervisor';
import { changesBetween, criteriaView } from './rule-criteria-view';
import { RuleTrials } from './rule-trials.service';
import { RulesService } from './rules.service';
import type { ScreeningRule } from './screening-rule.entity';
import type { ScreeningRuleTrial, TrialExample } from './screening-rule-trial.entity';
import { criteriaHash } from './criteria-hash';

/** The view models of the rules pages (the list, a rule, the switch-on confirmation). */
@Injectable()
export class RulePages {
  constructor(
    private readonly rules: RulesService,
    private readonly trials: RuleTrials,
  ) {}

  async list(actor: Actor) {
    const rules = await this.rules.list(actor);
    return {
      pageTitle: { key: 'rules.title' },
      rules: rules.map((rule) => ({
        ...rule,
        statusKey: `rules.status.${rule.status}`,
        severityKey: `rules.severity.${rule.severity}`,
        pending: rule.status === 'on' && rule.activeVersion !== rule.currentVersion,
      })),
      supervisor: isPiuSupervisor(actor),
    };
  }

  async rule(actor: Actor, id: number) {
    const rule = await this.rules.load(actor, id);
    const versions = await this.rules.versionsOf(rule);
    const names = await this.rules.userNames([
      rule.updatedById,
      ...versions.map((v) => v.savedById),
    ]);
    const latest = await this.trials.latest(rule.id);
    const tried = await this.rules.trialOfCurrent(rule);
    const supervisor = isPiuSupervisor(actor);
    const onAtCurrent = rule.status === 'on' && rule.activeVersion === rule.currentVersion;
    return {
      pageTitle: { key: 'rules.rule.title', params: { name: rule.name } },
      rule: this.ruleView(rule, names.get(rule.updatedById) ?? ''),
      versions: versions.map((version, i) => {
        const before = versions[i + 1];
        return {
          number: version.number,
          savedAt: version.savedAt,
          savedBy: names.get(version.savedById) ?? '',
          name: version.name,
          severityKey: `rules.severity.${version.severity}`,
          active: rule.activeVersion === version.number,
          criteria: criteriaView(JSON.parse(version.criteria)),
          first: !before,
          changes: changesBetween(before && snapshot(before), snapshot(version)),
        };
      }),
      trial: latest ? this.trialView(rule, latest) : undefined,
      supervisor,
      canSwitchOn: supervisor && !onAtCurrent && tried !== null,
      needsTrial: !onAtCurrent && tried === null,
      canSwitchOff: supervisor && rule.status === 'on',
    };
  }

  async switchOn(actor: Actor, id: number) {
    const rule = await this.rules.load(actor, id);
    const trial = await this.rules.trialOfCurrent(rule);
    return {
      pageTitle: { key: 'rules.switchOn.title', params: { name: rule.name } },
      rule: this.ruleView(rule, ''),
      trial: trial ? this.trialView(rule, trial) : undefined,
    };
  }

  private ruleView(rule: ScreeningRule, updatedBy: string) {
    return {
      id: rule.id,
      name: rule.name,
      description: rule.description,
      status: rule.status,
      statusKey: `rules.status.${rule.status}`,
      severityKey: `rules.severity.${rule.severity}`,
      currentVersion: rule.currentVersion,
      activeVersion: rule.activeVersion,
      pending: rule.status === 'on' && rule.activeVersion !== rule.currentVersion,
      updatedAt: rule.updatedAt,
      updatedBy,
    };
  }

  private trialView(rule: ScreeningRule, trial: ScreeningRuleTrial) {
    const lost = this.trials.isLost(trial);
    return {
      id: trial.id,
      /** The rule's page, to look again while the trial runs. */
      page: `/screening/rules/${rule.id}`,
      statusKey: `rules.trial.status.${lost ? 'lost' : trial.status}`,
      running: trial.status === 'running' && !lost,
      done: trial.status === 'done',
      version: trial.versionNumber,
      current:
        trial.versionNumber === rule.currentVersion &&
        trial.criteriaHash === criteriaHash(rule.criteria),
      requestedAt: trial.requestedAt,
      finishedAt: trial.finishedAt,
      since: trial.since,
      hits: trial.hits,
      messages: trial.messages,
      travellers: trial.travellers,
      partial: trial.partial,
      examples: JSON.parse(trial.examples) as TrialExample[],
    };
  }
}

function snapshot(version: {
  name: string;
  description: string;
  severity: string;
  criteria: string;
}) {
  return {
    name: version.name,
    description: version.description,
    severity: version.severity,
    criteria: JSON.parse(version.criteria) as unknown,
  };
}
