import type {
  BirthDate,
  EntryKind,
  EntryName,
  SkippedRow,
  WatchlistEntry,
  WatchlistKind,
  WatchlistVersion,
} from './watchlist-entry';

/** Assembles a list version and its counts: entries per kind, and alias names (every non-primary name). */
export function buildVersion(
  kind: WatchlistKind,
  source: string,
  entries: WatchlistEntry[],
  skipped: SkippedRow[],
  generatedAt?: string,
): WatchlistVersion {
  const counts: Partial<Record<EntryKind, number>> & { aliases: number } = { aliases: 0 };
  for (const entry of entries) {
    counts[entry.kind] = (counts[entry.kind] ?? 0) + 1;
    for (const name of entry.names) if (name.quality !== 'primary') counts.aliases += 1;
  }
  const version: WatchlistVersion = { kind, source, entries, counts, skipped };
  if (generatedAt) version.generatedAt = generatedAt;
  return version;
}

function sameBirthDate(a: BirthDate, b: BirthDate): boolean {
  if (a.kind === 'exact' && b.kind === 'exact') return a.date === b.date;
  if (a.kind === 'year' && b.kind === 'year') return a.year === b.year;
  if (a.kind === 'range' && b.kind === 'range')
    return a.fromYear === b.fromYear && a.toYear === b.toYear;
  return false;
}

/** Adds a date of birth unless the same one is already there. */
export function addBirthDate(dates: BirthDate[], date: BirthDate | undefined): void {
  if (date && !dates.some((known) => sameBirthDate(known, date))) dates.push(date);
}

/** Adds a value to a list unless it is empty or already there. */
export function addUnique(values: string[], value: string | undefined): void {
  if (value && !values.includes(value)) values.push(value);
}

/** A calendar date `YYYY-MM-DD` that exists (rejects 2001-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * A date of birth from the plain forms national lists and UN alias fields use: `YYYY-MM-DD`
 * (exact) or `YYYY` (year). Undefined for anything else.
 */
export function parseIsoBirthDate(value: string): BirthDate | undefined {
  const text = value.trim();
  if (/^\d{4}$/.test(text)) return { kind: 'year', year: Number(text) };
  if (isCalendarDate(text)) return { kind: 'exact', date: text };
  return undefined;
}

/** Lower-cased names already on an entry, so adding an alias is not a scan of every name. */
const nameKeys = new WeakMap<WatchlistEntry, Set<string>>();

/**
 * Adds a name unless the entry already has it (compared case-insensitively): lists repeat an
 * alias in several places (OFAC remarks and alt.csv, UN fields with several spellings).
 */
export function addEntryName(entry: WatchlistEntry, name: EntryName): boolean {
  let keys = nameKeys.get(entry);
  if (!keys) {
    keys = new Set(entry.names.map((known) => known.full.toLowerCase()));
    nameKeys.set(entry, keys);
  }
  const key = name.full.toLowerCase();
  if (keys.has(key)) return false;
  keys.add(key);
  entry.names.push(name);
  return true;
}
