import type { MessageRef } from '../../common/i18n/translator';
import { normaliseDocumentNumber } from '../../screening/matching/document-number';
import { normaliseName } from '../../screening/matching/name-normaliser';
import { parsePartialDate } from '../../screening/matching/qualifiers';
import type {
  BirthDate,
  EntryDocument,
  WatchlistEntry,
} from '../../screening/watchlists/watchlist-entry';
import type { RecordDocument, TravellerRecord } from '../pipeline/traveller-record';

/**
 * The traveller beside the list entry, field by field, each with how the two agree: what an
 * analyst reads first on a hit page. Plain functions of the two records; values are text to
 * show as written (names, codes, dates) or catalogue references (an approximate year).
 */

/** How two sides of a field agree: equal, close (compatible or nearly), different, or not known. */
export type Agreement = 'equal' | 'close' | 'different' | 'unknown';

export type ShownValue = string | MessageRef;

export interface ComparedField {
  field: 'name' | 'dateOfBirth' | 'nationality' | 'gender' | 'documents';
  traveller: ShownValue[];
  entry: ShownValue[];
  agreement: Agreement;
}

/** A name as a passport prints it: surname first, in capitals as the messages give it. */
export function travellerFullName(record: Pick<TravellerRecord, 'surname' | 'givenNames'>): string {
  return [record.surname, record.givenNames].filter((part) => part.trim() !== '').join(' ');
}

function tokenTexts(name: string): string[] {
  return normaliseName(name)
    .filter((token) => token.kind !== 'stop')
    .map((token) => token.text)
    .sort();
}

/**
 * Names: equal when one of the entry's names has the same words (in any order, any script),
 * close when they share a word or the engine matched them, different otherwise.
 */
export function compareNames(
  record: TravellerRecord,
  entry: WatchlistEntry,
  matchedName: string | undefined,
  engineMatched: boolean,
): ComparedField {
  const mine = tokenTexts(`${record.givenNames} ${record.surname}`);
  const names = entry.names.map((name) => name.full);
  const shown = matchedName ?? names[0];
  let agreement: Agreement = names.length === 0 || mine.length === 0 ? 'unknown' : 'different';
  for (const name of names) {
    const theirs = tokenTexts(name);
    if (theirs.length > 0 && theirs.join(' ') === mine.join(' ')) {
      agreement = 'equal';
      break;
    }
    if (theirs.some((token) => mine.includes(token))) agreement = 'close';
  }
  if (agreement === 'different' && engineMatched) agreement = 'close';
  return {
    field: 'name',
    traveller: [travellerFullName(record)],
    entry: shown ? [shown] : [],
    agreement,
  };
}

function birthDateShown(date: BirthDate): ShownValue {
  switch (date.kind) {
    case 'exact':
      return date.date;
    case 'year':
      return date.approximate
        ? { key: 'hits.compare.approximately', params: { year: date.year } }
        : String(date.year);
    case 'range':
      return `${date.fromYear}–${date.toYear}`;
  }
}

function birthAgreement(value: string, date: BirthDate): Agreement {
  const mine = parsePartialDate(value);
  if (!mine) return 'unknown';
  if (date.kind === 'range') {
    if (mine.year >= date.fromYear && mine.year <= date.toYear) return 'close';
    return mine.year >= date.fromYear - 1 && mine.year <= date.toYear + 1 ? 'close' : 'different';
  }
  const listed = date.kind === 'exact' ? parsePartialDate(date.date) : { year: date.year };
  if (!listed) return 'unknown';
  if (Math.abs(listed.year - mine.year) > 1) return 'different';
  if (listed.year !== mine.year) return 'close';
  if (date.kind === 'year') return date.approximate ? 'close' : 'equal';
  if (listed.month === undefined || mine.month === undefined) return 'close';
  const sameDay =
    listed.month === mine.month &&
    (listed.day === undefined || mine.day === undefined || listed.day === mine.day);
  return sameDay && listed.day !== undefined && mine.day !== undefined ? 'equal' : 'close';
}

const RANK: Record<Agreement, number> = { equal: 3, close: 2, different: 1, unknown: 0 };

