import { readFileSync } from 'node:fs';

import { parse } from 'csv-parse/sync';

import { WatchlistError } from './watchlist-error';

/** Trailing white space and OFAC's DOS end-of-file byte (0x1A) on a line of its own. */
function isTrailingJunk(code: number): boolean {
  return code === 0x1a || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function parseRows(input: Buffer, label: string): string[][] {
  let end = input.length;
  while (end > 0 && isTrailingJunk(input[end - 1])) end -= 1;
  try {
    // A Buffer, not a string: csv-parse works on bytes, so this spares a decode and re-encode.
    return parse(input.subarray(0, end), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new WatchlistError(`${label}: malformed CSV: ${message}`);
  }
}

/**
 * Reads CSV text into rows of strings with csv-parse (RFC 4180 quoting, CRLF or LF, a UTF-8
 * byte-order mark dropped). Rows may have different lengths: the importers check the column
 * count themselves so one short row is skipped with a reason instead of failing the file.
 * Quoting that cannot be read (an unclosed quote, a quote inside an unquoted field) is a
 * WatchlistError naming the file and line.
 */
export function readCsvText(text: string, label: string): string[][] {
  return parseRows(Buffer.from(text, 'utf8'), label);
}

/** Reads and parses a CSV file; a file that cannot be read is a WatchlistError. */
export function readCsvFile(path: string, label = path): string[][] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new WatchlistError(
      `${label}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return parseRows(bytes, label);
}
