import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { AuditAction } from '../../audit/audit-actions';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import type { MessageRef } from '../../common/i18n/translator';
import { Clock } from '../../jobs/clock';
import { LiveEvents } from '../../live/live-events.service';
import { liveRoom } from '../../live/live-rooms';
import { RememberedFalseMatch } from '../pipeline/remembered-false-match.entity';
import { OPEN_HIT_STATUSES, ScreeningHit } from '../pipeline/screening-hit.entity';
import { ScreeningTraveller } from '../pipeline/screening-traveller.entity';
import { identityHash } from '../pipeline/traveller-record';
import { PersonalDataCipher } from '../protection/personal-data-cipher';
import { isPiuSupervisor } from '../work-purpose/supervisor';
import { HitRecords } from './hit-records';
import {
  decide,
  REASONS_NEEDING_NOTE,
  type ClearReason,
  type HitAction,
  type HitPosition,
  type HitRefusal,
} from './hit-workflow';
import { hitEventContext, ScreeningHitEvent } from './screening-hit-event.entity';

/** What a step brings besides the hit: its reason, note, whom to, and the revision the form showed. */
export interface HitStepInput {
  /** The hit's revision when the analyst's page was drawn: a later change refuses the step. */
  revision?: number;
  note?: string;
  reason?: ClearReason;
  remember?: boolean;
  escalatedTo?: string;
}

/** A step that does not apply (any more): the message says why, naming who has the hit. */
export class HitStepRefused extends Error {
  constructor(readonly reason: MessageRef) {
    super(reason.key);
  }
}

const AUDIT_ACTION: Record<HitAction, AuditAction> = {
  take: 'screening.hit-taken',
  release: 'screening.hit-released',
  clear: 'screening.hit-cleared',
  propose: 'screening.hit-proposed',
  confirm: 'screening.hit-confirmed',
  'send-back': 'screening.hit-sent-back',
  escalate: 'screening.hit-escalated',
};

/** Thrown inside the transaction when the conditional update finds the hit changed. */
class ChangedMeanwhile extends Error {}

/**
 * The review of hits: each step a conditional update of the hit (`WHERE id = ? AND revision
 * = ?`), its history line, for a remembered false match the memory the pipeline reads, and the
 * audit row, in one transaction. Two analysts acting on the same hit at once: the first wins,
 * the second is told who has it. Every change then goes to the State's analysts' room with the
 * State's count of open hits.
 */
