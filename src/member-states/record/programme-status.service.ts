import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { dateIn, isIsoDate } from '../../iwg/meetings/zoned-time';
import { Clock } from '../../jobs/clock';
import { Organisation, type ProgrammeStatus } from '../../organisations/organisation.entity';
import { ReferenceDataCache } from '../../organisations/reference-data.cache';
import type { StatusChoice } from '../programme-status/dto/member-state-filter.dto';
import { ProgrammeStatusChange } from './programme-status-change.entity';

/** Audit target type of a Member State; the target id is its ISO 3166-1 alpha-3 code. */
export const MEMBER_STATE_TARGET = 'member-state';

export interface StatusChangeInput {
  status: StatusChoice;
  /** The day the change took effect; today (in the actor's zone) when absent. */
  effectiveOn?: string;
  note?: string;
}

/**
 * A State's programme status and its history. Every change is a history row (from, to, the
 * day it took effect, who recorded it, a note) and an audit event, written with the status in
 * one transaction. The history is in order: a change cannot take effect before the previous
 * one, nor in the future.
 */
@Injectable()
export class ProgrammeStatusService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(ProgrammeStatusChange)
    private readonly changes: Repository<ProgrammeStatusChange>,
    private readonly audit: AuditService,
    private readonly referenceData: ReferenceDataCache,
    private readonly clock: Clock,
  ) {}

  /** The State's history, the latest first. */
  history(stateId: number): Promise<ProgrammeStatusChange[]> {
    return this.changes.find({
      where: { stateId },
      order: { effectiveOn: 'DESC', id: 'DESC' },
      take: 100,
    });
  }

  async change(
    actor: Actor,
    code: string,
    input: StatusChangeInput,
  ): Promise<{ code: string; name: string; from: StatusChoice; to: StatusChoice }> {
    const state = await this.organisations.findOne({ where: { code, kind: 'state' } });
    if (!state) throw new NotFoundException();
    const from: StatusChoice = state.programmeStatus ?? 'none';
    const to = input.status;
    const today = dateIn(this.clock.now(), actor.timeZone);
    const effectiveOn = input.effectiveOn || today;
    const errors: Record<string, { key: string; params?: Record<string, string> }[]> = {};
    if (from === to) errors.status = [{ key: 'admin.states.statusUnchanged' }];
    if (!isIsoDate(effectiveOn)) errors.effectiveOn = [{ key: 'states.record.dateInvalid' }];
    else if (effectiveOn > today) errors.effectiveOn = [{ key: 'states.record.dateInFuture' }];
    else {
      const [previous] = await this.history(state.id);
      if (previous && effectiveOn < previous.effectiveOn) {
        errors.effectiveOn = [
          { key: 'states.record.beforePrevious', params: { date: previous.effectiveOn } },
        ];
      }
    }
    if (Object.keys(errors).length > 0) throw new FormError(errors);
    const next: ProgrammeStatus | null = to === 'none' ? null : to;
    const user = actor.user;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Organisation, { id: state.id }, { programmeStatus: next });
      await manager.insert(ProgrammeStatusChange, {
        stateId: state.id,
        fromStatus: state.programmeStatus,
        toStatus: next,
        effectiveOn,
        note: input.note?.trim() || null,
        recordedById: user?.id ?? null,
        recordedByName: user?.name ?? null,
      });
      await this.audit.record(
        actor,
        {
          action: 'member-state.status-changed',
          targetType: MEMBER_STATE_TARGET,
          targetId: state.code,
          details: { from, to, effectiveOn },
        },
        manager,
      );
    });
    this.referenceData.invalidate();
    return { code: state.code, name: state.name, from, to };
  }
}