function best(agreements: Agreement[]): Agreement {
  return agreements.reduce<Agreement>((a, b) => (RANK[b] > RANK[a] ? b : a), 'unknown');
}

export function compareBirthDates(record: TravellerRecord, entry: WatchlistEntry): ComparedField {
  const dates = entry.datesOfBirth;
  const value = record.dateOfBirth;
  return {
    field: 'dateOfBirth',
    traveller: value ? [value] : [],
    entry: dates.map(birthDateShown),
    agreement:
      value && dates.length > 0 ? best(dates.map((d) => birthAgreement(value, d))) : 'unknown',
  };
}

export function compareNationality(record: TravellerRecord, entry: WatchlistEntry): ComparedField {
  const value = record.nationality?.toUpperCase();
  const listed = entry.nationalities;
  return {
    field: 'nationality',
    traveller: value ? [value] : [],
    entry: [...listed],
    agreement:
      !value || listed.length === 0 ? 'unknown' : listed.includes(value) ? 'equal' : 'different',
  };
}

const GENDERS = new Set(['M', 'F', 'U', 'X']);

/** A gender code in words (M, F, U, X as ICAO 9303 writes them). */
export function genderShown(code: string): ShownValue {
  return GENDERS.has(code) ? { key: `hits.gender.${code}` } : code;
}

const DOCUMENT_TYPES = new Set(['P', 'V', 'I', 'ID', 'A', 'C', 'AC', 'IP', 'F']);

/** A travel document's type: a code in words (P: passport), or as the list writes it. */
export function documentTypeShown(type: string | undefined): ShownValue | null {
  if (!type) return null;
  const code = type.toUpperCase();
  return DOCUMENT_TYPES.has(code) ? { key: `hits.documentType.${code}` } : type;
}

export function compareGender(record: TravellerRecord, entry: WatchlistEntry): ComparedField {
  const value = record.gender?.toUpperCase();
  const listed = entry.gender;
  return {
    field: 'gender',
    traveller: value ? [genderShown(value)] : [],
    entry: listed ? [genderShown(listed)] : [],
    agreement: !value || !listed ? 'unknown' : value === listed ? 'equal' : 'different',
  };
}

/** `Passport K1234567 (KEN)`: the type in words, the number and issuer as written. */
export function documentShown(document: {
  type?: string;
  number: string;
  issuingCountry?: string;
}): ShownValue {
  const number = [document.number, document.issuingCountry && `(${document.issuingCountry})`]
    .filter(Boolean)
    .join(' ');
  const type = documentTypeShown(document.type);
  return type ? { key: 'hits.compare.document', params: { type, number } } : number;
}

function documentAgreement(mine: RecordDocument, listed: EntryDocument): Agreement {
  if (normaliseDocumentNumber(mine.number) !== normaliseDocumentNumber(listed.number))
    return 'different';
  const a = mine.issuingCountry?.toUpperCase();
  const b = listed.issuingCountry?.toUpperCase();
  if (a && b && a !== b) return 'close';
  return 'equal';
}

/** Documents: equal when a number is listed (same issuer or issuer unknown), close when the issuer differs. */
export function compareDocuments(record: TravellerRecord, entry: WatchlistEntry): ComparedField {
  const mine = record.documents;
  const listed = entry.documents;
  return {
    field: 'documents',
    traveller: mine.map(documentShown),
    entry: listed.map(documentShown),
    agreement:
      mine.length === 0 || listed.length === 0
        ? 'unknown'
        : best(mine.flatMap((a) => listed.map((b) => documentAgreement(a, b)))),
  };
}

/** Every field, in the order the page shows them. */
export function compareWithEntry(
  record: TravellerRecord,
  entry: WatchlistEntry,
  matchedName: string | undefined,
  engineMatchedName: boolean,
): ComparedField[] {
  return [
    compareNames(record, entry, matchedName, engineMatchedName),
    compareBirthDates(record, entry),
    compareNationality(record, entry),
    compareGender(record, entry),
    compareDocuments(record, entry),
  ];
}
