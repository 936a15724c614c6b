import PDFDocument from 'pdfkit';
import { footerOnEveryPage } from '../../piu/hits/pdf/page-footer';
import type { PdfFonts } from '../../piu/hits/pdf/pdf-fonts';
import type { TextRun } from './document-blocks';
import type { PrintedDocument } from './printed-document';

const MARGIN = 56;
const SIZES = { title: 18, heading: [14, 12.5, 11.5, 11, 10.5, 10.5], body: 10.5 } as const;

/**
 * The document as a PDF (PDFKit, Debian's DejaVu fonts through PdfFonts, so any script a State
 * writes in is drawn or, failing a font, transliterated): sections with their headings,
 * paragraphs and list items, and on every page a footer with the State's name, the version, the
 * status and the page number. Resolves with the bytes.
 */
export function writeDocumentPdf(printed: PrintedDocument, fonts: PdfFonts): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: printed.language,
    info: { Title: printed.title, Subject: printed.footer },
  });
  for (const font of fonts.fonts) doc.registerFont(font.name, font.data, font.face);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  /** Writes runs as one paragraph, each run in the fonts that draw it. */
  const write = (
    runs: TextRun[],
    size: number,
    options: { bold?: boolean; indent?: number } = {},
  ) => {
    const pieces = runs.flatMap((run) =>
      fonts
        .segments(run.text === '' ? ' ' : run.text, options.bold || run.bold)
        .map((segment) => segment),
    );
    if (pieces.length === 0) pieces.push(...fonts.segments(' '));
    pieces.forEach((segment, index) => {
      doc.font(segment.font).fontSize(size);
      doc.text(segment.text, {
        continued: index < pieces.length - 1,
        indent: index === 0 ? (options.indent ?? 0) : 0,
      });
    });
  };

  write([{ text: printed.title }], SIZES.title, { bold: true });
  doc.moveDown(0.2);
  write([{ text: printed.preamble }], 9);
  for (const section of printed.sections) {
    doc.moveDown(0.9);
    write([{ text: section.title }], SIZES.heading[0], { bold: true });
    doc.moveDown(0.3);
    if (section.problem) write([{ text: section.problem, italic: true }], SIZES.body);
    for (const block of section.blocks) {
      if (block.kind === 'heading')
        write(block.runs, SIZES.heading[Math.min(block.level, 5)], { bold: true });
      else if (block.kind === 'item')
        write([{ text: block.marker ? `${block.marker} ` : '' }, ...block.runs], SIZES.body, {
          indent: 14 * block.depth,
        });
      else write(block.runs, SIZES.body);
      doc.moveDown(0.35);
    }
  }
  footerOnEveryPage(doc, fonts, printed.footer, MARGIN);
  doc.end();
  return done;
}
