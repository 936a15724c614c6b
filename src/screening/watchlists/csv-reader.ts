import { isUtf8 } from 'node:buffer';

import { parse } from 'csv-parse/sync';

import { readInputFile } from '../file-access';
import { WatchlistError } from './watchlist-error';

/** Trailing white space and OFAC's DOS end-of-file byte (0x1A) on a line of its own. */
function isTrailingJunk(code: number): boolean {
  return code === 0x1a || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

export interface CsvReadOptions {
  /**
   * Choose `,`, `;` or tab from the header line (files with a header row only): spreadsheet
   * programs in many locales save "CSV" with semicolons.
   */
  detectDelimiter?: boolean;
}

/** The separator used most in the first line: `,` (default), `;` or tab. */
function headerDelimiter(input: Buffer): string {
  const newline = input.indexOf(0x0a);
  const line = input.subarray(0, newline === -1 ? Math.min(input.length, 4096) : newline);
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: line.reduce((sum, byte) => sum + (byte === delimiter.charCodeAt(0) ? 1 : 0), 0),
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0].count > 0 ? counts[0].delimiter : ',';
}

/**
 * Text that is not valid UTF-8 is read as Windows-1252, the code page a spreadsheet program on
 * Windows writes "CSV" in: "M\xfcller" becomes "Müller" instead of a replacement character.
 */
function asUtf8(input: Buffer): Buffer {
  return isUtf8(input) ? input : Buffer.from(new TextDecoder('windows-1252').decode(input), 'utf8');
}

function parseRows(bytes: Buffer, label: string, options: CsvReadOptions = {}): string[][] {
  const input = asUtf8(bytes);
  let end = input.length;
  while (end > 0 && isTrailingJunk(input[end - 1])) end -= 1;
  try {
    // A Buffer, not a string: csv-parse works on bytes, so this spares a decode and re-encode.
    return parse(input.subarray(0, end), {
      bom: true,
      delimiter: options.detectDelimiter ? headerDelimiter(input) : ',',
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
export function readCsvText(text: string, label: string, options: CsvReadOptions = {}): string[][] {
  return parseRows(Buffer.from(text, 'utf8'), label, options);
}

/**
 * Reads and parses a CSV file (UTF-8, or Windows-1252 when the bytes are not UTF-8); a file
 * that cannot be read is a WatchlistError.
 */
export function readCsvFile(path: string, label = path, options: CsvReadOptions = {}): string[][] {
  return parseRows(
    readInputFile(path, label, (message) => new WatchlistError(message)),
    label,
    options,
  );
}
