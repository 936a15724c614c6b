/**
 * An iCalendar (RFC 5545) file for one meeting: what a member's calendar imports from the
 * meeting's `.ics` link. Plain functions, no framework: CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, TEXT values escaped, times in UTC.
 */

export interface IcsEvent {
  /** Stable for the meeting across changes, so a calendar updates its copy instead of adding one. */
  readonly uid: string;
  /** Incremented on every change; with the same UID a calendar keeps the highest. */
  readonly sequence: number;
  /** When this version of the event was made (the meeting's last change). */
  readonly stamp: Date;
  readonly start: Date;
  readonly end: Date;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string | null;
  /** The meeting's page on the portal. */
  readonly url: string;
  readonly cancelled: boolean;
}

const PRODUCT = '-//UN Countering Terrorist Travel Programme//CTTP portal//EN';
const MAX_OCTETS = 75;

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A UTC date-time: `20260305T140000Z`. */
export function utcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * One content line folded as RFC 5545 §3.1 says: at most 75 octets a line, continuation lines
 * starting with one space (which counts), never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** The calendar file: one VEVENT in a VCALENDAR, CRLF after every line. */
export function serialiseIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `URL:${event.url}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
