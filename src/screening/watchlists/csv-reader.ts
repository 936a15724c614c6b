import { readFileSync } from 'node:fs';

import { parse } from 'csv-parse/sync';

import { WatchlistError } from './watchlist-error';

/**
 * Reads a whole CSV file into rows of strings with csv-parse (RFC 4180 quoting, CRLF or LF,
 * a UTF-8 byte-order mark dropped). Rows may have different lengths: the importers check the
 * column count themselves so one short row is skipped with a reason instead of failing the
 * file. Quoting that cannot be read (an unclosed quote, a quote inside an unquoted field) is a
 * WatchlistError naming the file and line.
 */
export function readCsvText(text: string, label: string): string[][] {
  // OFAC's legacy files end with a DOS end-of-file byte (0x1A) on a line of its own.
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x1a || /\s/.test(text[end - 1]))) end -= 1;
  const body = text.slice(0, end);
  try {
    return parse(body, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new WatchlistError(`${label}: malformed CSV: ${message}`);
  }
}

/** Reads and parses a CSV file; a file that cannot be read is a WatchlistError. */
export function readCsvFile(path: string, label = path): string[][] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new WatchlistError(
      `${label}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return readCsvText(text, label);
}
