import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { formatDate } from '../../common/i18n/intl-format';
import { translate } from '../../common/i18n/translator';
import { MarkdownRenderer } from '../../common/markdown/markdown-renderer';
import { RowAccess } from '../../common/visibility/row-access';
import { VisibilityColumns } from '../../common/visibility/visibility-columns';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { Clock } from '../../jobs/clock';
import { ForumCategory } from '../forum/forum-category.entity';
import { ForumEvents } from '../forum/forum-events';
import { ForumThread } from '../forum/forum-thread.entity';
import { ForumPostingService } from '../forum/forum-posting.service';
import { IwgAccess, type IwgMembership } from '../iwg-access.service';
import type { AgendaLine } from './agenda-text';
import { MeetingAgendaItem } from './meeting-agenda-item.entity';
import { meetingFields, type MeetingFields, type MeetingInput } from './meeting-input';
import { MeetingNotifier } from './meeting-notifier';
import { MeetingSearchIndexer } from './meeting-search.indexer';
import { Meeting } from './meeting.entity';

/** A meeting and the actor's part in its IWG, loaded through the policy. */
export interface MeetingAccess {
  readonly membership: IwgMembership;
  readonly meeting: Meeting;
  /** The secretariat, staff and admins: schedule, change, cancel, minutes, action items. */
  readonly manager: boolean;
}

/** Who runs an IWG's meetings: its secretariat, and programme staff and admins. */
export function managesMeetings(membership: IwgMembership): boolean {
  return membership.staff || membership.secretariat;
}

