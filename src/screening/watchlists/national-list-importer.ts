import { isSeverity, SEVERITIES } from '../severity';
import { countryToAlpha3 } from './country-code';
import { collectEntries, readCsvTable } from './csv-table';
import { hasNonLatinLetters, invertedName, splitNameField } from './name-text';
import type {
  BirthDate,
  EntryDocument,
  EntryName,
  WatchlistEntry,
  WatchlistVersion,
} from './watchlist-entry';
import { addEntryName, addUnique, buildVersion, parseIsoBirthDate } from './watchlist-version';

/**
 * National watchlist CSV template (`csv:FILE`): one listed person per row.
 *
 * ```
 * id,surname,given_names,full_name,date_of_birth,nationality,gender,document_number,document_type,document_country,category,severity,aliases
 * NAT-0001,DOE,John Michael,,1970-03-15,GBR,M,123456789,P,GBR,terrorism,high,Johnny DOE;DOE Jon
 * ```
 * - UTF-8, with or without a byte-order mark; comma-separated; quotes as in RFC 4180.
 * - The header row is required. Columns may come in any order and only `id` is required; a
 *   column the template does not know (a misspelling) rejects the whole file.
 * - `id`: unique within the file; the entry id is `csv:` + id.
 * - Names: `surname` and `given_names` (spaces between given names), and/or `full_name` as
 *   written on a document; at least one of the three.
 * - `date_of_birth`: `YYYY-MM-DD`, or `YYYY` when only the year is known; never in the future.
 * - `nationality`: ISO 3166 alpha-3 or alpha-2 code, or an English country name; several
 *   separated by `;`.
 * - `gender`: `M`, `F` (or male/female), `U`/`X` or empty for unknown.
 * - `document_number` with `document_type` (P passport, I/ID identity card, or free text) and
 *   `document_country` (issuing country, as for nationality; required with a number).
 * - `category`: free text (terrorism, organised crime, …); `severity`: low, medium, high or
 *   critical (empty: none given).
 * - `aliases`: other names separated by `;` (or `|`), each "Given Surname" or "SURNAME, Given".
 * - A file saved by a spreadsheet with `;` or tab between cells is read the same way (the
 *   separator is taken from the header line); text that is not UTF-8 is read as Windows-1252.
 * A row with an error is skipped and reported with its row number (the header is row 1, as in a
 * spreadsheet) and what is wrong; the other rows are imported.
 */

export const NATIONAL_LIST_COLUMNS = [
  'id',
  'surname',
  'given_names',
  'full_name',
  'date_of_birth',
  'nationality',
  'gender',
  'document_number',
  'document_type',
  'document_country',
  'category',
  'severity',
  'aliases',
] as const;

const GENDERS: Record<string, 'M' | 'F' | undefined> = {
  m: 'M',
  male: 'M',
  f: 'F',
  female: 'F',
  u: undefined,
  x: undefined,
  '': undefined,
};

function primaryName(values: Record<string, string>): EntryName | undefined {
  const surname = values.surname ?? '';
  const given = (values.given_names ?? '').split(/\s+/).filter((part) => part !== '');
  const full = values.full_name || [...given, surname].filter((part) => part !== '').join(' ');
  if (full === '') return undefined;
  const name: EntryName = { full, quality: 'primary' };
  if (hasNonLatinLetters(full)) name.originalScript = true;
  if (surname) name.family = surname;
  if (given.length > 0) name.given = given;
  return name;
}

function birthDate(text: string, today: string): BirthDate | string | undefined {
  if (text === '') return undefined;
  const date = parseIsoBirthDate(text);
  if (!date) return `date_of_birth '${text}' is not YYYY-MM-DD or YYYY`;
  // Both forms compare as text against the same-length prefix of today's date.
  if (text > today.slice(0, text.length)) return `date_of_birth '${text}' is in the future`;
  return date;
}

/** The entry for one row, or what is wrong with it. */
function readRow(values: Record<string, string>, today: string): WatchlistEntry | string {
  const id = values.id;
  if (!id) return 'id is empty';
  const primary = primaryName(values);
  if (!primary) return 'no name: surname, given_names and full_name are all empty';
  const entry: WatchlistEntry = {
    id: `csv:${id}`,
    list: 'csv',
    sourceId: id,
    kind: 'individual',
    names: [primary],
    datesOfBirth: [],
    nationalities: [],
    documents: [],
    programmes: [],
  };
  const date = birthDate(values.date_of_birth ?? '', today);
  if (typeof date === 'string') return date;
  if (date) entry.datesOfBirth.push(date);
  for (const text of (values.nationality ?? '').split(';').map((part) => part.trim())) {
    if (text === '') continue;
    const code = countryToAlpha3(text);
    if (!code) return `nationality '${text}' is not a country code or name`;
    addUnique(entry.nationalities, code);
  }
  const genderText = (values.gender ?? '').toLowerCase();
  if (!(genderText in GENDERS)) return `gender '${values.gender}' is not M, F, U or empty`;
  const gender = GENDERS[genderText];
  if (gender) entry.gender = gender;
  const number = values.document_number ?? '';
  const countryText = values.document_country ?? '';
  if (number !== '') {
    if (!/[A-Za-z0-9]/.test(number)) return `document_number '${number}' has no letters or digits`;
    const document: EntryDocument = { number };
    if (values.document_type) document.type = values.document_type;
    if (countryText === '') return `document_country is empty for document ${number}`;
    const country = countryToAlpha3(countryText);
    if (!country) return `document_country '${countryText}' is not a country code or name`;
    document.issuingCountry = country;
    entry.documents.push(document);
  } else if (countryText !== '' || values.document_type) {
    return 'document_type or document_country given without a document_number';
  }
  if (values.category) entry.category = values.category;
  const severity = (values.severity ?? '').toLowerCase();
  if (severity !== '') {
    if (!isSeverity(severity)) {
      return `severity '${values.severity}' is not one of ${SEVERITIES.join(', ')}`;
    }
    entry.severity = severity;
  }
  const aliases = (values.aliases ?? '').split('|').flatMap((field) => splitNameField(field));
  for (const alias of aliases) {
    const name: EntryName = { full: alias.text, quality: 'good' };
    if (alias.originalScript) name.originalScript = true;
    const parts = alias.originalScript ? undefined : invertedName(alias.text);
    if (parts) {
      name.family = parts.family;
      name.given = parts.given;
    }
    addEntryName(entry, name);
  }
  return entry;
}

/**
 * Imports a national list CSV (see the template above). `today` (YYYY-MM-DD) bounds dates of
 * birth; it defaults to the current UTC date.
 */
export function loadNationalList(
  path: string,
  today = new Date().toISOString().slice(0, 10),
): WatchlistVersion {
  const { records, skipped } = readCsvTable(path, 'national list', NATIONAL_LIST_COLUMNS, ['id']);
  const { entries, problems } = collectEntries(records, skipped, (values) =>
    readRow(values, today),
  );
  return buildVersion('csv', path, entries, problems);
}
