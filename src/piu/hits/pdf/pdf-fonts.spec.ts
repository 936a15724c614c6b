import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fontCoverage } from './font-coverage';
import { PdfFonts, visualOrder } from './pdf-fonts';

/** A font file of one table, `cmap`, holding one subtable (platform 3, encoding 10). */
function fontWith(subtable: Buffer): Buffer {
  const cmap = Buffer.alloc(12);
  cmap.writeUInt16BE(0, 0);
  cmap.writeUInt16BE(1, 2);
  cmap.writeUInt16BE(3, 4);
  cmap.writeUInt16BE(10, 6);
  cmap.writeUInt32BE(12, 8);
  const header = Buffer.alloc(28);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(1, 4);
  header.write('cmap', 12, 'latin1');
  header.writeUInt32BE(28, 20);
  header.writeUInt32BE(cmap.length + subtable.length, 24);
  return Buffer.concat([header, cmap, subtable]);
}

/** Format 4: the given ranges mapped by delta to glyphs 1…, then the 0xFFFF terminator. */
function format4(ranges: [number, number][]): Buffer {
  const segments = [...ranges, [0xffff, 0xffff] as [number, number]];
  const count = segments.length;
  const table = Buffer.alloc(16 + count * 8);
  table.writeUInt16BE(4, 0);
  table.writeUInt16BE(table.length, 2);
  table.writeUInt16BE(count * 2, 6);
  let glyph = 1;
  segments.forEach(([start, end], i) => {
    table.writeUInt16BE(end, 14 + i * 2);
    table.writeUInt16BE(start, 16 + count * 2 + i * 2);
    const delta = i === count - 1 ? 1 : (glyph - start) & 0xffff;
    table.writeUInt16BE(delta, 16 + count * 4 + i * 2);
    glyph += end - start + 1;
  });
  return table;
}

/** Format 12: one group of code points mapped to glyphs from `glyph`. */
function format12(start: number, end: number, glyph: number): Buffer {
  const table = Buffer.alloc(28);
  table.writeUInt16BE(12, 0);
  table.writeUInt32BE(table.length, 4);
  table.writeUInt32BE(1, 12);
  table.writeUInt32BE(start, 16);
  table.writeUInt32BE(end, 20);
  table.writeUInt32BE(glyph, 24);
  return table;
}

describe('font coverage', () => {
  it('reads which characters a format 4 cmap draws', () => {
    const covers = fontCoverage(fontWith(format4([[0x41, 0x5a]])));
    expect(covers(0x41)).toBe(true);
    expect(covers(0x5a)).toBe(true);
    expect(covers(0x61)).toBe(false);
    expect(covers(0xffff)).toBe(false);
    expect(covers(0x1f600)).toBe(false);
  });

  it('reads a format 12 cmap, all planes', () => {
    const covers = fontCoverage(fontWith(format12(0x4e00, 0x9fff, 10)));
    expect(covers(0x738b)).toBe(true);
    expect(covers(0x41)).toBe(false);
  });
});

describe('PDF fonts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-fonts-'));
  const latin = join(dir, 'latin.ttf');
  const han = join(dir, 'han.ttf');
  writeFileSync(latin, fontWith(format4([[0x20, 0x7e]])));
  writeFileSync(han, fontWith(format12(0x4e00, 0x9fff, 5)));

  it('gives each run to the first font that draws it', () => {
    const fonts = PdfFonts.load({ regular: [{ file: latin }, { file: han }], bold: [] });
    expect(fonts.segments('WANG 王小明')).toEqual([
      { text: 'WANG ', font: 'font0', transliterated: false },
      { text: '王小明', font: 'font1', transliterated: false },
    ]);
    expect(fonts.draws('王')).toBe(true);
  });

  it('transliterates what no font draws, and says so', () => {
    const fonts = PdfFonts.load({ regular: [{ file: latin }], bold: [] });
    expect(fonts.segments('PETROV Пётр')).toEqual([
      { text: 'PETROV ', font: 'font0', transliterated: false },
      { text: 'Petr', font: 'font0', transliterated: true },
    ]);
    expect(fonts.draws('Пётр')).toBe(false);
  });

  it('falls back to the standard fonts (Latin-1) when no file is there', () => {
    const fonts = PdfFonts.load({ regular: [{ file: join(dir, 'missing.ttf') }], bold: [] });
    expect(fonts.fonts).toEqual([]);
    expect(fonts.segments('José Иван', true)).toEqual([
      { text: 'José ', font: 'Helvetica-Bold', transliterated: false },
      { text: 'Ivan', font: 'Helvetica-Bold', transliterated: true },
    ]);
  });

  it('orders right-to-left words as they are drawn, each word a segment of its own', () => {
    expect(visualOrder('محمد عبد الله (X)')).toEqual(['الله', ' ', 'عبد', ' ', 'محمد', ' ', '(X)']);
    const fonts = PdfFonts.load({ regular: [], bold: [] });
    expect(fonts.segments('A محمد عبد').map((segment) => segment.text)).toEqual([
      'A ',
      '`bd',
      ' ',
      'mhmd',
    ]);
  });
});
