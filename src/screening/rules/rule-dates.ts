/**
 * Dates as the rules handle them: ISO strings, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`, which
 * compare as dates when compared as strings. Messages carry local times without a zone, so no
 * zone arithmetic is done: day differences are between calendar days.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The ISO date or date-time without zone or fraction, or undefined when it is not a full date. */
export function normaliseIsoDate(text: string): string | undefined {
  const trimmed = text.trim();
  // Accept a zone or fraction after the time (`…T10:00:00.000Z`) but compare without them.
  const head = trimmed.length > 19 ? trimmed.slice(0, 19) : trimmed;
  const match = ISO_DATE.exec(head);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    date.getUTCFullYear() !== Number(year) ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day)
  ) {
    return undefined;
  }
  if (hour === undefined) return `${year}-${month}-${day}`;
  if (Number(hour) > 23 || Number(minute) > 59 || (second !== undefined && Number(second) > 59)) {
    return undefined;
  }
  return second === undefined
    ? `${year}-${month}-${day}T${hour}:${minute}`
    : `${year}-${month}-${day}T${hour}:${minute}:${second}`;
}

/** Day number (days since 1970-01-01) of an ISO date or date-time; undefined when not a date. */
export function dayNumber(iso: string | undefined): number | undefined {
  if (!iso || iso.length < 10) return undefined;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (!year || !month || !day) return undefined;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string | undefined, to: string | undefined): number | undefined {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === undefined || end === undefined ? undefined : end - start;
}

/** Whole years from a full date of birth to a date (age on that day). */
export function ageOn(dateOfBirth: string | undefined, on: string | undefined): number | undefined {
  if (!dateOfBirth || !on || dateOfBirth.length < 10 || on.length < 10) return undefined;
  const birthYear = Number(dateOfBirth.slice(0, 4));
  const birthMonthDay = dateOfBirth.slice(5, 10);
  const year = Number(on.slice(0, 4));
  const monthDay = on.slice(5, 10);
  if (!birthYear || !year) return undefined;
  const age = year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
  return age >= 0 ? age : undefined;
}
