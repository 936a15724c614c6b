import { PSEUDO_LOCALE, pseudoLocalise } from './pseudo-locale';
import { catalogueFor } from './translator';

/**
 * Dates and numbers as the reader writes them: `Intl` in the page's locale and the member's
 * time zone. Formatters are costly to build and pages print many dates, so each (locale, zone,
 * style) gets one. The pseudo-locale formats as English and then marks the result, so its
 * pages show that dates went through here too.
 */
type Formatter =
  Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DisplayNames;

const formatters = new Map<string, Formatter>();

function cached<T extends Formatter>(cacheKey: string, build: () => T): T {
  let formatter = formatters.get(cacheKey) as T | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

/** The locale Intl formats in: the catalogue's (the pseudo-locale borrows English's). */
function intlLocale(locale: string): string {
  return catalogueFor(locale).formatLocale;
}

function marked(locale: string, text: string): string {
  return locale === PSEUDO_LOCALE ? pseudoLocalise(text) : text;
}

const zones = new Map<string, string>();

/** A zone Intl knows, or UTC: a bad profile value must not fail the page. Checked once a zone. */
function knownZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  let zone = zones.get(timeZone);
  if (!zone) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      zone = timeZone;
    } catch {
      zone = 'UTC';
    }
    zones.set(timeZone, zone);
  }
  return zone;
}

export type DateStyle = 'dateTime' | 'date';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  // "23 Nov 2026, 14:05 GMT+3": the zone is named, so a time is never ambiguous.
  dateTime: { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' },
  date: { dateStyle: 'medium' },
};

/** A moment in the locale and time zone; '' for a missing or invalid date. */
export function formatDate(
  value: Date | string | number | null | undefined,
  locale: string,
  timeZone: string | undefined,
  style: DateStyle = 'dateTime',
): string {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const zone = knownZone(timeZone);
  const formatKey = `d\u0000${locale}\u0000${zone}\u0000${style}`;
  // A page prints the same moments again and again (a thread's posts, to every reader).
  let texts = formattedDates.get(formatKey);
  const moment = date.getTime();
  const known = texts?.get(moment);
  if (known !== undefined) return known;
  const format = cached(
    formatKey,
    () => new Intl.DateTimeFormat(intlLocale(locale), { ...DATE_OPTIONS[style], timeZone: zone }),
  );
  const formatted = format.format(date);
  // The time zone is said once after the time, in the zone's own name (UTC, Africa/Nairobi).
  const text = marked(locale, style === 'dateTime' ? `${formatted} ${zone}` : formatted);
  if (!texts || texts.size >= DATES_KEPT) {
    texts = new Map();
    formattedDates.set(formatKey, texts);
  }
  texts.set(moment, text);
  return text;
}

/** Formatted moments per formatter, up to this many each (then started again). */
const DATES_KEPT = 5_000;
const formattedDates = new Map<string, Map<number, string>>();

/** A number with the locale's grouping and decimal signs. */
export function formatNumber(value: number, locale: string): string {
  const format = cached(`n\u0000${locale}`, () => new Intl.NumberFormat(intlLocale(locale)));
  return marked(locale, format.format(value));
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 hours ago", "in 2 days": the largest whole unit between the moment and `now`. */
export function formatRelativeTime(
  value: Date | string | number,
  locale: string,
  now: Date = new Date(),
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const [unit, size] =
    RELATIVE_UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? RELATIVE_UNITS[6];
  const format = cached(
    `r\u0000${locale}`,
    () => new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' }),
  );
  return marked(locale, format.format(Math.round(seconds / size), unit));
}

/**
 * The name of an ISO 639-1 language in the page's locale (CLDR data, not the catalogue), or
 * null when the code names no language.
 */
export function formatLanguage(code: string, locale: string): string | null {
  if (!/^[a-z]{2}$/.test(code)) return null;
  const names = cached(`language:${intlLocale(locale)}`, () => {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'none' });
  });
  try {
    const name = names.of(code);
    return name ? marked(locale, name) : null;
  } catch {
    return null;
  }
}
