import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { RowAccess } from '../../common/visibility/row-access';
import { Clock } from '../../jobs/clock';
import { User } from '../../users/user.entity';
import { requirePiuSupervisor, stateOf } from '../work-purpose/supervisor';
import { ActiveRules } from './active-rules';
import { criteriaHash } from './criteria-hash';
import { validateRuleForm, type RuleFormInput } from './rule-form-validation';
import { ScreeningRule, type RuleStatus } from './screening-rule.entity';
import { ScreeningRuleTrial } from './screening-rule-trial.entity';
import { ScreeningRuleVersion } from './screening-rule-version.entity';

/** Identifies the state of a rule a form was opened on (any save or switch changes it). */
export function revisionOf(rule: ScreeningRule): string {
  return String(rule.updatedAt.getTime());
}

export interface RuleSummary {
  id: number;
  name: string;
  status: RuleStatus;
  severity: string;
  currentVersion: number;
  activeVersion: number | null;
  updatedAt: Date;
  updatedBy: string;
}

/**
 * A State's targeting rules: drafted and edited by any of its PIU analysts, switched on and off
 * by its supervisors once tried. Every rule is read through `load`, which answers 404 (and
 * audits the attempt) for a rule of another State.
 */
@Injectable()
export class RulesService {
  constructor(
    @InjectRepository(ScreeningRule) private readonly rules: Repository<ScreeningRule>,
    @InjectRepository(ScreeningRuleVersion)
    private readonly versions: Repository<ScreeningRuleVersion>,
    @InjectRepository(ScreeningRuleTrial)
    private readonly trials: Repository<ScreeningRuleTrial>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: RowAccess,
    private readonly audit: AuditService,
    private readonly activeRules: ActiveRules,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor): Promise<RuleSummary[]> {
    const rules = await this.rules.find({
      where: { stateId: stateOf(actor) },
      order: { name: 'ASC', id: 'ASC' },
    });
    const names = await this.userNames(rules.map((rule) => rule.updatedById));
    const order: Record<RuleStatus, number> = { on: 0, draft: 1, off: 2 };
    return rules
      .sort((a, b) => order[a.status] - order[b.status])
      .map((rule) => ({
        id: rule.id,
        name: rule.name,
        status: rule.status,
        severity: rule.severity,
        currentVersion: rule.currentVersion,
        activeVersion: rule.activeVersion,
        updatedAt: rule.updatedAt,
        updatedBy: names.get(rule.updatedById) ?? '',
      }));
  }

  /** The rule when it is the actor's State's; 404 (audited) otherwise. */
  async load(actor: Actor, id: number): Promise<ScreeningRule> {
    const rule = await this.rules.findOneBy({ id, stateId: stateOf(actor) });
    return this.rows.scoped(actor, { type: 'screening-rule', id }, rule);
  }

  async versionsOf(rule: ScreeningRule): Promise<ScreeningRuleVersion[]> {
    return this.versions.find({ where: { ruleId: rule.id }, order: { number: 'DESC' } });
  }

  async userNames(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(User)
      .find({ select: { id: true, name: true }, where: { id: In(unique) } });
    return new Map(users.map((user) => [user.id, user.name]));
  }

