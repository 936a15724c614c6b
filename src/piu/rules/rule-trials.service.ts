import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { Clock } from '../../jobs/clock';
import { JobRunner } from '../../jobs/job-runner';
import { defineJob } from '../../jobs/job-type';
import { compileRules } from '../../screening/rules/rule-loader';
import { criteriaHash } from './criteria-hash';
import { RECENT_TRAVELLER_FACTS, type RecentTravellerFacts } from './recent-traveller-facts';
import { TRIAL_DEFAULTS, tryRule } from './rule-trial';
import type { ScreeningRule } from './screening-rule.entity';
import { ScreeningRuleTrial } from './screening-rule-trial.entity';
import { ScreeningRuleVersion } from './screening-rule-version.entity';

/** Runs one trial. Once: a trial that failed is tried again by asking again, not by the runner. */
export const TRY_RULE = defineJob<{ trialId: number }>('screening.rule-trial', { attempts: 1 });

/** How far back a trial looks. */
export const TRIAL_WINDOW_DAYS = 7;
/** A trial still "running" after this long was lost (the process stopped): it may be asked again. */
export const TRIAL_LOST_AFTER_MS = 10 * 60_000;

/**
 * Trying a rule before it is switched on: the count runs as a background job (src/jobs), off
 * the request, bounded in time (TRIAL_DEFAULTS.maxMs), messages and examples kept; its result
 * is stored and shown on the rule's page, and the switch-on confirmation names it.
 */
@Injectable()
export class RuleTrials implements OnModuleInit {
  private readonly logger = new Logger('RuleTrials');

  constructor(
    @InjectRepository(ScreeningRuleTrial)
    private readonly trials: Repository<ScreeningRuleTrial>,
    @InjectRepository(ScreeningRuleVersion)
    private readonly versions: Repository<ScreeningRuleVersion>,
    @Inject(RECENT_TRAVELLER_FACTS) private readonly source: RecentTravellerFacts,
    private readonly jobs: JobRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(TRY_RULE, ({ trialId }) => this.run(trialId));
  }

  async latest(ruleId: number): Promise<ScreeningRuleTrial | null> {
    return this.trials.findOne({ where: { ruleId }, order: { id: 'DESC' } });
  }

  isLost(trial: ScreeningRuleTrial): boolean {
    return (
      trial.status === 'running' &&
      this.clock.now() - trial.requestedAt.getTime() > TRIAL_LOST_AFTER_MS
    );
  }

  /** Starts a trial of the rule's current version (one at a time per rule). */
  async start(actor: Actor, rule: ScreeningRule): Promise<ScreeningRuleTrial> {
    const running = await this.trials.findOne({
      where: { ruleId: rule.id, status: 'running' },
      order: { id: 'DESC' },
    });
    if (running && !this.isLost(running)) return running;
    const now = this.clock.now();
    const trial = await this.trials.save(
      this.trials.create({
        ruleId: rule.id,
        stateId: rule.stateId,
        versionNumber: rule.currentVersion,
        criteriaHash: criteriaHash(rule.criteria),
        status: 'running',
        since: new Date(now - TRIAL_WINDOW_DAYS * 86_400_000),
        requestedById: userOf(actor).id,
        requestedAt: new Date(now),
        finishedAt: null,
        examples: '[]',
      }),
    );
    await this.audit.record(actor, {
      action: 'screening.rule-tried',
      targetType: 'screening-rule',
      targetId: rule.id,
      details: { name: rule.name, version: rule.currentVersion, trial: trial.id },
    });
    await this.jobs.enqueue(TRY_RULE, { trialId: trial.id });
    return trial;
  }

  /** The job: counts, then stores the outcome (or the failure) on the trial. */
  async run(trialId: number): Promise<void> {
    const trial = await this.trials.findOneBy({ id: trialId });
    if (!trial || trial.status !== 'running') return;
    try {
      const version = await this.versions.findOneBy({
        ruleId: trial.ruleId,
        number: trial.versionNumber,
      });
      if (!version || criteriaHash(version.criteria) !== trial.criteriaHash) {
        // The draft was saved again meanwhile: this trial no longer says anything.
        await this.trials.update({ id: trial.id }, { status: 'failed', finishedAt: this.now() });
        return;
      }
      const [rule] = compileRules([
        {
          id: `trial-${trial.id}`,
          name: 'trial',
          severity: version.severity,
          criteria: JSON.parse(version.criteria) as unknown,
        },
      ]).rules;
      const outcome = await tryRule(rule, this.source.messagesSince(trial.stateId, trial.since), {
        maxExamples: TRIAL_DEFAULTS.maxExamples,
        maxMessages: TRIAL_DEFAULTS.maxMessages,
        deadline: this.clock.now() + TRIAL_DEFAULTS.maxMs,
        now: () => this.clock.now(),
      });
      await this.trials.update(
        { id: trial.id },
        {
          status: 'done',
          finishedAt: this.now(),
          messages: outcome.messages,
          travellers: outcome.travellers,
          hits: outcome.hits,
          partial: outcome.partial,
          examples: JSON.stringify(outcome.examples),
        },
      );
    } catch (error) {
      this.logger.warn(`rule trial ${trial.id} failed: ${String(error)}`);
      await this.trials.update({ id: trial.id }, { status: 'failed', finishedAt: this.now() });
    }
  }

  private now(): Date {
    return new Date(this.clock.now());
  }
}
