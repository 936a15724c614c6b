import { createHash } from 'node:crypto';
import type {
  BirthDate,
  EntryDocument,
  WatchlistEntry,
} from '../../screening/watchlists/watchlist-entry';

/**
 * The difference between two versions of a list, in plain TypeScript (no Nest, no database):
 * entries added, removed and changed, found by comparing each entry's fingerprint (the SHA-256
 * of its canonical JSON), and, for a changed entry only, its fields before and after.
 */

/** The fields a reader compares, in the order the version page shows them. */
export const DIFF_FIELDS = [
  'kind',
  'names',
  'datesOfBirth',
  'nationalities',
  'gender',
  'documents',
  'category',
  'severity',
  'programmes',
  'listedOn',
  'placesOfBirth',
  'addressCountries',
  'title',
  'vessel',
  'remarks',
  // Something no field above shows changed (a name's quality or script flag, an order).
  'other',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

/** One field of a changed entry, each side as the lines a reader compares. */
export interface FieldChange {
  field: DiffField;
  before: string[];
  after: string[];
}

export interface EntryFingerprint {
  reference: string;
  fingerprint: string;
}

export interface ReferenceDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** JSON with every object's keys sorted: the same entry always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function fingerprintOf(entry: WatchlistEntry): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}

/** Added, removed and changed references, each in the order of the version that has them. */
export function compareFingerprints(
  previous: Iterable<EntryFingerprint>,
  next: Iterable<EntryFingerprint>,
): ReferenceDiff {
  const before = new Map<string, string>();
  for (const entry of previous) before.set(entry.reference, entry.fingerprint);
  const diff: ReferenceDiff = { added: [], removed: [], changed: [] };
  const seen = new Set<string>();
  for (const entry of next) {
    seen.add(entry.reference);
    const old = before.get(entry.reference);
    if (old === undefined) diff.added.push(entry.reference);
    else if (old !== entry.fingerprint) diff.changed.push(entry.reference);
  }
  for (const reference of before.keys()) if (!seen.has(reference)) diff.removed.push(reference);
  return diff;
}

function birthDate(date: BirthDate): string {
  if (date.kind === 'exact') return date.date;
  if (date.kind === 'year') return date.approximate ? `~${date.year}` : String(date.year);
  return `${date.fromYear}–${date.toYear}`;
}

function documentText(document: EntryDocument): string {
  return [document.type, document.number, document.issuingCountry, document.note]
    .filter((part) => part)
    .join(' ');
}

function text(value: string | undefined): string[] {
  return value ? [value] : [];
}

/** Each field as the lines the version page shows. */
function fieldLines(entry: WatchlistEntry, field: Exclude<DiffField, 'other'>): string[] {
  switch (field) {
    case 'kind':
      return [entry.kind];
    case 'names':
      return entry.names.map((name) => name.full);
    case 'datesOfBirth':
      return entry.datesOfBirth.map(birthDate);
    case 'nationalities':
      return entry.nationalities;
    case 'gender':
      return text(entry.gender);
    case 'documents':
      return entry.documents.map(documentText);
    case 'category':
      return text(entry.category);
    case 'severity':
      return text(entry.severity);
    case 'programmes':
      return entry.programmes;
    case 'listedOn':
      return text(entry.listedOn);
    case 'placesOfBirth':
      return entry.placesOfBirth ?? [];
    case 'addressCountries':
      return entry.addressCountries ?? [];
    case 'title':
      return text(entry.title);
    case 'vessel':
      return Object.values(entry.vessel ?? {}).filter((value): value is string => Boolean(value));
    case 'remarks':
      return text(entry.remarks);
  }
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * A changed entry field by field. Entries whose fingerprints differ but whose shown fields are
 * the same (a name's quality changed, say) get one `other` line, so no change goes unsaid.
 */
export function fieldChanges(before: WatchlistEntry, after: WatchlistEntry): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of DIFF_FIELDS) {
    if (field === 'other') continue;
    const old = fieldLines(before, field);
    const now = fieldLines(after, field);
    if (!same(old, now)) changes.push({ field, before: old, after: now });
  }
  if (changes.length === 0 && canonicalJson(before) !== canonicalJson(after)) {
    changes.push({ field: 'other', before: [], after: [] });
  }
  return changes;
}

/** How an entry is named in a diff: its primary name, else its first document number. */
export function entryLabel(entry: WatchlistEntry): string {
  const label = entry.names[0]?.full ?? entry.documents[0]?.number ?? entry.sourceId;
  return label.slice(0, 255);
}
