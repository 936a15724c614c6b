import { DiagnosticCollector } from './diagnostic-collector';
import { EdifactSyntaxError } from './edifact-syntax-error';
import { describeSeparators } from './separators';
import { tokenize } from './tokenizer';

function run(text: string, strict = false) {
  const collector = new DiagnosticCollector(strict);
  const result = tokenize(text, collector);
  return { ...result, diagnostics: collector.diagnostics };
}

describe('tokenize', () => {
  it('uses the ISO 9735 defaults without UNA (no repetition separator in syntax 3)', () => {
    const { segments, separators, hasUna } = run(
      "UNB+UNOA:3+A+B+260101:1200+1'NAD+FL+++DOE:JOHN*X'",
    );
    expect(hasUna).toBe(false);
    expect(describeSeparators(separators)).toBe(":+.? '");
    expect(segments.map((s) => s.tag)).toEqual(['UNB', 'NAD']);
    expect(segments[1].elements).toEqual([['FL'], [''], [''], ['DOE', 'JOHN*X']]);
    expect(segments[1]).toMatchObject({ number: 2, offset: 29 });
  });

  it('takes * as the repetition separator by default in syntax 4', () => {
    const { segments, separators } = run("UNB+UNOA:4+APIS*C3K:ZZ+B'");
    expect(describeSeparators(separators)).toBe(":+.?*'");
    expect(segments[0].elements[1]).toEqual(['APIS']);
    expect(segments[0].repetitions?.[1]).toEqual([['APIS'], ['C3K', 'ZZ']]);
  });

  it('reads any separators from UNA', () => {
    const { segments, separators } = run(
      'UNA|^,!~$UNB^UNOC|3^X^Y$NAD^FL^^^SMITH|ANN$DTM^329|850101$',
    );
    expect(describeSeparators(separators)).toBe('|^,!~$');
    expect(segments.map((s) => s.elements)).toEqual([
      [['UNOC', '3'], ['X'], ['Y']],
      [['FL'], [''], [''], ['SMITH', 'ANN']],
      [['329', '850101']],
    ]);
  });

  it('unescapes the release character before any service character and itself', () => {
    const { segments } = run("UNA:+.? 'FTX+AAI+++O?'BRIEN?: 1?+1 ?? DONE'");
    expect(segments[0].elements[3]).toEqual(["O'BRIEN: 1+1 ? DONE"]);
  });

  it('honours a release character other than ?', () => {
    const { segments } = run("UNA:+.\\*'LTS+14\\:30 \\*1A\\* END'");
    expect(segments[0].elements).toEqual([['14:30 *1A* END']]);
  });

  it('skips CR/LF, spaces and tabs between segments and drops line breaks inside one', () => {
    const { segments, diagnostics } = run("  UNB+UNOA:4+A+B'\r\n\t NAD+FL+++SMI\r\nTH:ANN'\n\n");
    expect(segments.map((s) => s.tag)).toEqual(['UNB', 'NAD']);
    expect(segments[1].elements[3]).toEqual(['SMITH', 'ANN']);
    expect(diagnostics).toEqual([]);
  });

  it('reads UTF-8 text (UNOY) as given', () => {
    const { segments } = run("UNB+UNOY:4+A+B'NAD+FL+++ИВАНОВ:ИВАН'NAD+FL+++王:小明'");
    expect(segments[1].elements[3]).toEqual(['ИВАНОВ', 'ИВАН']);
    expect(segments[2].elements[3]).toEqual(['王', '小明']);
  });

  it('reports stray terminators, a missing final terminator and a bad tag', () => {
    const { segments, diagnostics } = run("UNB+UNOA:4+A+B''nad+X'UNZ+1");
    expect(segments.map((s) => s.tag)).toEqual(['UNB', 'NAD', 'UNZ']);
    expect(diagnostics.map((d) => [d.code, d.segmentNumber, d.offset])).toEqual([
      ['stray-terminator', 2, 15],
      ['bad-tag', 2, 16],
      ['missing-terminator', 3, 22],
    ]);
  });

  it('takes a curly apostrophe at a line end for a terminator, but not inside a name', () => {
    const { segments, diagnostics } = run("UNB+IATA:1+A+B'NAD+FL+++O’BRIEN’\nDTM+329:800101'");
    expect(segments.map((s) => s.tag)).toEqual(['UNB', 'NAD', 'DTM']);
    expect(segments[1].elements[3]).toEqual(['O’BRIEN']);
    expect(diagnostics.map((d) => [d.code, d.segmentTag])).toEqual([['odd-terminator', 'NAD']]);
  });

  it('falls back to the default terminator when UNA names one that never occurs', () => {
    const { segments, diagnostics } = run("UNA:+.\\*’UNB+IATA:1+A+B'UNH+1+PNRGOV:11:1:IA'");
    expect(segments.map((s) => s.tag)).toEqual(['UNB', 'UNH']);
    expect(diagnostics[0]).toMatchObject({ code: 'bad-una', segmentTag: 'UNA' });
  });

  it('reports data after UNZ once and stops', () => {
    const { segments, diagnostics } = run("UNB+UNOA:4+A+B+1+1'UNZ+0+1'\n13Nov09\nmore'");
    expect(segments.map((s) => s.tag)).toEqual(['UNB', 'UNZ']);
    expect(diagnostics.map((d) => d.code)).toEqual(['trailing-data']);
  });

  it('masks card numbers in every value it emits, except ticket numbers in TKT', () => {
    const { segments } = run(
      "IFT+4:28+PAID WITH 4111111111111111 TODAY'FOP+CC:::VI:5500-0000-0000-0004:1228'TKT+4111111111111111:T'",
    );
    expect(segments[0].elements[1]).toEqual(['PAID WITH XXXXXXXXXXXX1111 TODAY']);
    expect(segments[1].elements[0][4]).toBe('XXXX-XXXX-XXXX-0004');
    expect(segments[2].elements[0][0]).toBe('4111111111111111');
  });

  it('throws a typed error at the first violation in strict mode', () => {
    expect(() => run("UNB+UNOA:4+A+B''", true)).toThrow(EdifactSyntaxError);
    try {
      run("UNB+UNOA:4+A+B''", true);
    } catch (error) {
      expect((error as EdifactSyntaxError).diagnostic).toMatchObject({
        severity: 'error',
        code: 'stray-terminator',
        offset: 15,
      });
    }
  });
});
