import PDFDocument from 'pdfkit';
import type { PdfFonts } from '../piu/hits/pdf/pdf-fonts';

/** A certificate's text, already in the reader's language. */
export interface PrintedCertificate {
  readonly heading: string;
  readonly certifies: string;
  readonly holder: string;
  readonly organisation: string;
  readonly completed: string;
  readonly course: string;
  readonly version: string;
  readonly date: string;
  readonly issuer: string;
  readonly verify: string;
  readonly code: string;
  readonly title: string;
}

/**
 * One landscape A4 page: who completed which course (and its version), when, and the code that
 * proves it. Names are drawn in their own script through the same fonts as the PIU's exports
 * (Debian's DejaVu and WenQuanYi); the document is ended, to be streamed as it is.
 */
export function writeCertificatePdf(text: PrintedCertificate, fonts: PdfFonts): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    info: { Title: text.title, Subject: text.course, Keywords: text.code },
  });
  for (const font of fonts.fonts) doc.registerFont(font.name, font.data, font.face);
  const width = doc.page.width - 112;
  const line = (value: string, size: number, bold = false, gap = 0.6) => {
    const segments = fonts.segments(value, bold);
    segments.forEach((segment, index) => {
      doc.font(segment.font).fontSize(size);
      doc.text(segment.text, index === 0 ? 56 : undefined, undefined, {
        width,
        align: 'center',
        continued: index < segments.length - 1,
      });
    });
    doc.moveDown(gap);
  };
  doc
    .lineWidth(2)
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .stroke('#1f4e79');
  doc.y = 90;
  line(text.heading, 28, true, 1);
  line(text.certifies, 13);
  line(text.holder, 24, true, 0.3);
  line(text.organisation, 12, false, 1);
  line(text.completed, 13);
  line(text.course, 20, true, 0.3);
  line(text.version, 12, false, 1);
  line(text.date, 12, false, 1.5);
  line(text.issuer, 11, false, 1.5);
  line(text.verify, 10, false, 0.2);
  line(text.code, 14, true);
  doc.end();
  return doc;
}
