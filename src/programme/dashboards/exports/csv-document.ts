import { csvLine, type CsvValue } from '../../../admin/audit/csv';

/**
 * A whole CSV file for a spreadsheet: a byte order mark first (Excel reads UTF-8 without one as
 * a legacy code page, and "Côte d'Ivoire" or "Türkiye" would come out garbled), then the header
 * and the rows, RFC 4180 with the formula guard of `csvLine` (a cell a spreadsheet would run,
 * one starting with = + - @, is written as text).
 */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): Buffer {
  return Buffer.from(`\uFEFF${csvLine(header)}${rows.map((row) => csvLine(row)).join('')}`, 'utf8');
}

/** A download's file name: what, the filter, and the day (`programme-states-africa-2026-12-02.csv`). */
export function exportFileName(
  parts: readonly (string | null | undefined)[],
  day: string,
  extension: string,
): string {
  const words = parts
    .filter((part): part is string => Boolean(part))
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean);
  return `${[...words, day].join('-')}.${extension}`;
}
