/**
 * Which characters a TrueType/OpenType font (or the first face of a collection) has glyphs
 * for, read from its `cmap` table: the PDF writer picks, for each run of a name, a font that
 * can draw it. Reads the two subtables fonts carry for Unicode: format 4 (the BMP) and format
 * 12 (all planes).
 */
export type FontCoverage = (codePoint: number) => boolean;

interface Table {
  offset: number;
  length: number;
}

function tables(font: Buffer): Map<string, Table> {
  let base = 0;
  if (font.toString('latin1', 0, 4) === 'ttcf') base = font.readUInt32BE(12);
  const count = font.readUInt16BE(base + 4);
  const found = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const record = base + 12 + i * 16;
    found.set(font.toString('latin1', record, record + 4), {
      offset: font.readUInt32BE(record + 8),
      length: font.readUInt32BE(record + 12),
    });
  }
  return found;
}

function format12(font: Buffer, at: number): FontCoverage {
  const groups = font.readUInt32BE(at + 12);
  const ranges: [number, number][] = [];
  for (let i = 0; i < groups; i++) {
    const group = at + 16 + i * 12;
    // A range mapped to glyph 0 maps to .notdef: not drawn.
    if (
      font.readUInt32BE(group + 8) === 0 &&
      font.readUInt32BE(group) === font.readUInt32BE(group + 4)
    )
      continue;
    ranges.push([font.readUInt32BE(group), font.readUInt32BE(group + 4)]);
  }
  return (codePoint) => ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

function format4(font: Buffer, at: number): FontCoverage {
  const segments = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return false;
    for (let i = 0; i < segments; i++) {
      if (codePoint > font.readUInt16BE(ends + i * 2)) continue;
      const start = font.readUInt16BE(starts + i * 2);
      if (codePoint < start) return false;
      const delta = font.readUInt16BE(deltas + i * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + i * 2);
      if (rangeOffset === 0) return ((codePoint + delta) & 0xffff) !== 0;
      const glyphAt = rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2;
      if (glyphAt + 2 > font.length) return false;
      const glyph = font.readUInt16BE(glyphAt);
      return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
    }
    return false;
  };
}

/** The characters the font draws; nothing when it has no Unicode cmap this reader knows. */
export function fontCoverage(font: Buffer): FontCoverage {
  const cmap = tables(font).get('cmap');
  if (!cmap) return () => false;
  const count = font.readUInt16BE(cmap.offset + 2);
  let best: { format: number; at: number } | null = null;
  for (let i = 0; i < count; i++) {
    const record = cmap.offset + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const at = cmap.offset + font.readUInt32BE(record + 4);
    const format = font.readUInt16BE(at);
    if (format === 12 && best?.format !== 12) best = { format, at };
    else if (format === 4 && !best) best = { format, at };
  }
  if (!best) return () => false;
  return best.format === 12 ? format12(font, best.at) : format4(font, best.at);
}
