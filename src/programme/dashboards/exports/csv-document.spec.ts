import { parse } from 'csv-parse/sync';
import { csvDocument, exportFileName } from './csv-document';

describe('a CSV document for a spreadsheet', () => {
  it('starts with a byte order mark, then the header and rows, CRLF-terminated', () => {
    const text = csvDocument(
      ['Code', 'State'],
      [
        ['CIV', "Côte d'Ivoire"],
        ['TUR', 'Türkiye'],
      ],
    ).toString('utf8');
    expect(text).toBe("\uFEFFCode,State\r\nCIV,Côte d'Ivoire\r\nTUR,Türkiye\r\n");
  });

  it('writes cells a spreadsheet would run as formulas as text, and survives a round trip', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1:A9)', 'a, "b"\nc'];
    const buffer = csvDocument(['a', 'b', 'c', 'd', 'e'], [hostile]);
    const text = buffer.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain("'+1+1");
    expect(text).toContain("'-2+3");
    expect(text).toContain("'@SUM(A1:A9)");
    const [header, row]: string[][] = parse(buffer, { bom: true });
    expect(header).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(row).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1:A9)",
      'a, "b"\nc',
    ]);
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('names files by what, filter and day', () => {
    expect(exportFileName(['programme-states', 'Africa', undefined], '2026-12-02', 'csv')).toBe(
      'programme-states-africa-2026-12-02.csv',
    );
    expect(exportFileName(['roadmap', 'KEN'], '2026-12-02', 'pdf')).toBe(
      'roadmap-ken-2026-12-02.pdf',
    );
    expect(exportFileName(['x', 'Latin America & "the" Caribbean'], '2026-12-02', 'csv')).toBe(
      'x-latin-america-the-caribbean-2026-12-02.csv',
    );
  });
});
