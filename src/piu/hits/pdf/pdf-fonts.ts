import { existsSync, readFileSync } from 'node:fs';
import anyAscii from 'any-ascii';
import { fontCoverage, type FontCoverage } from './font-coverage';

/**
 * The fonts a PDF export draws names with. PDFKit's built-in fonts are Latin-1 only, and a
 * lawful request's record must show a name as the passport or the list writes it: in Arabic,
 * Cyrillic, Greek, Hebrew, Chinese, Japanese or Korean. Debian's DejaVu Sans (fonts-dejavu-core)
 * draws Latin, Greek, Cyrillic, Arabic and Hebrew; WenQuanYi Micro Hei (fonts-wqy-microhei)
 * draws Chinese, Japanese kana and Korean Hangul. Each run of text goes to the first font that
 * has its glyphs; what no font draws is written transliterated (any-ascii), and the writer says
 * so beside it. Without any of these files the export still works, transliterating everything
 * beyond Latin-1.
 */
export interface PdfFontFile {
  file: string;
  /** The face's PostScript name, for a collection (.ttc). */
  face?: string;
}

export interface PdfFontFiles {
  regular: readonly PdfFontFile[];
  bold: readonly PdfFontFile[];
}

const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const WQY: PdfFontFile = {
  file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  face: 'WenQuanYiMicroHei',
};

/** Debian's packages: fonts-dejavu-core, fonts-wqy-microhei. */
export const DEBIAN_FONT_FILES: PdfFontFiles = {
  regular: [{ file: `${DEJAVU}/DejaVuSans.ttf` }, WQY],
  bold: [{ file: `${DEJAVU}/DejaVuSans-Bold.ttf` }, { file: `${DEJAVU}/DejaVuSans.ttf` }, WQY],
};

/** A font the document registers (by `name`) before writing. */
export interface LoadedFont {
  name: string;
  data: Buffer;
  face?: string;
  covers: FontCoverage;
}

/** A piece of text in one font, ready for `doc.font(font).text(text, { continued })`. */
export interface TextSegment {
  text: string;
  /** A registered font's name, or a PDF standard font. */
  font: string;
  /** No font had these characters: `text` is their transliteration. */
  transliterated: boolean;
}

/** PDF standard fonts: WinAnsi (Latin-1) only. */
const STANDARD = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/**
 * Puts the words of a right-to-left run in the order they are drawn from left to right: PDFKit
 * lays words out left to right and shapes (and mirrors) the letters inside each word, so
 * `محمد عبد الله` reads right when its words are given as `الله عبد محمد`.
 */
export function visualOrder(text: string): string[] {
  const tokens = text.split(/(\s+)/).filter((token) => token !== '');
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    if (!RIGHT_TO_LEFT.test(tokens[i])) {
      out.push(tokens[i++]);
      continue;
    }
    let end = i;
    // A run: right-to-left words and the spaces between them.
    while (
      end + 2 < tokens.length &&
      /^\s+$/.test(tokens[end + 1]) &&
      RIGHT_TO_LEFT.test(tokens[end + 2])
    )
      end += 2;
    out.push(...tokens.slice(i, end + 1).reverse());
    i = end + 1;
  }
  return out;
}

export class PdfFonts {
  private constructor(
    readonly fonts: readonly LoadedFont[],
    private readonly regular: readonly LoadedFont[],
    private readonly bold: readonly LoadedFont[],
  ) {}

  /** The files that exist, read once. */
  static load(files: PdfFontFiles = DEBIAN_FONT_FILES): PdfFonts {
    const byFile = new Map<string, LoadedFont>();
    const chain = (list: readonly PdfFontFile[]) =>
      list.flatMap((entry) => {
        const key = `${entry.file}#${entry.face ?? ''}`;
        let font = byFile.get(key);
        if (!font) {
          if (!existsSync(entry.file)) return [];
          const data = readFileSync(entry.file);
          font = { name: `font${byFile.size}`, data, face: entry.face, covers: fontCoverage(data) };
          byFile.set(key, font);
        }
        return [font];
      });
    const regular = chain(files.regular);
    const bold = chain(files.bold);
    return new PdfFonts([...byFile.values()], regular, bold);
  }

  /** Whether every character of `text` has a font (nothing would be transliterated). */
  draws(text: string): boolean {
    return this.segments(text).every((segment) => !segment.transliterated);
  }

  /** `text` cut into runs by the font that draws them, right-to-left words in drawing order. */
  segments(text: string, bold = false): TextSegment[] {
    const chain = bold ? this.bold : this.regular;
    const fallback = chain[0]?.name ?? (bold ? STANDARD.bold : STANDARD.regular);
    const fontOf = (codePoint: number): string | null => {
      for (const font of chain) if (font.covers(codePoint)) return font.name;
      if (chain.length === 0 && codePoint <= 0xff) return fallback;
      return null;
    };
    const segments: TextSegment[] = [];
    const push = (piece: string, font: string | null, merge: boolean) => {
      const last = segments[segments.length - 1];
      const transliterated = font === null;
      const shown = transliterated ? anyAscii(piece) : piece;
      const name = font ?? fallback;
      if (merge && last && last.font === name && last.transliterated === transliterated)
        last.text += shown;
      else segments.push({ text: shown, font: name, transliterated });
    };
    // A right-to-left word is a segment of its own, without the spaces around it: the font
    // mirrors a segment's glyphs, and would move a trailing space to the word's left.
    let afterRightToLeft = false;
    for (const token of visualOrder(text)) {
      const rightToLeft = RIGHT_TO_LEFT.test(token);
      let merge = !rightToLeft && !afterRightToLeft;
      for (const char of token) {
        const last = segments[segments.length - 1];
        if (/\s/.test(char) && last && merge) last.text += char;
        else
          push(
            char,
            /\s/.test(char) ? (last?.font ?? fallback) : fontOf(char.codePointAt(0)!),
            merge,
          );
        merge = true;
      }
      afterRightToLeft = rightToLeft;
    }
    return segments;
  }
}
