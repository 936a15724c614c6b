import { parseCsv } from './query-csv';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM and empty fields', () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""",\n\n1,,"multi\nline"\n';
    expect(parseCsv(text, 'test')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', ''],
      ['1', '', 'multi\nline'],
    ]);
  });

  it('reads a last record without a line end', () => {
    expect(parseCsv('a,b\n1,2', 'test')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('names the line of unreadable quoting', () => {
    expect(() => parseCsv('a\n"open\n', 'input q.csv')).toThrow(
      'input q.csv: malformed CSV: unclosed quote on line 2',
    );
    expect(() => parseCsv('a\nb"c\n', 'q')).toThrow('quote inside an unquoted field on line 2');
    expect(() => parseCsv('a\n"b"c\n', 'q')).toThrow('text after a closing quote on line 2');
  });
});
