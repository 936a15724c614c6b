/**
 * CSV as RFC 4180 writes it (CRLF line ends; a field with a comma, a double quote, CR or LF is
 * quoted and its quotes doubled), with a guard against formula injection: a spreadsheet runs a
 * cell that starts with `=`, `+`, `-` or `@` (or a tab or CR, which some treat the same way) as
 * a formula, so such a cell is prefixed with an apostrophe, which makes it plain text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | boolean | Date | null | undefined;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
