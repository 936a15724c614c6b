/**
 * Wall-clock times in an IANA time zone and the UTC instants they name, with Intl only (no
 * time-zone library): a meeting is entered as "2026-03-29 10:00 in Europe/Paris" and stored
 * as the instant plus the zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether Intl knows the zone (an IANA name such as `Africa/Nairobi`, or `UTC`). */
export function isKnownTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '' || value.length > 64) return false;
  try {
    partsFormatter(value);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of an instant in a zone. */
function wallFields(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some ICU versions write midnight as 24 in the 24-hour cycle.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (Nairobi: +3 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const f = wallFields(instant, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/** Why a local time names no instant. */
export type LocalTimeProblem = 'format' | 'zone' | 'gap';

/**
 * The UTC instant of a wall-clock time (`YYYY-MM-DDTHH:MM`, as a datetime-local field sends
 * it) in a zone. A time the clocks skip (a spring-forward gap) is refused; in the repeated hour
 * of an autumn change the earlier of the two instants is taken.
 */
export function localToInstant(
  local: string,
  timeZone: string,
): { instant: Date } | { problem: LocalTimeProblem } {
  const match = LOCAL.exec(local.trim());
  if (!match) return { problem: 'format' };
  if (!isKnownTimeZone(timeZone)) return { problem: 'zone' };
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return { problem: 'format' };
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return { problem: 'format' };
  // Two candidates: the wall time minus the offset before and after any change near it.
  const candidates = [
    wall - offsetAt(wall - 86_400_000, timeZone),
    wall - offsetAt(wall + 86_400_000, timeZone),
    wall - offsetAt(wall, timeZone),
  ]
    .filter((instant) => instantToLocal(new Date(instant), timeZone) === toLocalText(wall))
    .sort((a, b) => a - b);
  if (candidates.length === 0) return { problem: 'gap' };
  return { instant: new Date(candidates[0]) };
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function toLocalText(wallAsUtc: number): string {
  const d = new Date(wallAsUtc);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** An instant as the wall-clock time of a zone, `YYYY-MM-DDTHH:MM` (what the form shows back). */
export function instantToLocal(instant: Date, timeZone: string): string {
  const f = wallFields(instant.getTime(), timeZone);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone: "today" for a member. */
export function dateIn(instant: Date | number, timeZone: string): string {
  const f = wallFields(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** Whether a text is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
