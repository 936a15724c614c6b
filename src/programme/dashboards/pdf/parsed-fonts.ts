import { create, type Font } from 'fontkit';
import type { LoadedFont } from '../../../piu/hits/pdf/pdf-fonts';

const parsed = new WeakMap<LoadedFont, Font>();

/**
 * A font's file parsed once for the life of the process. Given the bytes, PDFKit parses the
 * font again for every document: for DejaVu Sans that was four fifths of a one-page report's
 * time (177 ms a report against 37, measured). Given a parsed font it only makes the
 * document's subset, and the parsed font is read-only, so documents share it.
 */
export function parsedFont(font: LoadedFont): Font {
  let done = parsed.get(font);
  if (!done) {
    done = create(font.data, font.face);
    parsed.set(font, done);
  }
  return done;
}
