import { ScreeningError } from '../screening-error';

/**
 * RFC 4180 CSV for query files: fields separated by commas, optionally quoted with `"` (a
 * doubled quote inside stands for one), records ended by LF or CRLF; a byte-order mark and
 * empty lines are ignored. A single pass over the text, since `match` is given query files of
 * many thousands of rows and a general parser's per-field overhead shows there. Quoting that
 * cannot be read (an unclosed quote, a quote inside an unquoted field, text after a closing
 * quote) is an error naming the line (a ScreeningError `query-input`).
 */
export function parseCsv(raw: string, label: string): string[][] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const rows: string[][] = [];
  let row: string[] = [];
  let line = 1;
  let index = 0;
  const length = text.length;
  const fail = (reason: string): never => {
    throw new ScreeningError('query-input', `${label}: malformed CSV: ${reason} on line ${line}`);
  };
  const endRecord = () => {
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  while (index <= length) {
    if (index === length) {
      if (row.length > 0) endRecord();
      break;
    }
    if (text.charCodeAt(index) === 34) {
      // Quoted field.
      let value = '';
      let start = index + 1;
      const openedOn = line;
      for (;;) {
        const quote = text.indexOf('"', start);
        if (quote < 0) {
          line = openedOn;
          return fail('unclosed quote');
        }
        value += text.slice(start, quote);
        for (let position = start; position < quote; position += 1) {
          if (text.charCodeAt(position) === 10) line += 1;
        }
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          start = quote + 2;
          continue;
        }
        index = quote + 1;
        break;
      }
      row.push(value);
    } else {
      let end = index;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === 44 || code === 10 || code === 13) break;
        if (code === 34) fail('quote inside an unquoted field');
        end += 1;
      }
      row.push(text.slice(index, end));
      index = end;
    }
    const next = text.charCodeAt(index);
    if (index >= length) continue;
    if (next === 44) {
      index += 1;
      if (index === length) row.push('');
    } else if (next === 13 && text.charCodeAt(index + 1) === 10) {
      index += 2;
      line += 1;
      endRecord();
    } else if (next === 10 || next === 13) {
      index += 1;
      line += 1;
      endRecord();
    } else fail('text after a closing quote');
  }
  return rows;
}
