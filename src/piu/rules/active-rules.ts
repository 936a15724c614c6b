import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { compileRules } from '../../screening/rules/rule-loader';
import type { TargetingRule } from '../../screening/rules/rule-types';
import { Clock } from '../../jobs/clock';
import { ScreeningRule } from './screening-rule.entity';
import { ScreeningRuleVersion } from './screening-rule-version.entity';

/** A rule as screening uses it: compiled by the engine, naming the rule and version of its hits. */
export interface VersionedTargetingRule extends TargetingRule {
  /** The ScreeningRule's id. */
  ruleId: number;
  /** The version that screens (a hit names it). */
  version: number;
}

/** The set of a State's switched-on rules changed (a rule on, off, or on at a newer version). */
export interface ActiveRulesChanged {
  stateId: number;
}

export type ActiveRulesListener = (event: ActiveRulesChanged) => void | Promise<void>;

/** How long this process trusts its copy of a State's rules when no change was heard here. */
export const ACTIVE_RULES_TTL_MS = 30_000;

/**
 * The rules that screen a State's travellers, compiled once and kept until they change. The
 * screening pipeline calls `activeRules(stateId)` per message (a map lookup when cached) and
 * subscribes to hear when the set changes. Changes made by this process clear the copy at once;
 * another instance's changes are seen within ACTIVE_RULES_TTL_MS.
 */
@Injectable()
export class ActiveRules {
  private readonly logger = new Logger('ActiveRules');
  private readonly cache = new Map<number, { at: number; rules: VersionedTargetingRule[] }>();
  private readonly listeners = new Set<ActiveRulesListener>();

  constructor(
    @InjectRepository(ScreeningRule) private readonly rules: Repository<ScreeningRule>,
    @InjectRepository(ScreeningRuleVersion)
    private readonly versions: Repository<ScreeningRuleVersion>,
    private readonly clock: Clock,
  ) {}

  async activeRules(stateId: number): Promise<VersionedTargetingRule[]> {
    const cached = this.cache.get(stateId);
    if (cached && this.clock.now() - cached.at < ACTIVE_RULES_TTL_MS) return cached.rules;
    const rules = await this.load(stateId);
    this.cache.set(stateId, { at: this.clock.now(), rules });
    return rules;
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: ActiveRulesListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after a change is committed: forgets the State's copy and tells the listeners. */
  async changed(stateId: number): Promise<void> {
    this.cache.delete(stateId);
    for (const listener of this.listeners) {
      try {
        await listener({ stateId });
      } catch (error) {
        this.logger.warn(`active-rules listener failed for State ${stateId}: ${String(error)}`);
      }
    }
  }

  private async load(stateId: number): Promise<VersionedTargetingRule[]> {
    const on = await this.rules.find({ where: { stateId, status: 'on' }, order: { id: 'ASC' } });
    if (on.length === 0) return [];
    const versions = await this.versions.find({ where: { ruleId: In(on.map((rule) => rule.id)) } });
    const result: VersionedTargetingRule[] = [];
    for (const rule of on) {
      const version = versions.find((v) => v.ruleId === rule.id && v.number === rule.activeVersion);
      if (!version) continue;
      try {
        const [compiled] = compileRules([
          {
            id: `rule-${rule.id}-v${version.number}`,
            name: version.name,
            description: version.description,
            severity: version.severity,
            criteria: JSON.parse(version.criteria) as unknown,
          },
        ]).rules;
        result.push({ ...compiled, ruleId: rule.id, version: version.number });
      } catch (error) {
        // A stored version the engine no longer accepts (a field withdrawn): screening goes on
        // without it, and the log says which.
        this.logger.error(`rule ${rule.id} v${version.number} skipped: ${String(error)}`);
      }
    }
    return result;
  }
}
