import { FormError, type FieldErrors } from '../../common/forms/form-error';
import { parseAgenda, type AgendaLine } from './agenda-text';
import type { MeetingMode } from './meeting.entity';
import { isKnownTimeZone, localToInstant, type LocalTimeProblem } from './zoned-time';

/** What the meeting form sends (strings, as a browser posts them). */
export interface MeetingInput {
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timeZone: string;
  readonly mode: MeetingMode;
  readonly onlineUrl?: string;
  readonly place?: string;
  readonly agenda?: string;
}

/** A meeting's fields once checked: instants in UTC, the zone, one of link and place. */
export interface MeetingFields {
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly timeZone: string;
  readonly mode: MeetingMode;
  readonly onlineUrl: string | null;
  readonly place: string | null;
  readonly agenda: AgendaLine[];
}

/** The longest a meeting may last (an in-person meeting over several days). */
const MAX_LENGTH_MS = 7 * 24 * 3_600_000;

const TIME_MESSAGES: Record<LocalTimeProblem, string> = {
  format: 'meetings.time.format',
  zone: 'meetings.timeZone.unknown',
  gap: 'meetings.time.gap',
};

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Checks a meeting form as a whole and says everything wrong at once, field by field: the
 * zone (Intl must know it), each time (a real time of that zone), their order, the link of an
 * online meeting or the place of one in person, each agenda line.
 */
export function meetingFields(input: MeetingInput): MeetingFields {
  const errors: FieldErrors = {};
  const add = (field: string, key: string, params?: Record<string, number>) =>
    (errors[field] ??= []).push(params ? { key, params } : key);
  const title = input.title.trim();
  if (!title) add('title', 'meetings.title.missing');
  const zone = input.timeZone.trim();
  const zoneKnown = isKnownTimeZone(zone);
  if (!zoneKnown) add('timeZone', 'meetings.timeZone.unknown');
  const times: Partial<Record<'startsAt' | 'endsAt', Date>> = {};
  for (const field of ['startsAt', 'endsAt'] as const) {
    if (!zoneKnown) continue;
    const result = localToInstant(input[field], zone);
    if ('instant' in result) times[field] = result.instant;
    else add(field, TIME_MESSAGES[result.problem]);
  }
  if (times.startsAt && times.endsAt) {
    if (times.endsAt.getTime() <= times.startsAt.getTime())
      add('endsAt', 'meetings.time.endBeforeStart');
    else if (times.endsAt.getTime() - times.startsAt.getTime() > MAX_LENGTH_MS)
      add('endsAt', 'meetings.time.tooLong');
  }
  const onlineUrl = input.onlineUrl?.trim() ?? '';
  const place = input.place?.trim() ?? '';
  if (input.mode === 'online') {
    if (!onlineUrl) add('onlineUrl', 'meetings.onlineUrl.missing');
    else if (!isWebAddress(onlineUrl)) add('onlineUrl', 'meetings.onlineUrl.invalid');
  } else if (!place) {
    add('place', 'meetings.place.missing');
  }
  const agenda = parseAgenda(input.agenda ?? '');
  if ('error' in agenda)
    add('agenda', `meetings.agenda.${agenda.error.problem}`, { line: agenda.error.line });
  if (Object.keys(errors).length > 0 || !times.startsAt || !times.endsAt || 'error' in agenda)
    throw new FormError(errors);
  return {
    title,
    startsAt: times.startsAt,
    endsAt: times.endsAt,
    timeZone: zone,
    mode: input.mode,
    onlineUrl: input.mode === 'online' ? onlineUrl : null,
    place: input.mode === 'in-person' ? place : null,
    agenda: agenda.items,
  };
}
