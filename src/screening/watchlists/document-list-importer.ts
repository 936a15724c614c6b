import { isSeverity, SEVERITIES } from '../severity';
import { countryToAlpha3 } from './country-code';
import { collectEntries, readCsvTable } from './csv-table';
import type { EntryDocument, WatchlistEntry, WatchlistVersion } from './watchlist-entry';
import { buildVersion, isCalendarDate } from './watchlist-version';

/**
 * Lost/stolen travel document list (`documents:FILE`), one document per row:
 *
 * ```
 * id,document_number,document_type,issuing_country,reported_on
 * SLTD-0001,X1234567,P,FRA,2025-11-02
 * ```
 * - `id` unique in the file (entry id `documents:` + id); `document_number` as printed (spaces
 *   and fillers are normalised by the matcher, not here); `issuing_country` ISO 3166 alpha-3,
 *   alpha-2 or English name, required (a document number is only decisive with its country);
 *   `document_type` P, I, ID, … or empty; `reported_on` YYYY-MM-DD or empty.
 * - Optional columns: `status` (lost, stolen, revoked, invalidated, …; default "lost or
 *   stolen") becomes the entry's category, and `severity` (low, medium, high, critical).
 * Entries are of kind `document`, with no names. Rows with errors are skipped with their row
 * number (header = row 1) and the reason; the rest are imported.
 */

export const DOCUMENT_LIST_COLUMNS = [
  'id',
  'document_number',
  'document_type',
  'issuing_country',
  'reported_on',
  'status',
  'severity',
] as const;

function readRow(values: Record<string, string>): WatchlistEntry | string {
  const id = values.id;
  if (!id) return 'id is empty';
  const number = values.document_number;
  if (!number) return 'document_number is empty';
  if (!/[A-Za-z0-9]/.test(number)) return `document_number '${number}' has no letters or digits`;
  const countryText = values.issuing_country ?? '';
  if (countryText === '') return 'issuing_country is empty';
  const issuingCountry = countryToAlpha3(countryText);
  if (!issuingCountry) return `issuing_country '${countryText}' is not a country code or name`;
  const reportedOn = values.reported_on ?? '';
  if (reportedOn !== '' && !isCalendarDate(reportedOn)) {
    return `reported_on '${reportedOn}' is not a YYYY-MM-DD date`;
  }
  const severity = (values.severity ?? '').toLowerCase();
  if (severity !== '' && !isSeverity(severity)) {
    return `severity '${values.severity}' is not one of ${SEVERITIES.join(', ')}`;
  }
  const document: EntryDocument = { number, issuingCountry };
  if (values.document_type) document.type = values.document_type;
  const entry: WatchlistEntry = {
    id: `documents:${id}`,
    list: 'documents',
    sourceId: id,
    kind: 'document',
    names: [],
    datesOfBirth: [],
    nationalities: [],
    documents: [document],
    programmes: [],
    category: values.status || 'lost or stolen',
  };
  if (isSeverity(severity)) entry.severity = severity;
  if (reportedOn !== '') entry.listedOn = reportedOn;
  return entry;
}

/** Imports a lost/stolen travel document list CSV (see the format above). */
export function loadDocumentList(path: string): WatchlistVersion {
  const { records, skipped } = readCsvTable(path, 'document list', DOCUMENT_LIST_COLUMNS, [
    'id',
    'document_number',
    'issuing_country',
  ]);
  const { entries, problems } = collectEntries(records, skipped, readRow);
  return buildVersion('documents', path, entries, problems);
}
