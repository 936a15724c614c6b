import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuditAction } from '../audit/audit-actions';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { lockRow } from '../database/row-lock';
import { Clock } from '../jobs/clock';
import { LiveEvents } from '../live/live-events.service';
import { User } from '../users/user.entity';
import { AssistanceRequest } from './assistance-request.entity';
import type { ProposeDto } from './dto/request-form.dto';
import { EngagementAccess, requireStaff, type EngagementRole } from './engagement-access';
import { Engagement } from './engagement.entity';
import { ExpertAvailability } from './expert-availability.entity';
import { ExpertPool } from './expert-pool';
import { ExpertsNotifier, type EngagementChange } from './experts-notifier';
import { ExpertProfile } from './expert-profile.entity';
import { HOLDING_STATUSES, type EngagementStatus } from './expert-vocabulary';
import { dayNumber, overlaps } from './matching/plain-date';
import { checkDates } from './profiles.service';
import { RequestsService } from './requests.service';

/** What each step needs: who may take it, from which status, to which. */
interface Step {
  readonly roles: readonly EngagementRole[];
  readonly from: readonly EngagementStatus[];
  readonly to: EngagementStatus;
  readonly action: AuditAction;
  /** What the parties are told (ExpertsNotifier). */
  readonly change: EngagementChange;
}

export const STEPS = {
  accept: {
    roles: ['expert'],
    from: ['proposed'],
    to: 'accepted',
    action: 'expert.engagement-accepted',
    change: 'accepted',
  },
  decline: {
    roles: ['expert'],
    from: ['proposed'],
    to: 'declined',
    action: 'expert.engagement-declined',
    change: 'declined',
  },
  confirm: {
    roles: ['state-focal-point'],
    from: ['accepted'],
    to: 'active',
    action: 'expert.engagement-confirmed',
    change: 'confirmed',
  },
  close: {
    roles: ['staff', 'state-focal-point'],
    from: ['active'],
    to: 'closed',
    action: 'expert.engagement-closed',
    change: 'closed',
  },
  cancel: {
    roles: ['staff'],
    from: ['proposed', 'accepted', 'active'],
    to: 'cancelled',
    action: 'expert.engagement-cancelled',
    change: 'cancelled',
  },
} as const satisfies Record<string, Step>;
export type StepName = keyof typeof STEPS;

/** Steps that open or end the expert's access to the State: the signed-in copy must be reread. */
const ACCESS_CHANGES = new Set<EngagementStatus>(['active', 'closed', 'cancelled']);

/**
 * Engagements: staff propose an expert for a request, the expert accepts or declines, the
 * State's focal point confirms (the engagement is then active: the expert is assigned to the
 * State for its dates), staff or the focal point close it. Every step is audited and written as
 * a conditional update on the status, so two clicks never take one step twice.
 */