@Injectable()
export class HitWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: HitRecords,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly clock: Clock,
  ) {}

  /** Takes one step of the workflow; returns the hit as it now stands. */
  async step(
    actor: Actor,
    id: number,
    action: HitAction,
    input: HitStepInput = {},
  ): Promise<ScreeningHit> {
    const user = userOf(actor);
    const hit = await this.records.hitOf(actor, id);
    this.checkInput(hit, action, input);
    if (input.revision !== undefined && input.revision !== hit.revision)
      throw await this.refusal(hit, action === 'take' ? 'held-by-other' : 'wrong-status');
    const position = await this.positionOf(hit);
    const decision = decide(action, position, {
      userId: user.id,
      supervisor: isPiuSupervisor(actor),
    });
    if (!decision.ok) throw await this.refusal(hit, decision.refusal);

    const now = new Date(this.clock.now());
    try {
      await this.dataSource.transaction(async (manager) => {
        const result = await manager
          .createQueryBuilder()
          .update(ScreeningHit)
          .set({
            status: decision.to,
            assigneeId: decision.assigneeId,
            updatedAt: now,
            revision: () => 'revision + 1',
          })
          .where('id = :id AND revision = :revision', { id: hit.id, revision: hit.revision })
          .execute();
        if (result.affected !== 1) throw new ChangedMeanwhile();
        const remembered =
          action === 'clear' && input.remember === true
            ? await this.remember(manager, hit, user.id, now)
            : false;
        await this.addEvent(manager, hit, user.id, now, {
          kind: decision.event,
          fromStatus: hit.status,
          toStatus: decision.to,
          reason: action === 'clear' ? (input.reason ?? null) : null,
          remembered,
          note: input.note,
          escalatedTo: action === 'escalate' ? input.escalatedTo : undefined,
        });
        await this.audit.record(
          actor,
          {
            action: AUDIT_ACTION[action],
            targetType: 'hit',
            targetId: hit.id,
            details: {
              from: hit.status,
              to: decision.to,
              ...(action === 'clear' ? { reason: input.reason, remembered } : {}),
            },
          },
          manager,
        );
      });
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile)) throw error;
      const current = await this.records.hitOf(actor, id);
      throw await this.refusal(current, action === 'take' ? 'held-by-other' : 'wrong-status');
    }
    const changed: ScreeningHit = {
      ...hit,
      status: decision.to,
      assigneeId: decision.assigneeId,
      updatedAt: now,
      revision: hit.revision + 1,
    };
    await this.announce(changed);
    return changed;
  }

  /** A note on the hit's history, at any status, by any analyst of its State. */
  async note(actor: Actor, id: number, note: string): Promise<void> {
    const user = userOf(actor);
    const hit = await this.records.hitOf(actor, id);
    const now = new Date(this.clock.now());
    await this.dataSource.transaction(async (manager) => {
      await this.addEvent(manager, hit, user.id, now, { kind: 'noted', note });
      await this.audit.record(
        actor,
        { action: 'screening.hit-noted', targetType: 'hit', targetId: hit.id },
        manager,
      );
    });
  }

  /** The State's hits an analyst still has to act on. */
  openHits(stateId: number): Promise<number> {
    return this.dataSource
      .getRepository(ScreeningHit)
      .countBy({ stateId, status: In([...OPEN_HIT_STATUSES]) });
  }

  /** Writes a line of the hit's history (free text sealed). */
  async addEvent(
    manager: EntityManager,
    hit: ScreeningHit,
    actorId: number,
    at: Date,
    line: Partial<Omit<ScreeningHitEvent, 'note' | 'escalatedTo'>> &
      Pick<ScreeningHitEvent, 'kind'> & { note?: string; escalatedTo?: string },
  ): Promise<void> {
    const context = hitEventContext({ stateId: hit.stateId, hitId: hit.id });
    const seal = (text: string | undefined) => (text ? this.cipher.sealText(text, context) : null);
    await manager.getRepository(ScreeningHitEvent).insert({
      fromStatus: null,
      toStatus: null,
      reason: null,
      remembered: false,
      reference: null,
      format: null,
      ...line,
      hitId: hit.id,
      stateId: hit.stateId,
      actorId,
      at,
      note: seal(line.note),
      escalatedTo: seal(line.escalatedTo),
    });
  }

  private checkInput(hit: ScreeningHit, action: HitAction, input: HitStepInput): void {
    if (action !== 'clear') return;
    if (input.reason && REASONS_NEEDING_NOTE.has(input.reason) && !input.note)
      throw new FormError({ clearNote: ['hits.clear.noteNeeded'] });
    if (input.remember && hit.entryReference === null)
      throw new FormError({}, 'hits.clear.rememberListsOnly');
  }

  /** The hit's status and hands, and who proposed it while it waits for a second analyst. */
  private async positionOf(hit: ScreeningHit): Promise<HitPosition> {
    if (hit.status !== 'proposed')
      return { status: hit.status, assigneeId: hit.assigneeId, proposerId: null };
    const proposal = await this.dataSource.getRepository(ScreeningHitEvent).findOne({
      select: { actorId: true },
      where: { hitId: hit.id, kind: 'proposed' },
      order: { id: 'DESC' },
    });
    return {
      status: hit.status,
      assigneeId: hit.assigneeId,
      proposerId: proposal?.actorId ?? hit.assigneeId,
    };
  }

  /**
   * "This traveller is not that entry": the person (their document, else name and birth date,
   * else name), their data as screened, and the entry as it stands. The pipeline raises no hit
   * for the pair again until one of them changes.
   */
  private async remember(
    manager: EntityManager,
    hit: ScreeningHit,
    userId: number,
    now: Date,
  ): Promise<boolean> {
    if (hit.entryReference === null || hit.entryFingerprint === null) return false;
    const traveller = await manager.getRepository(ScreeningTraveller).findOneOrFail({
      select: { id: true, documentHash: true, nameDobHash: true, nameHash: true, dataHash: true },
      where: { id: hit.travellerId },
    });
    await manager.getRepository(RememberedFalseMatch).insert({
      stateId: hit.stateId,
      identityHash: identityHash(traveller),
      dataHash: traveller.dataHash,
      entryReference: hit.entryReference,
      entryFingerprint: hit.entryFingerprint,
      hitId: hit.id,
      createdById: userId,
      createdAt: now,
    });
    return true;
  }

  /** Why a step does not apply, in the words the analyst reads (naming who has the hit). */
  private async refusal(hit: ScreeningHit, refusal: HitRefusal): Promise<HitStepRefused> {
    const names = await this.records.userNames(hit.assigneeId !== null ? [hit.assigneeId] : []);
    const name = hit.assigneeId !== null ? (names.get(hit.assigneeId) ?? '') : '';
    const status = { key: `hits.status.${hit.status}` };
    if (refusal === 'own-proposal') return new HitStepRefused({ key: 'hits.refused.ownProposal' });
    if (hit.status === 'in-review' && name)
      return new HitStepRefused({ key: 'hits.refused.heldBy', params: { name } });
    return new HitStepRefused(
      name
        ? { key: 'hits.refused.nowWith', params: { status, name } }
        : { key: 'hits.refused.now', params: { status } },
    );
  }

  private async announce(hit: ScreeningHit): Promise<void> {
    const names = await this.records.userNames(hit.assigneeId !== null ? [hit.assigneeId] : []);
    this.live.toRoom(liveRoom.screening(hit.stateId), 'screening.hitChanged', {
      stateId: hit.stateId,
      hitId: hit.id,
      status: hit.status,
      assigneeId: hit.assigneeId,
      assignee: hit.assigneeId !== null ? (names.get(hit.assigneeId) ?? null) : null,
      openHits: await this.openHits(hit.stateId),
    });
  }
}
