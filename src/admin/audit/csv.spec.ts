import { csvCell, csvLine } from './csv';

describe('csv', () => {
  it('leaves plain cells alone and writes empty cells for null and undefined', () => {
    expect(csvLine(['login.succeeded', 42, null, undefined, true])).toBe(
      'login.succeeded,42,,,true\r\n',
    );
  });

  it('quotes cells with commas, quotes, CR or LF, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('{"from":"official","to":"staff"}')).toBe(
      '"{""from"":""official"",""to"":""staff""}"',
    );
  });

  it('turns cells that a spreadsheet would run as formulas into text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes dates as ISO 8601 in UTC', () => {
    expect(csvCell(new Date(Date.UTC(2026, 10, 23, 8, 5, 1, 7)))).toBe('2026-11-23T08:05:01.007Z');
  });
});