/**
 * Scheduling an IWG's meetings: schedule, change, cancel, record the minutes. Only the
 * secretariat (and staff, admins) write; every change is audited, goes up one `sequence` (for
 * calendars), is told to the IWG's members, said in the meeting's forum thread and indexed.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: IwgAccess,
    private readonly rows: RowAccess,
    private readonly posting: ForumPostingService,
    private readonly forumEvents: ForumEvents,
    private readonly markdown: MarkdownRenderer,
    private readonly audit: AuditService,
    private readonly notifier: MeetingNotifier,
    private readonly indexer: MeetingSearchIndexer,
    private readonly clock: Clock,
  ) {}

  /** A meeting of an IWG for the actor (404, audited, when they may not see it). */
  async meeting(actor: Actor, iwgId: number, meetingId: number): Promise<MeetingAccess> {
    const membership = await this.access.load(actor, iwgId);
    const meeting = await this.rows.visible(
      actor,
      Number.isSafeInteger(meetingId)
        ? await this.dataSource.getRepository(Meeting).findOneBy({ id: meetingId, iwgId })
        : null,
      (row) => row.visibility,
      (row) => ({ type: 'meeting', id: row.id }),
    );
    return { membership, meeting, manager: managesMeetings(membership) };
  }

  /** The IWG for someone who runs its meetings; others may see it but not schedule (403). */
  async managing(actor: Actor, iwgId: number): Promise<IwgMembership> {
    const membership = await this.access.load(actor, iwgId);
    if (!managesMeetings(membership)) throw new ForbiddenException();
    return membership;
  }

  async managedMeeting(actor: Actor, iwgId: number, meetingId: number): Promise<MeetingAccess> {
    const found = await this.meeting(actor, iwgId, meetingId);
    if (!found.manager) throw new ForbiddenException();
    return found;
  }

  async agendaOf(meetingId: number): Promise<MeetingAgendaItem[]> {
    return this.dataSource
      .getRepository(MeetingAgendaItem)
      .find({ where: { meetingId }, order: { position: 'ASC', id: 'ASC' } });
  }

  async schedule(actor: Actor, iwgId: number, input: MeetingInput): Promise<Meeting> {
    const membership = await this.managing(actor, iwgId);
    mustBeOpen(membership);
    const fields = meetingFields(input);
    const { iwg } = membership;
    const meeting = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Meeting).save(
        manager.getRepository(Meeting).create({
          iwgId: iwg.id,
          title: fields.title,
          startsAt: fields.startsAt,
          endsAt: fields.endsAt,
          timeZone: fields.timeZone,
          mode: fields.mode,
          onlineUrl: fields.onlineUrl,
          place: fields.place,
          status: 'scheduled',
          sequence: 0,
          minutes: null,
          minutesHtml: null,
          minutesRecordedAt: null,
          threadId: null,
          createdById: userOf(actor).id,
          visibility: VisibilityColumns.of('region', { regionId: iwg.regionId }),
        }),
      );
      await this.writeAgenda(manager, saved.id, fields.agenda);
      await this.audit.record(
        actor,
        {
          action: 'meeting.scheduled',
          targetType: 'meeting',
          targetId: String(saved.id),
          details: { title: saved.title, startsAt: saved.startsAt.toISOString(), iwg: iwg.name },
        },
        manager,
      );
      return saved;
    });
    meeting.threadId = await this.openThread(actor, meeting);
    await this.notifier.meetingChanged(meeting, 'scheduled', userOf(actor).id);
    await this.indexer.refresh(meeting.id);
    return meeting;
  }

  /** Saves a changed meeting; answers false (and writes nothing) when nothing changed. */
  async update(
    actor: Actor,
    iwgId: number,
    meetingId: number,
    input: MeetingInput,
  ): Promise<{ meeting: Meeting; changed: boolean }> {
    const { membership, meeting } = await this.managedMeeting(actor, iwgId, meetingId);
    mustBeOpen(membership);
    if (meeting.status === 'cancelled') throw new FormError({}, 'meetings.cancelledNoChanges');
    const fields = meetingFields(input);
    const agenda = await this.agendaOf(meeting.id);
    const changed = changedFields(meeting, agenda, fields);
    if (changed.length === 0) return { meeting, changed: false };
    const updated = await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(Meeting)
        .createQueryBuilder()
        .update()
        .set({
          title: fields.title,
          startsAt: fields.startsAt,
          endsAt: fields.endsAt,
          timeZone: fields.timeZone,
          mode: fields.mode,
          onlineUrl: fields.onlineUrl,
          place: fields.place,
          sequence: () => 'sequence + 1',
        })
        .where('id = :id', { id: meeting.id })
        .execute();
      if (changed.includes('agenda')) {
        await manager.getRepository(MeetingAgendaItem).delete({ meetingId: meeting.id });
        await this.writeAgenda(manager, meeting.id, fields.agenda);
      }
      // The thread is named after the meeting: a new title renames it too.
      if (changed.includes('title') && meeting.threadId !== null)
        await manager
          .getRepository(ForumThread)
          .update({ id: meeting.threadId }, { title: fields.title });
      const row = await manager.getRepository(Meeting).findOneByOrFail({ id: meeting.id });
      await this.audit.record(
        actor,
        {
          action: 'meeting.changed',
          targetType: 'meeting',
          targetId: String(meeting.id),
          details: { title: row.title, sequence: row.sequence, changed },
        },
        manager,
      );
      return row;
    });
    if (changed.includes('title') && updated.threadId !== null) {
      const thread = await this.dataSource
        .getRepository(ForumThread)
        .findOneBy({ id: updated.threadId });
      if (thread) await this.forumEvents.emit({ type: 'thread.changed', thread });
    }
    const material = changed.some((field) => field !== 'agenda' && field !== 'title');
    if (material)
      await this.say(actor, updated, 'meetings.thread.changed', {
        when: this.when(updated, actor.locale),
        zone: updated.timeZone,
        url: this.url(updated),
      });
    await this.notifier.meetingChanged(updated, 'changed', userOf(actor).id);
    await this.indexer.refresh(updated.id);
    return { meeting: updated, changed: true };
  }

  async cancel(actor: Actor, iwgId: number, meetingId: number): Promise<Meeting> {
    const { membership, meeting } = await this.managedMeeting(actor, iwgId, meetingId);
    mustBeOpen(membership);
    if (meeting.status === 'cancelled') throw new FormError({}, 'meetings.cancel.already');
    const cancelled = await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(Meeting)
        .createQueryBuilder()
        .update()
        .set({ status: 'cancelled', sequence: () => 'sequence + 1' })
        .where('id = :id AND status = :status', { id: meeting.id, status: 'scheduled' })
        .execute();
      await this.audit.record(
        actor,
        {
          action: 'meeting.cancelled',
          targetType: 'meeting',
          targetId: String(meeting.id),
          details: { title: meeting.title },
        },
        manager,
      );
      return manager.getRepository(Meeting).findOneByOrFail({ id: meeting.id });
    });
    await this.say(actor, cancelled, 'meetings.thread.cancelled', {});
    await this.notifier.meetingChanged(cancelled, 'cancelled', userOf(actor).id);
    await this.indexer.refresh(cancelled.id);
    return cancelled;
  }

  /** Records (or corrects) the minutes; the thread hears of them the first time. */
  async recordMinutes(
    actor: Actor,
    iwgId: number,
    meetingId: number,
    text: string,
  ): Promise<Meeting> {
    const { membership, meeting } = await this.managedMeeting(actor, iwgId, meetingId);
    mustBeOpen(membership);
    if (meeting.status === 'cancelled') throw new FormError({}, 'meetings.cancelledNoChanges');
    const minutes = text.replace(/\r\n/g, '\n').trim();
    if (!minutes) throw FormError.field('minutes', 'meetings.minutes.missing');
    if (minutes === meeting.minutes) return meeting;
    const first = meeting.minutes === null;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Meeting).update(
        { id: meeting.id },
        {
          minutes,
          minutesHtml: this.markdown.render(minutes),
          minutesRecordedAt: new Date(this.clock.now()),
        },
      );
      await this.audit.record(
        actor,
        {
          action: 'meeting.minutes-recorded',
          targetType: 'meeting',
          targetId: String(meeting.id),
          details: { title: meeting.title },
        },
        manager,
      );
    });
    const saved = await this.dataSource.getRepository(Meeting).findOneByOrFail({ id: meeting.id });
    if (first) await this.say(actor, saved, 'meetings.thread.minutes', { url: this.url(saved) });
    await this.indexer.refresh(saved.id);
    return saved;
  }

  /** The meeting's page as an absolute address (for the thread, mails and calendars). */
  url(meeting: Pick<Meeting, 'id' | 'iwgId'>): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}/iwg/${meeting.iwgId}/meetings/${meeting.id}`;
  }

  private when(meeting: Meeting, locale: string): string {
    return formatDate(meeting.startsAt, locale, meeting.timeZone, 'dateTime');
  }

  private async writeAgenda(manager: EntityManager, meetingId: number, items: AgendaLine[]) {
    if (items.length === 0) return;
    await manager
      .getRepository(MeetingAgendaItem)
      .insert(items.map((item, position) => ({ ...item, meetingId, position })));
  }

  /**
   * The meeting's thread in the IWG's General category, opened through the forum's own
   * service (so watchers hear of it and search finds it), pointing at the meeting's page.
   */
  private async openThread(actor: Actor, meeting: Meeting): Promise<number | null> {
    const general = await this.dataSource
      .getRepository(ForumCategory)
      .findOneBy({ iwgId: meeting.iwgId, kind: 'general' });
    if (!general) return null;
    const posted = await this.posting.createThread(actor, meeting.iwgId, {
      categoryId: general.id,
      title: meeting.title,
      body: translate(actor.locale, 'meetings.thread.body', {
        title: meeting.title,
        when: this.when(meeting, actor.locale),
        zone: meeting.timeZone,
        url: this.url(meeting),
      }),
      language: languageOf(actor),
    });
    await this.dataSource
      .getRepository(Meeting)
      .update({ id: meeting.id }, { threadId: posted.thread.id });
    return posted.thread.id;
  }

  /** A reply in the meeting's thread, by the one who changed the meeting. */
  private async say(
    actor: Actor,
    meeting: Meeting,
    key: string,
    params: Record<string, string>,
  ): Promise<void> {
    if (meeting.threadId === null) return;
    await this.posting.reply(actor, meeting.iwgId, meeting.threadId, {
      body: translate(actor.locale, key, params),
      language: languageOf(actor),
    });
  }
}

/** The language the portal's own posts are written in: the actor's (`en` for `en-GB`). */
function languageOf(actor: Actor): string {
  return actor.locale.split('-')[0].toLowerCase();
}

/** A closed IWG takes no new meetings and no changes (403 would hide why: the form says it). */
function mustBeOpen(membership: IwgMembership): void {
  if (!membership.mayPost) throw new FormError({}, 'meetings.iwgClosed');
}

/** The names of the fields a form changes, in the audit's words. */
function changedFields(
  meeting: Meeting,
  agenda: readonly MeetingAgendaItem[],
  fields: MeetingFields,
): string[] {
  const changed: string[] = [];
  if (meeting.title !== fields.title) changed.push('title');
  if (meeting.startsAt.getTime() !== fields.startsAt.getTime()) changed.push('startsAt');
  if (meeting.endsAt.getTime() !== fields.endsAt.getTime()) changed.push('endsAt');
  if (meeting.timeZone !== fields.timeZone) changed.push('timeZone');
  if (meeting.mode !== fields.mode) changed.push('mode');
  if ((meeting.onlineUrl ?? null) !== fields.onlineUrl) changed.push('onlineUrl');
  if ((meeting.place ?? null) !== fields.place) changed.push('place');
  const before = agenda.map((item) => [item.title, item.presenter, item.durationMinutes]);
  const after = fields.agenda.map((item) => [item.title, item.presenter, item.durationMinutes]);
  if (JSON.stringify(before) !== JSON.stringify(after)) changed.push('agenda');
  return changed;
}
