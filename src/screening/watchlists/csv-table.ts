import { readCsvFile } from './csv-reader';
import type { SkippedRow } from './watchlist-entry';
import { WatchlistError } from './watchlist-error';

/** One data row by column name, with its row number as a spreadsheet shows it (header = 1). */
export interface CsvRecord {
  row: number;
  values: Record<string, string>;
}

/**
 * Reads a CSV file with a header row into records keyed by column name. Column names are
 * matched without regard to case, surrounding spaces or order. A header that lacks a required
 * column or names one the format does not know is an error for the whole file (a misspelt
 * column would otherwise lose its data silently); a row whose cell count differs from the
 * header's is skipped with its row number. Cells are trimmed. The separator (`,`, `;` or tab)
 * is taken from the header line, and text that is not UTF-8 is read as Windows-1252.
 */
export function readCsvTable(
  path: string,
  format: string,
  known: readonly string[],
  required: readonly string[],
): { records: CsvRecord[]; skipped: SkippedRow[] } {
  const [header, ...rows] = readCsvFile(path, path, { detectDelimiter: true });
  if (!header) throw new WatchlistError(`${path}: empty file, expected a ${format} header row`);
  const columns = header.map((name) => name.trim().toLowerCase());
  const unknown = columns.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new WatchlistError(
      `${path}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `'${n}'`).join(', ')} in the ${format} header (expected ${known.join(',')})`,
    );
  }
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    throw new WatchlistError(`${path}: the ${format} header has no ${missing.join(', ')} column`);
  }
  const records: CsvRecord[] = [];
  const skipped: SkippedRow[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== columns.length) {
      skipped.push({
        row,
        reason: `row ${row}: ${cells.length} cells, the header has ${columns.length}`,
      });
      return;
    }
    const values: Record<string, string> = {};
    columns.forEach((name, column) => (values[name] = cells[column].trim()));
    records.push({ row, values });
  });
  return { records, skipped };
}

/**
 * Turns records into entries with `readRow` (which returns the entry, or what is wrong with
 * the row), skipping rows with errors and repeated ids, each reported with its row number.
 */
export function collectEntries<Entry extends { sourceId: string }>(
  records: readonly CsvRecord[],
  skipped: readonly SkippedRow[],
  readRow: (values: Record<string, string>) => Entry | string,
): { entries: Entry[]; problems: SkippedRow[] } {
  const entries: Entry[] = [];
  const problems: SkippedRow[] = [...skipped];
  const seen = new Map<string, number>();
  for (const { row, values } of records) {
    const entry = readRow(values);
    if (typeof entry === 'string') {
      problems.push({ row, reason: `row ${row}: ${entry}` });
    } else if (seen.has(entry.sourceId)) {
      problems.push({
        row,
        reason: `row ${row}: duplicate id ${entry.sourceId} (first on row ${seen.get(entry.sourceId)})`,
      });
    } else {
      seen.set(entry.sourceId, row);
      entries.push(entry);
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { entries, problems };
}
