import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { Clock } from '../../jobs/clock';
import { requirePiuSupervisor, stateOf } from '../work-purpose/supervisor';
import type { RetentionCounts } from './retention-counts';
import {
  checkRetention,
  DEFAULT_RETENTION,
  RETENTION_FIELDS,
  type RetentionInput,
  type RetentionPeriods,
} from './retention-limits';
import { RetentionSettings } from './retention-settings.entity';

/** A State's retention as its pages show it. */
export interface RetentionView extends RetentionPeriods {
  /** False while the State keeps the defaults. */
  changed: boolean;
  changedById: number | null;
  changedAt: Date | null;
  lastRunAt: Date | null;
  lastRun: RetentionCounts | null;
}

const periodsOf = (row: RetentionPeriods): RetentionPeriods => ({
  depersonaliseAfterDays: row.depersonaliseAfterDays,
  deleteAfterDays: row.deleteAfterDays,
  confirmedHitDays: row.confirmedHitDays,
});

const startOfUtcDay = (at: Date) =>
  new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

/**
 * A State's retention periods: read by its analysts, changed by its supervisors (audited with
 * what they were and what they became), and the daily run's claim on a State's day.
 */
@Injectable()
export class RetentionSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private get rows() {
    return this.dataSource.getRepository(RetentionSettings);
  }

  async periods(stateId: number): Promise<RetentionPeriods> {
    const row = await this.rows.findOneBy({ stateId });
    return row ? periodsOf(row) : { ...DEFAULT_RETENTION };
  }

  async view(actor: Actor): Promise<RetentionView> {
    const row = await this.rows.findOneBy({ stateId: stateOf(actor) });
    return {
      ...(row ? periodsOf(row) : DEFAULT_RETENTION),
      changed: row?.changedAt != null,
      changedById: row?.changedById ?? null,
      changedAt: row?.changedAt ?? null,
      lastRunAt: row?.lastRunAt ?? null,
      lastRun: row?.lastRunSummary ? (JSON.parse(row.lastRunSummary) as RetentionCounts) : null,
    };
  }

  /**
   * Sets the State's periods (a supervisor of its PIU, within RETENTION_LIMITS). The change and
   * the audit row, with the periods before and after, are one transaction. Returns false when
   * the periods were already these.
   */
  async update(actor: Actor, input: RetentionInput): Promise<boolean> {
    requirePiuSupervisor(actor);
    const checked = checkRetention(input);
    if ('errors' in checked) throw new FormError(checked.errors);
    const stateId = stateOf(actor);
    const after = checked.periods;
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockedRow(manager, stateId);
      const was = periodsOf(before);
      if (RETENTION_FIELDS.every((field) => was[field] === after[field])) return false;
      await manager
        .getRepository(RetentionSettings)
        .update(
          { stateId },
          { ...after, changedById: userOf(actor).id, changedAt: new Date(this.clock.now()) },
        );
      await this.audit.record(
        actor,
        {
          action: 'screening.retention-changed',
          targetType: 'state',
          targetId: stateId,
          details: {
            ...after,
            was: `${was.depersonaliseAfterDays} / ${was.deleteAfterDays} / ${was.confirmedHitDays}`,
            before: was,
            after,
          },
        },
        manager,
      );
      return true;
    });
  }

  /**
   * Claims today's run (UTC) for the State, for this process: true when no run has started
   * today and no other instance claimed it first (a conditional update). `release` gives the
   * day back when the run failed, so the next hourly check tries again.
   */
  async claimDay(stateId: number, now: Date): Promise<{ previous: Date | null } | null> {
    await this.ensureRow(this.dataSource.manager, stateId);
    const row = await this.rows.findOneByOrFail({ stateId });
    if (row.lastRunAt && row.lastRunAt >= startOfUtcDay(now)) return null;
    const claim = this.rows
      .createQueryBuilder()
      .update()
      .set({ lastRunAt: now })
      .where('state_id = :stateId', { stateId });
    if (row.lastRunAt) claim.andWhere('last_run_at = :previous', { previous: row.lastRunAt });
    else claim.andWhere('last_run_at IS NULL');
    const result = await claim.execute();
    return result.affected ? { previous: row.lastRunAt } : null;
  }

  async release(stateId: number, claimedAt: Date, previous: Date | null): Promise<void> {
    await this.rows
      .createQueryBuilder()
      .update()
      .set({ lastRunAt: previous })
      .where('state_id = :stateId AND last_run_at = :claimedAt', { stateId, claimedAt })
      .execute();
  }

  async recordRun(stateId: number, counts: RetentionCounts): Promise<void> {
    await this.rows.update({ stateId }, { lastRunSummary: JSON.stringify(counts) });
  }

  /**
   * The State's row, created with the defaults when missing, locked for the transaction: a
   * no-op update takes the row lock (SQLite's writer lock is the database's), so two
   * supervisors saving at once are taken in turn and each audit row says what it replaced.
   */
  private async lockedRow(manager: EntityManager, stateId: number): Promise<RetentionSettings> {
    await this.ensureRow(manager, stateId);
    const rows = manager.getRepository(RetentionSettings);
    await rows
      .createQueryBuilder()
      .update()
      .set({ depersonaliseAfterDays: () => 'depersonalise_after_days' })
      .where('state_id = :stateId', { stateId })
      .execute();
    return rows.findOneByOrFail({ stateId });
  }

  private async ensureRow(manager: EntityManager, stateId: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(RetentionSettings)
      .values({ stateId, ...DEFAULT_RETENTION })
      .orIgnore()
      .execute();
  }
}