@Injectable()
export class EngagementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccess,
    private readonly requests: RequestsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly pool: ExpertPool,
    private readonly live: LiveEvents,
    private readonly notifier: ExpertsNotifier,
  ) {}

  /**
   * Proposes an expert. Refused: an expert not active or without consent, dates out of order,
   * dates overlapping another engagement of theirs. Outside their declared availability: a
   * warning, allowed when a reason is given.
   */
  async propose(actor: Actor, requestId: number, input: ProposeDto): Promise<Engagement> {
    const user = requireStaff(actor);
    const request = await this.requests.load(actor, requestId);
    if (request.status !== 'open' && request.status !== 'engaged') {
      throw new FormError({}, 'experts.propose.requestClosed');
    }
    checkDates(input.startsOn, input.endsOn);
    const saved = await this.dataSource.transaction(async (manager) => {
      // First, before any read: two proposals or acceptances for one expert take turns, and
      // the second's reads see what the first wrote (the overlap check).
      await lockRow(manager, ExpertProfile, input.expertId);
      const expert = await manager.getRepository(ExpertProfile).findOne({
        where: { id: input.expertId },
        relations: { user: true },
      });
      if (!expert || expert.status !== 'active' || !expert.consent || !expert.user.active) {
        throw FormError.field('expertId', 'experts.propose.notActive');
      }
      await this.refuseOverlap(manager, expert.id, input.startsOn, input.endsOn);
      const outside = await this.outsideAvailability(
        manager,
        expert.id,
        input.startsOn,
        input.endsOn,
      );
      if (outside && !input.reason) {
        throw FormError.field('reason', 'experts.propose.outsideAvailability');
      }
      const repository = manager.getRepository(Engagement);
      const saved = await repository.save(
        repository.create({
          requestId: request.id,
          expertId: expert.id,
          expertUserId: expert.userId,
          stateId: request.stateId,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          status: 'proposed',
          outsideAvailabilityReason: outside ? input.reason! : null,
          proposedById: user.id,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'expert.engagement-proposed',
          targetType: 'expert-engagement',
          targetId: saved.id,
          reason: saved.outsideAvailabilityReason ?? undefined,
          details: {
            requestId: request.id,
            expertId: expert.id,
            from: saved.startsOn,
            to: saved.endsOn,
          },
        },
        manager,
      );
      await this.pool.changed(manager);
      return saved;
    });
    await this.notifier.engagementChanged(saved, 'proposed', user.id);
    return saved;
  }

  /** Takes one step of the engagement's life, for the party that may take it. */
  async step(actor: Actor, engagementId: number, name: StepName): Promise<Engagement> {
    const step: Step = STEPS[name];
    // Outside the transaction: a refusal's audit row must outlive the refusal.
    const { engagement, role } = await this.access.load(actor, engagementId);
    if (!step.roles.includes(role)) throw new FormError({}, 'experts.engagement.notYours');
    if (!step.from.includes(engagement.status)) {
      throw new FormError({}, 'experts.engagement.wrongStatus');
    }
    const taken = await this.dataSource.transaction(async (manager) => {
      if (name === 'accept') {
        await lockRow(manager, ExpertProfile, engagement.expertId);
        // Between the proposal and now another engagement may have taken the dates.
        await this.refuseOverlap(
          manager,
          engagement.expertId,
          engagement.startsOn,
          engagement.endsOn,
          engagement.id,
        );
      }
      const now = new Date(this.clock.now());
      const changes: Partial<Engagement> = { status: step.to };
      if (name === 'accept' || name === 'decline') changes.respondedAt = now;
      if (name === 'confirm')
        Object.assign(changes, { confirmedAt: now, confirmedById: userOf(actor).id });
      if (name === 'close' || name === 'cancel') changes.closedAt = now;
      const result = await manager
        .getRepository(Engagement)
        .update({ id: engagement.id, status: engagement.status }, changes);
      if (!result.affected) throw new FormError({}, 'experts.engagement.wrongStatus');
      if (ACCESS_CHANGES.has(step.to)) {
        await manager.getRepository(User).increment({ id: engagement.expertUserId }, 'version', 1);
      }
      await this.settleRequest(manager, engagement.requestId);
      await this.pool.changed(manager);
      await this.audit.record(
        actor,
        {
          action: step.action,
          targetType: 'expert-engagement',
          targetId: engagement.id,
          details: { from: engagement.status, to: step.to, stateId: engagement.stateId },
        },
        manager,
      );
      return Object.assign(engagement, changes);
    });
    // The expert's open pages follow at once: State rooms and State threads open or close.
    if (ACCESS_CHANGES.has(step.to)) await this.live.rightsChanged(engagement.expertUserId);
    await this.notifier.engagementChanged(taken, step.change, userOf(actor).id);
    return taken;
  }

  /** A request is `engaged` while an engagement runs, `closed` once one closed and none holds it. */
  private async settleRequest(manager: EntityManager, requestId: number): Promise<void> {
    const statuses = (
      await manager
        .getRepository(Engagement)
        .find({ where: { requestId }, select: { status: true } })
    ).map((row) => row.status);
    const status = statuses.some((s) => s === 'active' || s === 'accepted')
      ? 'engaged'
      : statuses.includes('closed') && !statuses.includes('proposed')
        ? 'closed'
        : 'open';
    await manager
      .getRepository(AssistanceRequest)
      .update({ id: requestId, status: In(['open', 'engaged', 'closed']) }, { status });
  }

  private async refuseOverlap(
    manager: EntityManager,
    expertId: number,
    startsOn: string,
    endsOn: string,
    except?: number,
  ): Promise<void> {
    const holding = await manager.getRepository(Engagement).find({
      where: { expertId, status: In([...HOLDING_STATUSES]) },
      relations: { request: { state: true } },
    });
    const from = dayNumber(startsOn)!;
    const to = dayNumber(endsOn)!;
    const clash = holding.find(
      (other) =>
        other.id !== except &&
        overlaps(from, to, dayNumber(other.startsOn)!, dayNumber(other.endsOn)!),
    );
    if (clash) {
      throw FormError.field('startsOn', {
        key: 'experts.propose.overlap',
        params: { state: clash.request.state.name, from: clash.startsOn, to: clash.endsOn },
      });
    }
  }

  /** Unavailable on a day of the dates, or windows declared and none covering all of them. */
  async outsideAvailability(
    manager: EntityManager,
    expertId: number,
    startsOn: string,
    endsOn: string,
  ): Promise<boolean> {
    const periods = await manager.getRepository(ExpertAvailability).findBy({ expertId });
    const from = dayNumber(startsOn)!;
    const to = dayNumber(endsOn)!;
    const ranges = periods.map((p) => ({
      kind: p.kind,
      from: dayNumber(p.startsOn)!,
      to: dayNumber(p.endsOn)!,
    }));
    if (ranges.some((r) => r.kind === 'unavailable' && overlaps(from, to, r.from, r.to)))
      return true;
    const windows = ranges.filter((r) => r.kind === 'available');
    return windows.length > 0 && !windows.some((r) => r.from <= from && r.to >= to);
  }
}
