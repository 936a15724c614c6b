import { formatDate } from '../../common/i18n/intl-format';
import type { Actor } from '../../common/actor/actor';
import type { Meeting } from './meeting.entity';

/** A meeting as lists and its page show it: times in the member's zone, and the meeting's. */
export interface MeetingSummaryView {
  id: number;
  iwgId: number;
  href: string;
  title: string;
  cancelled: boolean;
  mode: string;
  start: string;
  end: string;
  /** The same times in the meeting's own zone, when it is not the member's. */
  meetingZone: { start: string; end: string } | null;
}

export function meetingSummary(actor: Actor, meeting: Meeting): MeetingSummaryView {
  const inZone = (date: Date, zone: string) => formatDate(date, actor.locale, zone, 'dateTime');
  return {
    id: meeting.id,
    iwgId: meeting.iwgId,
    href: `/iwg/${meeting.iwgId}/meetings/${meeting.id}`,
    title: meeting.title,
    cancelled: meeting.status === 'cancelled',
    mode: meeting.mode,
    start: inZone(meeting.startsAt, actor.timeZone),
    end: inZone(meeting.endsAt, actor.timeZone),
    meetingZone:
      meeting.timeZone === actor.timeZone
        ? null
        : {
            start: inZone(meeting.startsAt, meeting.timeZone),
            end: inZone(meeting.endsAt, meeting.timeZone),
          },
  };
}
