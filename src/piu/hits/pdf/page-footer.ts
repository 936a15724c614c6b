import type { PdfFonts } from './pdf-fonts';

/**
 * Writes `footer` and the page number ("· 2/5") at the foot of every buffered page, in the
 * fonts that can draw it, inside the bottom margin (which is lifted while writing so PDFKit
 * does not start a new page). Call before `doc.end()`.
 */
export function footerOnEveryPage(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  footer: string,
  margin: number,
): void {
  const pages = doc.bufferedPageRange();
  for (let page = pages.start; page < pages.start + pages.count; page++) {
    doc.switchToPage(page);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin / 2 - 10;
    const segments = fonts.segments(`${footer} · ${page + 1}/${pages.count}`);
    segments.forEach((segment, i) => {
      doc.font(segment.font).fontSize(8);
      const options = { continued: i < segments.length - 1, lineBreak: false };
      if (i === 0) doc.text(segment.text, margin, y, options);
      else doc.text(segment.text, options);
    });
    doc.page.margins.bottom = bottom;
  }
}
