/**
 * EDIFACT dates to ISO strings, with the one rule for two-digit years:
 *
 * - dates of birth are never in the future: `YY` is read as 20YY, unless that date is after the
 *   reference date (the parse date by default), then 19YY;
 * - every other date (document expiry and issue, flights, bookings, tickets) is in this
 *   century: 20YY.
 *
 * Invalid dates (month 13, 30 February, non-digits) give undefined; callers report them.
 */

export type DateKind = 'birth' | 'other';

const MONTHS: Record<string, number> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function isDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** `YYYY-MM-DD` when the date exists, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1800 || year > 2200) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  if (day > daysInMonth) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Expands a two-digit year by the rule above. */
export function expandYear(
  twoDigits: number,
  month: number,
  day: number,
  kind: DateKind,
  reference: Date,
): number {
  const year = 2000 + twoDigits;
  if (kind !== 'birth') return year;
  const candidate = Date.UTC(year, month - 1, day);
  return candidate > reference.getTime() ? year - 100 : year;
}

function fromParts(
  year: string,
  month: number,
  day: number,
  kind: DateKind,
  reference: Date,
): string | undefined {
  if (!isDigits(year)) return undefined;
  const numeric = Number(year);
  const full = year.length === 2 ? expandYear(numeric, month, day, kind, reference) : numeric;
  if (year.length !== 2 && year.length !== 4) return undefined;
  return isoDate(full, month, day);
}

/** `HHMM` (or `HHMMSS`, seconds dropped) → `HH:mm`, undefined when not a time. */
export function isoTime(value: string): string | undefined {
  if ((value.length !== 4 && value.length !== 6) || !isDigits(value)) return undefined;
  const hours = Number(value.slice(0, 2));
  const minutes = Number(value.slice(2));
  if (hours > 24 || minutes > 59) return undefined;
  return `${value.slice(0, 2)}:${value.slice(2)}`;
}

/** `YYMMDD` (PAXLST DTM 101, UNB) or `CCYYMMDD` (DTM 102). */
export function parseYmd(value: string, kind: DateKind, reference: Date): string | undefined {
  const text = value.trim();
  if (!isDigits(text)) return undefined;
  if (text.length === 6) {
    return fromParts(
      text.slice(0, 2),
      Number(text.slice(2, 4)),
      Number(text.slice(4)),
      kind,
      reference,
    );
  }
  if (text.length === 8) {
    return fromParts(
      text.slice(0, 4),
      Number(text.slice(4, 6)),
      Number(text.slice(6)),
      kind,
      reference,
    );
  }
  return undefined;
}

/** `DDMMYY` (PNRGOV TVL, RCI, DAT, PTK) or `DDMMCCYY`. */
export function parseDmy(value: string, kind: DateKind, reference: Date): string | undefined {
  const text = value.trim();
  if (!isDigits(text) || (text.length !== 6 && text.length !== 8)) return undefined;
  return fromParts(
    text.slice(4),
    Number(text.slice(2, 4)),
    Number(text.slice(0, 2)),
    kind,
    reference,
  );
}

/** `DDMMMYY` (SSR DOCS/DOCO: `30MAY76`) or `DDMMMCCYY`. */
export function parseDayMonthName(
  value: string,
  kind: DateKind,
  reference: Date,
): string | undefined {
  const text = value.trim().toUpperCase();
  if (text.length !== 7 && text.length !== 9) return undefined;
  const month = MONTHS[text.slice(2, 5)];
  if (!month || !isDigits(text.slice(0, 2))) return undefined;
  return fromParts(text.slice(5), month, Number(text.slice(0, 2)), kind, reference);
}

/**
 * A DTM value with its format code: 101 `YYMMDD`, 102 `CCYYMMDD`, 201 `YYMMDDHHMM`,
 * 203 `CCYYMMDDHHMM`, 204 with seconds. Without a code the length decides. Returns
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`.
 */
export function parseDtm(
  value: string,
  format: string,
  kind: DateKind,
  reference: Date,
): string | undefined {
  const text = value.trim();
  if (!isDigits(text)) return undefined;
  const code =
    format.trim() || ({ 6: '101', 8: '102', 10: '201', 12: '203', 14: '204' }[text.length] ?? '');
  switch (code) {
    case '101':
      return text.length === 6 ? parseYmd(text, kind, reference) : undefined;
    case '102':
      return text.length === 8 ? parseYmd(text, kind, reference) : undefined;
    case '201':
    case '203':
    case '204': {
      const dateLength = code === '201' ? 6 : 8;
      if (text.length < dateLength + 4) return undefined;
      const date = parseYmd(text.slice(0, dateLength), kind, reference);
      const time = isoTime(text.slice(dateLength, dateLength + 4));
      return date && time ? `${date}T${time}` : undefined;
    }
    default:
      return parseYmd(text, kind, reference);
  }
}

/** Whole days from one ISO date (or date-time) to another, by calendar date. */
export function daysBetween(from: string, to: string): number | undefined {
  const start = Date.parse(from.slice(0, 10));
  const end = Date.parse(to.slice(0, 10));
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return Math.round((end - start) / 86_400_000);
}
