import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun as DocxRun,
} from 'docx';
import type { TextRun } from './document-blocks';
import type { PrintedDocument } from './printed-document';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/** Word runs of text runs: a line break inside a paragraph is a break, not a new paragraph. */
function runsOf(runs: readonly TextRun[], extra: { bold?: boolean; italics?: boolean } = {}) {
  const out: DocxRun[] = [];
  for (const run of runs) {
    const lines = run.text.split('\n');
    lines.forEach((line, index) =>
      out.push(
        new DocxRun({
          text: line,
          break: index > 0 ? 1 : undefined,
          bold: run.bold || extra.bold,
          italics: run.italic || extra.italics,
          font: run.code ? 'DejaVu Sans Mono' : undefined,
        }),
      ),
    );
  }
  return out;
}

/**
 * The document as Word (docx): the title, the sections with their headings, paragraphs and
 * list items (indented by depth, markers written out so numbering reads the same as the PDF),
 * and a footer with the State's name, version, status and page number on every page.
 */
export async function writeDocumentDocx(printed: PrintedDocument): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runsOf([{ text: printed.title }]) }),
    new Paragraph({ children: runsOf([{ text: printed.preamble, italic: true }]) }),
  ];
  for (const section of printed.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: runsOf([{ text: section.title }]),
      }),
    );
    if (section.problem)
      children.push(new Paragraph({ children: runsOf([{ text: section.problem, italic: true }]) }));
    for (const block of section.blocks) {
      if (block.kind === 'heading')
        children.push(
          new Paragraph({
            heading: HEADINGS[Math.min(block.level, 5)],
            children: runsOf(block.runs),
          }),
        );
      else if (block.kind === 'item')
        children.push(
          new Paragraph({
            indent: { left: 360 * block.depth, hanging: 240 },
            children: runsOf([{ text: block.marker ? `${block.marker}\t` : '' }, ...block.runs]),
          }),
        );
      else children.push(new Paragraph({ children: runsOf(block.runs) }));
    }
  }
  const document = new Document({
    title: printed.title,
    description: printed.footer,
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.LEFT,
                children: [
                  new DocxRun({ text: `${printed.footer} · `, size: 16 }),
                  new DocxRun({ children: [PageNumber.CURRENT], size: 16 }),
                  new DocxRun({ text: '/', size: 16 }),
                  new DocxRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
