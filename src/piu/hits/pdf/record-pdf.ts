import PDFDocument from 'pdfkit';
import { footerOnEveryPage } from './page-footer';
import type { PdfFonts } from './pdf-fonts';

/**
 * A record for a lawful request as a PDF: a title, then sections of labelled values and plain
 * lines, every text already in the reader's language. Names are drawn in their own script
 * (PdfFonts); what no font on the server draws is transliterated and marked, with a closing
 * note saying so (the JSON export keeps the original).
 */
export interface PrintedSection {
  title: string;
  /** Label and value pairs; a value of several lines is a list. */
  rows?: [string, string | string[]][];
  lines?: string[];
}

export interface PrintedRecord {
  title: string;
  /** Under the title: who exported it, when, for which request and purpose. */
  preamble: string[];
  sections: PrintedSection[];
  /** Said at the end when something had to be transliterated. */
  transliterationNote: string;
  /** A short line in each page's foot (the request reference). */
  footer: string;
  /** The PDF's own metadata. */
  info: { title: string; author: string; subject: string; keywords: string };
}

const MARGIN = 56;
const TRANSLITERATED_MARK = ' *';

/** Writes the record; the document is ended, to be piped to the response as it is. */
export function writeRecordPdf(record: PrintedRecord, fonts: PdfFonts): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: record.info.title,
      Author: record.info.author,
      Subject: record.info.subject,
      Keywords: record.info.keywords,
    },
  });
  for (const font of fonts.fonts) doc.registerFont(font.name, font.data, font.face);
  let transliterated = false;

  /** Writes `text` in runs of the fonts that draw it; `end` closes the paragraph. */
  const write = (text: string, options: { bold?: boolean; size?: number; end?: boolean }) => {
    const segments = fonts.segments(text === '' ? ' ' : text, options.bold);
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1;
      doc.font(segment.font).fontSize(options.size ?? 10);
      const shown = segment.text + (segment.transliterated ? TRANSLITERATED_MARK : '');
      transliterated ||= segment.transliterated;
      doc.text(shown, { continued: !(last && options.end !== false) });
    });
  };

  write(record.title, { bold: true, size: 16 });
  doc.moveDown(0.3);
  for (const line of record.preamble) write(line, { size: 9 });
  for (const section of record.sections) {
    doc.moveDown(0.8);
    write(section.title, { bold: true, size: 12 });
    doc.moveDown(0.2);
    for (const [label, value] of section.rows ?? []) {
      const values = Array.isArray(value) ? value : [value];
      write(`${label}: `, { bold: true, end: false });
      write(values[0] ?? '—', {});
      for (const more of values.slice(1)) write(`    ${more}`, {});
    }
    for (const line of section.lines ?? []) write(line, {});
  }
  if (transliterated) {
    doc.moveDown(1);
    write(`${TRANSLITERATED_MARK.trim()} ${record.transliterationNote}`, { size: 8 });
  }
  footerOnEveryPage(doc, fonts, record.footer, MARGIN);
  doc.end();
  return doc;
}
