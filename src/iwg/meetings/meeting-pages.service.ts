import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LessThan, MoreThanOrEqual, type DataSource } from 'typeorm';
import type { Actor } from '../../common/actor/actor';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { Clock } from '../../jobs/clock';
import { TIME_ZONES } from '../../account/time-zones';
import { IwgsService } from '../iwgs.service';
import { ACTION_STATUSES, ActionItem } from './action-item.entity';
import { agendaText } from './agenda-text';
import { serialiseIcs } from './ics';
import { MeetingAudience } from './meeting-audience';
import { MeetingSummaries } from './meeting-summaries';
import { meetingSummary } from './meeting-views';
import { MEETING_MODES, Meeting } from './meeting.entity';
import { managesMeetings, MeetingsService } from './meetings.service';
import { IwgAccess, type IwgMembership } from '../iwg-access.service';
import { instantToLocal } from './zoned-time';

/** How many past meetings the list shows (meetings are quarterly: years of them). */
const PAST_SHOWN = 100;

/**
 * The meetings' pages as view models: an IWG's list (upcoming, past), a meeting's page (agenda,
 * minutes, action items, thread, calendar link), the schedule and change forms, the `.ics`.
 */
@Injectable()
export class MeetingPagesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly summaries: MeetingSummaries,
    private readonly audience: MeetingAudience,
    private readonly iwgs: IwgsService,
    private readonly access: IwgAccess,
    private readonly clock: Clock,
  ) {}

  async listModel(actor: Actor, iwgId: number) {
    const found = await this.access.load(actor, iwgId);
    const now = new Date(this.clock.now());
    const repository = this.dataSource.getRepository(Meeting);
    const [upcoming, past] = await Promise.all([
      repository.find({
        where: { iwgId: found.iwg.id, endsAt: MoreThanOrEqual(now) },
        order: { startsAt: 'ASC', id: 'ASC' },
      }),
      repository.find({
        where: { iwgId: found.iwg.id, endsAt: LessThan(now) },
        order: { startsAt: 'DESC', id: 'DESC' },
        take: PAST_SHOWN,
      }),
    ]);
    return {
      pageTitle: { key: 'meetings.listTitle', params: { name: found.iwg.name } },
      iwg: this.iwgs.iwgView(found),
      manager: managesMeetings(found),
      mayWrite: managesMeetings(found) && found.mayPost,
      upcoming: upcoming.map((meeting) => meetingSummary(actor, meeting)),
      past: past.map((meeting) => meetingSummary(actor, meeting)),
    };
  }

  async pageModel(actor: Actor, iwgId: number, meetingId: number) {
    const { membership, meeting, manager } = await this.meetings.meeting(actor, iwgId, meetingId);
    const [agenda, items, members] = await Promise.all([
      this.meetings.agendaOf(meeting.id),
      this.dataSource
        .getRepository(ActionItem)
        .find({ where: { meetingId: meeting.id }, order: { dueOn: 'ASC', id: 'ASC' } }),
      manager ? this.audience.members(membership.iwg) : Promise.resolve([]),
    ]);
    const views = await this.summaries.views(actor, items);
    const userId = membership.user.id;
    return {
      pageTitle: meeting.title,
      iwg: this.iwgs.iwgView(membership),
      manager,
      meeting: {
        ...meetingSummary(actor, meeting),
        timeZone: meeting.timeZone,
        onlineUrl: meeting.onlineUrl,
        place: meeting.place,
        minutesHtml: meeting.minutesHtml,
        minutesRecordedAt: meeting.minutesRecordedAt,
        threadHref: meeting.threadId ? `/iwg/${meeting.iwgId}/threads/${meeting.threadId}` : null,
        icsHref: `/iwg/${meeting.iwgId}/meetings/${meeting.id}.ics`,
        sequence: meeting.sequence,
      },
      agenda: agenda.map((item) => ({
        title: item.title,
        presenter: item.presenter,
        durationMinutes: item.durationMinutes,
      })),
      actions: views.map((view, index) => ({
        ...view,
        mayChange: manager || items[index].ownerId === userId,
        statuses: ACTION_STATUSES.map((status) => ({
          value: status,
          labelKey: `meetings.actionStatus.${status}`,
          selected: status === view.status,
        })),
      })),
      members: members.map((member) => ({
        value: String(member.id),
        label: `${member.name} (${member.organisation})`,
      })),
      mayWrite: manager && membership.mayPost && meeting.status === 'scheduled',
      minutesSource: meeting.minutes ?? '',
    };
  }

  /** The schedule form: the member's own zone to start with. */
  async newModel(actor: Actor, iwgId: number) {
    const membership = await this.meetings.managing(actor, iwgId);
    return this.formModel(membership, {
      title: '',
      startsAt: '',
      endsAt: '',
      timeZone: actor.timeZone,
      mode: 'online',
      onlineUrl: '',
      place: '',
      agenda: '',
    });
  }

  /** The change form, filled with the meeting as it is (times in its own zone). */
  async editModel(actor: Actor, iwgId: number, meetingId: number) {
    const { membership, meeting } = await this.meetings.managedMeeting(actor, iwgId, meetingId);
    const agenda = await this.meetings.agendaOf(meeting.id);
    return {
      ...this.formModel(membership, {
        title: meeting.title,
        startsAt: instantToLocal(meeting.startsAt, meeting.timeZone),
        endsAt: instantToLocal(meeting.endsAt, meeting.timeZone),
        timeZone: meeting.timeZone,
        mode: meeting.mode,
        onlineUrl: meeting.onlineUrl ?? '',
        place: meeting.place ?? '',
        agenda: agendaText(agenda),
      }),
      pageTitle: { key: 'meetings.editTitle', params: { title: meeting.title } },
      meeting: {
        id: meeting.id,
        href: `/iwg/${iwgId}/meetings/${meeting.id}`,
        title: meeting.title,
      },
    };
  }

  /** The secretariat's form to correct an action item. */
  async editActionModel(actor: Actor, iwgId: number, meetingId: number, itemId: number) {
    const { membership, meeting } = await this.meetings.managedMeeting(actor, iwgId, meetingId);
    const item = await this.dataSource
      .getRepository(ActionItem)
      .findOneBy({ id: Number.isSafeInteger(itemId) ? itemId : 0, meetingId: meeting.id });
    if (!item) throw new NotFoundException();
    const members = await this.audience.members(membership.iwg);
    return {
      pageTitle: { key: 'meetings.action.editTitle', params: { title: meeting.title } },
      iwg: this.iwgs.iwgView(membership),
      meeting: {
        id: meeting.id,
        href: `/iwg/${iwgId}/meetings/${meeting.id}`,
        title: meeting.title,
      },
      action: { id: item.id },
      members: members.map((member) => ({
        value: String(member.id),
        label: `${member.name} (${member.organisation})`,
      })),
      values: { title: item.title, ownerId: String(item.ownerId), dueOn: item.dueOn },
    };
  }

  /** The meeting as an iCalendar file, and its file name. */
  async ics(actor: Actor, iwgId: number, meetingId: number) {
    const { meeting } = await this.meetings.meeting(actor, iwgId, meetingId);
    const agenda = await this.meetings.agendaOf(meeting.id);
    const url = this.meetings.url(meeting);
    const host = new URL(this.config.publicUrl).hostname || 'cttp';
    const description = [
      ...agenda.map((item, index) =>
        [
          `${index + 1}. ${item.title}`,
          item.presenter,
          item.durationMinutes && `${item.durationMinutes}'`,
        ]
          .filter(Boolean)
          .join(' — '),
      ),
      url,
    ].join('\n');
    return {
      fileName: `meeting-${meeting.id}.ics`,
      body: serialiseIcs({
        uid: `meeting-${meeting.id}@${host}`,
        sequence: meeting.sequence,
        stamp: meeting.updatedAt,
        start: meeting.startsAt,
        end: meeting.endsAt,
        summary: meeting.title,
        description,
        location: meeting.mode === 'online' ? meeting.onlineUrl : meeting.place,
        url,
        cancelled: meeting.status === 'cancelled',
      }),
    };
  }

  private formModel(membership: IwgMembership, values: Record<string, string>) {
    return {
      pageTitle: { key: 'meetings.scheduleTitle', params: { name: membership.iwg.name } },
      iwg: this.iwgs.iwgView(membership),
      values,
      modes: MEETING_MODES,
      timeZones: TIME_ZONES,
    };
  }
}