  async create(actor: Actor, input: RuleFormInput): Promise<number> {
    const valid = this.validated(input);
    const userId = userOf(actor).id;
    const now = new Date(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const rule = await manager.getRepository(ScreeningRule).save(
        manager.getRepository(ScreeningRule).create({
          stateId: stateOf(actor),
          name: input.name.trim(),
          description: input.description.trim(),
          severity: valid.severity,
          criteria: JSON.stringify(valid.criteria),
          status: 'draft',
          currentVersion: 1,
          activeVersion: null,
          createdById: userId,
          updatedById: userId,
          updatedAt: now,
        }),
      );
      await manager.getRepository(ScreeningRuleVersion).insert({
        ruleId: rule.id,
        number: 1,
        name: rule.name,
        description: rule.description,
        severity: rule.severity,
        criteria: rule.criteria,
        savedById: userId,
        savedAt: now,
      });
      await this.audit.record(
        actor,
        {
          action: 'screening.rule-created',
          targetType: 'screening-rule',
          targetId: rule.id,
          details: { name: rule.name },
        },
        manager,
      );
      return rule.id;
    });
  }

  /**
   * Saves the form over the rule. A draft (never switched on) keeps its one version, rewritten;
   * a rule that has been on gets a new version, and while it is on the version that screens
   * stays the one a supervisor switched on. Saving what is already there writes nothing.
   */
  async update(
    actor: Actor,
    id: number,
    input: RuleFormInput,
    revision?: string,
  ): Promise<{ changed: boolean }> {
    const rule = await this.load(actor, id);
    const valid = this.validated(input);
    if (revision !== undefined && revision !== revisionOf(rule)) {
      // Someone saved (or switched it) since this form was opened: say so rather than overwrite.
      throw new FormError({}, 'rules.form.changedMeanwhile');
    }
    const next = {
      name: input.name.trim(),
      description: input.description.trim(),
      severity: valid.severity,
      criteria: JSON.stringify(valid.criteria),
    };
    if (
      next.name === rule.name &&
      next.description === rule.description &&
      next.severity === rule.severity &&
      next.criteria === rule.criteria
    ) {
      return { changed: false };
    }
    const userId = userOf(actor).id;
    const now = new Date(this.clock.now());
    const newVersion = rule.status !== 'draft';
    const number = newVersion ? rule.currentVersion + 1 : rule.currentVersion;
    await this.dataSource.transaction(async (manager) => {
      const versions = manager.getRepository(ScreeningRuleVersion);
      if (newVersion) {
        await versions.insert({
          ruleId: rule.id,
          number,
          ...next,
          savedById: userId,
          savedAt: now,
        });
      } else {
        await versions.update(
          { ruleId: rule.id, number },
          { ...next, savedById: userId, savedAt: now },
        );
      }
      await manager
        .getRepository(ScreeningRule)
        .update(
          { id: rule.id },
          { ...next, currentVersion: number, updatedById: userId, updatedAt: now },
        );
      await this.audit.record(
        actor,
        {
          action: 'screening.rule-changed',
          targetType: 'screening-rule',
          targetId: rule.id,
          details: { name: next.name, version: number, newVersion },
        },
        manager,
      );
    });
    return { changed: true };
  }

  /** The finished trial of the rule's current criteria, which switching on needs. */
  async trialOfCurrent(rule: ScreeningRule): Promise<ScreeningRuleTrial | null> {
    return this.trials.findOne({
      where: {
        ruleId: rule.id,
        versionNumber: rule.currentVersion,
        criteriaHash: criteriaHash(rule.criteria),
        status: 'done',
      },
      order: { id: 'DESC' },
    });
  }

  /** Puts the current version to screening (a supervisor's, after a trial of that version). */
  async switchOn(actor: Actor, id: number): Promise<ScreeningRule> {
    requirePiuSupervisor(actor);
    const rule = await this.load(actor, id);
    if (rule.status === 'on' && rule.activeVersion === rule.currentVersion) return rule;
    const trial = await this.trialOfCurrent(rule);
    if (!trial) throw new FormError({}, 'rules.switchOn.notTried');
    const userId = userOf(actor).id;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ScreeningRule).update(
        { id: rule.id },
        {
          status: 'on',
          activeVersion: rule.currentVersion,
          updatedById: userId,
          updatedAt: new Date(this.clock.now()),
        },
      );
      await this.audit.record(
        actor,
        {
          action: 'screening.rule-switched-on',
          targetType: 'screening-rule',
          targetId: rule.id,
          details: {
            name: rule.name,
            version: rule.currentVersion,
            trial: trial.id,
            hits: trial.hits,
          },
        },
        manager,
      );
    });
    await this.activeRules.changed(rule.stateId);
    return rule;
  }

  async switchOff(actor: Actor, id: number): Promise<ScreeningRule> {
    requirePiuSupervisor(actor);
    const rule = await this.load(actor, id);
    if (rule.status !== 'on') return rule;
    const userId = userOf(actor).id;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ScreeningRule).update(
        { id: rule.id },
        {
          status: 'off',
          activeVersion: null,
          updatedById: userId,
          updatedAt: new Date(this.clock.now()),
        },
      );
      await this.audit.record(
        actor,
        {
          action: 'screening.rule-switched-off',
          targetType: 'screening-rule',
          targetId: rule.id,
          details: { name: rule.name, version: rule.activeVersion ?? 0 },
        },
        manager,
      );
    });
    await this.activeRules.changed(rule.stateId);
    return rule;
  }

  private validated(input: RuleFormInput) {
    const result = validateRuleForm(input);
    if (!result.ok) throw new FormError(result.errors);
    return result;
  }
}
