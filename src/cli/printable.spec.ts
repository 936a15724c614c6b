import { errorLine, printable } from './printable';

describe('printable', () => {
  it('escapes control, format and line-separator characters', () => {
    expect(printable('a\u0000b\u001b[31mc\u007fd\u0085e')).toBe('a\\x00b\\x1b[31mc\\x7fd\\x85e');
    expect(printable('x\ny\r\tz')).toBe('x\\ny\\r\\tz');
    expect(printable('evil\u202egnp.exe\u200b\u2028')).toBe(
      'evil\\u{202e}gnp.exe\\u{200b}\\u{2028}',
    );
  });

  it('keeps printable text, accents and other scripts as they are', () => {
    expect(printable('María Ñúñez, محمد, Иван: C:\\lists\\un.xml')).toBe(
      'María Ñúñez, محمد, Иван: C:\\lists\\un.xml',
    );
  });

  it('keeps the start and the end of a very long text', () => {
    const long = `start ${'x'.repeat(1000)} the end`;
    const shown = printable(long);
    expect(shown.length).toBeLessThanOrEqual(300);
    expect(shown.startsWith('start xxx')).toBe(true);
    expect(shown.endsWith('xxx the end')).toBe(true);
    expect(shown).toContain(' … ');
  });

  it('makes one error line', () => {
    expect(errorLine('bad\nthing')).toBe('error: bad\\nthing\n');
  });
});
