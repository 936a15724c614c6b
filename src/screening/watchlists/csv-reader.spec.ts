import { readCsvText } from './csv-reader';
import { WatchlistError } from './watchlist-error';

describe('CSV reader', () => {
  it('reads quoted cells, CRLF, a BOM and OFAC’s end-of-file byte', () => {
    expect(readCsvText('\uFEFFa,"b, c","d ""e"""\r\n1,2\r\n\u001a', 'x.csv')).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['1', '2'],
    ]);
  });

  it('takes the separator from the header line when asked', () => {
    expect(readCsvText('id;name\n1;"A;B"\n', 'x.csv', { detectDelimiter: true })).toEqual([
      ['id', 'name'],
      ['1', 'A;B'],
    ]);
    expect(readCsvText('id\tname\n1\tA,B\n', 'x.csv', { detectDelimiter: true })).toEqual([
      ['id', 'name'],
      ['1', 'A,B'],
    ]);
    expect(readCsvText('id;name\n', 'x.csv')).toEqual([['id;name']]);
  });

  it('turns unreadable quoting into a one-line WatchlistError', () => {
    expect(() => readCsvText('a,"b\nc', 'bad.csv')).toThrow(WatchlistError);
    expect(() => readCsvText('a,"b\nc', 'bad.csv')).toThrow(
      'bad.csv: malformed CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2',
    );
  });
});
