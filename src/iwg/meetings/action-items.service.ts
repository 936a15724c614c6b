import {
  ForbiddenException,
  Injectable,
  NotFoundException,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { Clock } from '../../jobs/clock';
import { JobRunner } from '../../jobs/job-runner';
import { defineJob } from '../../jobs/job-type';
import { User } from '../../users/user.entity';
import { ActionItem, OPEN_STATUSES, type ActionStatus } from './action-item.entity';
import { MeetingAudience } from './meeting-audience';
import { MeetingNotifier } from './meeting-notifier';
import { MeetingsService } from './meetings.service';
import { dateIn, isIsoDate, localToInstant } from './zoned-time';

/** One item's reminder, on the morning of its due date; retried with back-off. */
export const ACTION_DUE = defineJob<{ actionItemId: number; dueOn: string }>(
  'meetings.action-due',
  { attempts: 5, backoffMs: 60_000 },
);
/** Finds reminders whose morning came while no job waited for them (a restart in between). */
export const ACTION_DUE_SWEEP = defineJob<Record<string, never>>('meetings.action-due-sweep');
export const ACTION_DUE_SWEEP_INTERVAL_MS = 3_600_000;
/** The owner's local time the reminder is sent at, on the due date. */
const REMINDER_TIME = '08:00';
const SWEEP_BATCH = 500;

/**
 * A meeting's action items: the secretariat gives one to a member who takes part in the IWG
 * (who hears of it at once, and again on the morning it is due); the owner and the
 * secretariat move it through open, in progress, done or dropped.
 */
@Injectable()
export class ActionItemsService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly audience: MeetingAudience,
    private readonly notifier: MeetingNotifier,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(ACTION_DUE, async (payload) => {
      await this.remind(payload.actionItemId, payload.dueOn);
    });
    this.jobs.register(ACTION_DUE_SWEEP, async () => {
      await this.sweep();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(ACTION_DUE_SWEEP, ACTION_DUE_SWEEP_INTERVAL_MS, {});
  }

  async add(
    actor: Actor,
    iwgId: number,
    meetingId: number,
    input: { title: string; ownerId: number; dueOn: string },
  ): Promise<{ item: ActionItem; ownerName: string }> {
    const { membership, meeting } = await this.meetings.managedMeeting(actor, iwgId, meetingId);
    if (!membership.mayPost) throw new FormError({}, 'meetings.iwgClosed');
    if (meeting.status === 'cancelled') throw new FormError({}, 'meetings.cancelledNoChanges');
    const { title, owner } = await this.checked(membership.iwg, input);
    const item = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(ActionItem).save(
        manager.getRepository(ActionItem).create({
          meetingId: meeting.id,
          iwgId: meeting.iwgId,
          title,
          ownerId: owner.id,
          dueOn: input.dueOn,
          status: 'open',
          reminderSentFor: null,
          createdById: userOf(actor).id,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'meeting.action-assigned',
          targetType: 'meeting',
          targetId: String(meeting.id),
          details: { owner: owner.name, dueOn: saved.dueOn, title },
        },
        manager,
      );
      return saved;
    });
    await this.notifier.actionItem(item, 'assigned', userOf(actor).id);
    await this.scheduleReminder(item);
    return { item, ownerName: owner.name };
  }

  /**
   * The secretariat corrects an item: what, whose, by when. A new owner is told as for a new
   * item; a new date brings a new reminder. Answers false (nothing written) when nothing changed.
   */
  async update(
    actor: Actor,
    iwgId: number,
    meetingId: number,
    itemId: number,
    input: { title: string; ownerId: number; dueOn: string },
  ): Promise<boolean> {
    const { membership, meeting } = await this.meetings.managedMeeting(actor, iwgId, meetingId);
    if (!membership.mayPost) throw new FormError({}, 'meetings.iwgClosed');
    const item = await this.itemOf(meeting.id, itemId);
    const { title, owner } = await this.checked(membership.iwg, input);
    const changed = {
      title: item.title !== title,
      owner: item.ownerId !== owner.id,
      dueOn: item.dueOn !== input.dueOn,
    };
    if (!changed.title && !changed.owner && !changed.dueOn) return false;
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(ActionItem)
        .update({ id: item.id }, { title, ownerId: owner.id, dueOn: input.dueOn });
      await this.audit.record(
        actor,
        {
          action: 'meeting.action-changed',
          targetType: 'meeting',
          targetId: String(meeting.id),
          details: { title, owner: owner.name, dueOn: input.dueOn },
        },
        manager,
      );
    });
    Object.assign(item, { title, ownerId: owner.id, dueOn: input.dueOn });
    if (changed.owner) await this.notifier.actionItem(item, 'assigned', userOf(actor).id);
    if ((changed.owner || changed.dueOn) && OPEN_STATUSES.includes(item.status))
      await this.scheduleReminder(item);
    return true;
  }

  /** An item of a meeting (404 when it is not one of its items). */
  async itemOf(meetingId: number, itemId: number): Promise<ActionItem> {
    const item = Number.isSafeInteger(itemId)
      ? await this.dataSource.getRepository(ActionItem).findOneBy({ id: itemId, meetingId })
      : null;
    if (!item) throw new NotFoundException();
    return item;
  }

  /** The form's fields checked together: a title, a real date, an owner who takes part. */
  private async checked(
    iwg: Parameters<MeetingAudience['members']>[0],
    input: { title: string; ownerId: number; dueOn: string },
  ) {
    const title = input.title.trim();
    const errors: Record<string, string[]> = {};
    if (!title) errors.title = ['meetings.action.titleMissing'];
    if (!isIsoDate(input.dueOn)) errors.dueOn = ['meetings.action.dueInvalid'];
    const members = await this.audience.members(iwg);
    const owner = members.find((member) => member.id === input.ownerId);
    if (!owner) errors.ownerId = ['meetings.action.ownerInvalid'];
    if (Object.keys(errors).length > 0 || !owner) throw new FormError(errors);
    return { title, owner };
  }

  /** The owner or the secretariat moves an item on; anyone else who sees it gets 403. */
  async setStatus(
    actor: Actor,
    iwgId: number,
    meetingId: number,
    itemId: number,
    status: ActionStatus,
  ): Promise<ActionItem> {
    const { membership, meeting, manager } = await this.meetings.meeting(actor, iwgId, meetingId);
    const item = await this.itemOf(meeting.id, itemId);
    if (!manager && item.ownerId !== userOf(actor).id) throw new ForbiddenException();
    if (!membership.mayPost) throw new FormError({}, 'meetings.iwgClosed');
    if (item.status === status) return item;
    const from = item.status;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ActionItem).update({ id: item.id }, { status });
      await this.audit.record(
        actor,
        {
          action: 'meeting.action-status-changed',
          targetType: 'meeting',
          targetId: String(meeting.id),
          details: { from, to: status, title: item.title },
        },
        manager,
      );
    });
    item.status = status;
    // Opened again before its date: the reminder must still come.
    if (OPEN_STATUSES.includes(status)) await this.scheduleReminder(item);
    return item;
  }

  /** Queues the reminder for the morning of the due date in the owner's time zone. */
  async scheduleReminder(item: ActionItem): Promise<void> {
    const delayMs = Math.max(0, (await this.reminderTime(item)) - this.clock.now());
    await this.jobs.enqueue(
      ACTION_DUE,
      { actionItemId: item.id, dueOn: item.dueOn },
      { delayMs, jobId: `action-due-${item.id}-${item.dueOn}` },
    );
  }

  /**
   * Tells the owner their item is due, once per due date: not for an item done, dropped, gone
   * or given another date since, nor before its morning. The date is claimed first (so a
   * second run sends nothing) and given back if the notification fails (so a retry sends it).
   */
  async remind(itemId: number, dueOn: string): Promise<boolean> {
    const item = await this.dataSource.getRepository(ActionItem).findOneBy({ id: itemId });
    if (!item || item.dueOn !== dueOn || !OPEN_STATUSES.includes(item.status)) return false;
    if (item.reminderSentFor === dueOn) return false;
    if ((await this.reminderTime(item)) > this.clock.now()) return false;
    const items = this.dataSource.getRepository(ActionItem);
    const claimed = await items.update(
      {
        id: item.id,
        dueOn,
        reminderSentFor: item.reminderSentFor === null ? IsNull() : item.reminderSentFor,
      },
      { reminderSentFor: dueOn },
    );
    if (!claimed.affected) return false;
    try {
      await this.notifier.actionItem(item, 'due', null);
    } catch (error) {
      await items.update(
        { id: item.id, reminderSentFor: dueOn },
        { reminderSentFor: item.reminderSentFor },
      );
      throw error;
    }
    return true;
  }

  /** Queues the reminders of open items due by tomorrow (UTC) that have not gone yet. */
  async sweep(): Promise<number> {
    const tomorrow = dateIn(this.clock.now() + 86_400_000, 'UTC');
    const items = await this.dataSource
      .getRepository(ActionItem)
      .createQueryBuilder('item')
      .where('item.status IN (:...open)', { open: [...OPEN_STATUSES] })
      .andWhere('item.dueOn <= :tomorrow', { tomorrow })
      .andWhere('(item.reminderSentFor IS NULL OR item.reminderSentFor <> item.dueOn)')
      .orderBy('item.dueOn', 'ASC')
      .addOrderBy('item.id', 'ASC')
      .take(SWEEP_BATCH)
      .getMany();
    let queued = 0;
    for (const item of items) {
      await this.scheduleReminder(item);
      queued += 1;
    }
    return queued;
  }

  private async reminderTime(item: ActionItem): Promise<number> {
    const owner = await this.dataSource
      .getRepository(User)
      .findOne({ where: { id: item.ownerId }, select: { id: true, timeZone: true } });
    const local = `${item.dueOn}T${REMINDER_TIME}`;
    const inZone = localToInstant(local, owner?.timeZone ?? 'UTC');
    const result = 'instant' in inZone ? inZone : localToInstant(local, 'UTC');
    return 'instant' in result ? result.instant.getTime() : 0;
  }
}
