import { libraryIds } from './engagement-log.service';
import { csvField } from './pool-figures.service';

describe('libraryIds', () => {
  it('reads library links and numbers, each once', () => {
    expect(libraryIds('/library/12\nhttps://portal.example.org/library/14/, 12 7')).toEqual([
      12, 14, 7,
    ]);
    expect(libraryIds('')).toEqual([]);
  });

  it('refuses anything else', () => {
    expect(libraryIds('https://evil.example.org/x')).toBeNull();
    expect(libraryIds('/library/12/download')).toBeNull();
    expect(libraryIds('javascript:alert(1)')).toBeNull();
  });
});

describe('csvField', () => {
  it('quotes what needs it and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(1.5)).toBe('1.5');
  });
});
