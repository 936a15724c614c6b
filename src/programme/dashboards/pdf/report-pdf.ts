import PDFDocument from 'pdfkit';
import type { PdfFonts } from '../../../piu/hits/pdf/pdf-fonts';
import type { WorldMapModel } from '../map/world-map';
import { parsedFont } from './parsed-fonts';

/**
 * A report for donors as a PDF, drawn on the server without a network: headings, paragraphs,
 * tables, progress bars, the world map (the same path data the page draws) and a timeline.
 * Every text is given already in the reader's language; each run goes to the first font that
 * draws it (PdfFonts: Debian's DejaVu Sans, then WenQuanYi for Chinese, Japanese and Korean).
 * Tables break across pages and repeat their header.
 */
export interface ReportInfo {
  title: string;
  author: string;
  subject: string;
}

export interface TableColumn {
  header: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'right';
}

export interface TimelineBar {
  label: string;
  /** Calendar dates, the end inclusive. */
  start: string;
  end: string;
  fill: string;
  /** Drawn with a red outline (overdue). */
  late: boolean;
}

const MARGIN = 48;
const INK = '#1b1f24';
const MUTED = '#555e68';
const LINE = '#d5dbe1';
const DAY_MS = 86_400_000;

export class ReportPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly left = MARGIN;
  private readonly width: number;

  constructor(
    private readonly fonts: PdfFonts,
    info: ReportInfo,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: { Title: info.title, Author: info.author, Subject: info.subject },
    });
    // PDFKit takes a parsed fontkit font too (its types say bytes only).
    for (const font of fonts.fonts)
      this.doc.registerFont(font.name, parsedFont(font) as unknown as Buffer, font.face);
    this.width = this.doc.page.width - 2 * MARGIN;
  }

  title(text: string): this {
    this.text(text, { size: 18, bold: true });
    this.doc.moveDown(0.3);
    return this;
  }

  heading(text: string): this {
    this.room(60);
    this.doc.moveDown(0.8);
    this.text(text, { size: 13, bold: true });
    this.doc.moveDown(0.3);
    return this;
  }

  paragraph(text: string, options: { size?: number; muted?: boolean } = {}): this {
    this.text(text, { size: options.size ?? 10, color: options.muted ? MUTED : INK });
    return this;
  }

  /** Rows of text cells; the header is repeated on each new page. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): this {
    const widths = columns.map((column) => column.width * this.width);
    const drawRow = (cells: readonly string[], bold: boolean) => {
      const heights = cells.map((cell, i) => {
        this.font(cell, bold, 9);
        return this.doc.heightOfString(cell || ' ', { width: widths[i] - 6 });
      });
      const height = Math.max(...heights) + 6;
      if (this.doc.y + height > this.bottom()) {
        this.doc.addPage();
        if (!bold)
          drawRow(
            columns.map((column) => column.header),
            true,
          );
      }
      const top = this.doc.y;
      let x = this.left;
      cells.forEach((cell, i) => {
        this.cell(cell, x + 3, top + 3, widths[i] - 6, bold, columns[i].align ?? 'left');
        x += widths[i];
      });
      this.doc
        .moveTo(this.left, top + height)
        .lineTo(this.left + this.width, top + height)
        .lineWidth(0.5)
        .strokeColor(LINE)
        .stroke();
      this.doc.x = this.left;
      this.doc.y = top + height;
    };
    this.room(40);
    drawRow(
      columns.map((column) => column.header),
      true,
    );
    for (const row of rows) drawRow(row, false);
    this.doc.moveDown(0.5);
    return this;
  }

  /** A labelled bar per row, filled to its share (0 to 1); `text` is written after the bar. */
  bars(rows: readonly { label: string; share: number | null; text: string }[]): this {
    const labelWidth = this.width * 0.3;
    const barWidth = this.width * 0.3;
    const textWidth = this.width - labelWidth - barWidth - 8;
    const heightOf = (text: string, width: number) => {
      this.font(text, false, 9);
      return this.doc.heightOfString(text || ' ', { width });
    };
    for (const row of rows) {
      const height =
        Math.max(12, heightOf(row.label, labelWidth - 8), heightOf(row.text, textWidth)) + 4;
      this.room(height);
      const top = this.doc.y;
      this.cell(row.label, this.left, top, labelWidth - 8, false, 'left');
      const x = this.left + labelWidth;
      this.doc
        .rect(x, top + 1, barWidth, 9)
        .fillColor('#eceef1')
        .fill();
      if (row.share !== null && row.share > 0)
        this.doc
          .rect(x, top + 1, barWidth * Math.min(1, row.share), 9)
          .fillColor('#21918c')
          .fill();
      this.cell(row.text, x + barWidth + 8, top, textWidth, false, 'left');
      this.doc.x = this.left;
      this.doc.y = top + height;
    }
    this.doc.moveDown(0.3);
    return this;
  }

  /** The world map, the page's width, from the page's own model; then its legend. */
  worldMap(map: WorldMapModel, legend: readonly { label: string; fill: string }[]): this {
    const scale = this.width / map.width;
    const height = map.height * scale;
    this.room(height + 40);
    const top = this.doc.y;
    const doc = this.doc;
    doc.save();
    // Rings across the antimeridian are drawn twice, past each edge: the clip cuts them there.
    doc.rect(this.left, top, this.width, height).clip();
    doc.translate(this.left, top).scale(scale);
    for (const d of map.otherLand) doc.path(d).fillColor('#e2e5e9').fill();
    for (const shape of map.shapes)
      doc.path(shape.d).lineWidth(0.4).fillColor(shape.fill).strokeColor('#ffffff').fillAndStroke();
    for (const dot of map.dots)
      doc
        .circle(dot.cx, dot.cy, 3)
        .lineWidth(0.5)
        .fillColor(dot.fill)
        .strokeColor(INK)
        .fillAndStroke();
    doc.restore();
    doc.x = this.left;
    doc.y = top + height + 6;
    let x = this.left;
    let y = doc.y;
    for (const entry of legend) {
      this.font(entry.label, false, 8);
      const width = doc.widthOfString(entry.label) + 22;
      if (x + width > this.left + this.width) {
        x = this.left;
        y += 14;
      }
      doc
        .rect(x, y + 1, 9, 9)
        .fillColor(entry.fill)
        .fill();
      this.cell(entry.label, x + 12, y, width, false, 'left', 8);
      x += width;
    }
    doc.x = this.left;
    doc.y = y + 16;
    return this;
  }

  /**
   * Bars between dates on one axis from the earliest start to the latest end, months marked,
   * and a line for today when it falls inside.
   */
  timeline(bars: readonly TimelineBar[], today: string, todayLabel: string): this {
    if (bars.length === 0) return this;
    const doc = this.doc;
    const labelWidth = this.width * 0.38;
    const chartLeft = this.left + labelWidth;
    const chartWidth = this.width - labelWidth;
    const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
    const from = Math.min(...bars.map((bar) => day(bar.start)));
    const to = Math.max(...bars.map((bar) => day(bar.end))) + DAY_MS;
    const xOf = (time: number) =>
      chartLeft + ((time - from) / Math.max(DAY_MS, to - from)) * chartWidth;
    const axis = () => {
      const top = doc.y;
      const first = new Date(from);
      for (
        let month = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
        month < to;
        month = Date.UTC(new Date(month).getUTCFullYear(), new Date(month).getUTCMonth() + 1, 1)
      ) {
        const x = xOf(month);
        doc
          .moveTo(x, top + 10)
          .lineTo(x, top + 14)
          .lineWidth(0.5)
          .strokeColor(MUTED)
          .stroke();
        const label = new Date(month).toISOString().slice(0, 7);
        if (new Date(month).getUTCMonth() % 3 === 0)
          this.cell(label, x + 1, top, 40, false, 'left', 6);
      }
      doc.y = top + 16;
    };
    this.room(60);
    axis();
    const chartTop = doc.y;
    for (const bar of bars) {
      if (doc.y + 14 > this.bottom()) {
        this.todayLine(xOf(day(today)), chartTop, doc.y, today, from, to, todayLabel);
        doc.addPage();
        axis();
      }
      const top = doc.y;
      this.cell(bar.label, this.left, top + 1, labelWidth - 6, false, 'left', 7);
      const x = xOf(day(bar.start));
      const width = Math.max(1.5, xOf(day(bar.end) + DAY_MS) - x);
      doc
        .rect(x, top + 2, width, 8)
        .fillColor(bar.fill)
        .fill();
      if (bar.late)
        doc
          .rect(x, top + 2, width, 8)
          .lineWidth(1)
          .strokeColor('#b00020')
          .stroke();
      doc.y = top + 13;
    }
    this.todayLine(xOf(day(today)), chartTop, doc.y, today, from, to, todayLabel);
    doc.x = this.left;
    doc.moveDown(0.5);
    return this;
  }

  /** Page numbers and a footer line on every page; the document is then ended. */
  end(footer: string): PDFKit.PDFDocument {
    const doc = this.doc;
    const pages = doc.bufferedPageRange();
    for (let page = pages.start; page < pages.start + pages.count; page++) {
      doc.switchToPage(page);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      this.cell(
        `${footer} · ${page + 1}/${pages.count}`,
        this.left,
        doc.page.height - MARGIN / 2 - 8,
        this.width,
        false,
        'left',
        7,
      );
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return doc;
  }

  private todayLine(
    x: number,
    top: number,
    bottom: number,
    today: string,
    from: number,
    to: number,
    label: string,
  ): void {
    const time = Date.parse(`${today}T00:00:00Z`);
    if (time < from || time > to) return;
    this.doc.moveTo(x, top).lineTo(x, bottom).lineWidth(1).strokeColor('#b00020').stroke();
    this.cell(label, x + 2, top - 9, 60, false, 'left', 6);
  }

  private bottom(): number {
    return this.doc.page.height - MARGIN;
  }

  /** Starts a new page unless `height` more fits on this one. */
  private room(height: number): void {
    if (this.doc.y + height > this.bottom()) this.doc.addPage();
  }

  private font(text: string, bold: boolean, size: number): void {
    const [first] = this.fonts.segments(text || ' ', bold);
    this.doc.font(first.font).fontSize(size);
  }

  /** Flowing text at the cursor, in runs of the fonts that draw it. */
  private text(text: string, options: { size: number; bold?: boolean; color?: string }): void {
    const segments = this.fonts.segments(text || ' ', options.bold);
    this.doc.fillColor(options.color ?? INK);
    segments.forEach((segment, i) => {
      this.doc.font(segment.font).fontSize(options.size);
      this.doc.text(segment.text, { continued: i < segments.length - 1, width: this.width });
    });
  }

  /** Text in a box at (x, y), in runs of the fonts that draw it; the cursor is left alone. */
  private cell(
    text: string,
    x: number,
    y: number,
    width: number,
    bold: boolean,
    align: 'left' | 'right',
    size = 9,
  ): void {
    const doc = this.doc;
    const [cursorX, cursorY] = [doc.x, doc.y];
    const segments = this.fonts.segments(text || ' ', bold);
    doc.fillColor(INK);
    segments.forEach((segment, i) => {
      doc.font(segment.font).fontSize(size);
      const options = { width, align, continued: i < segments.length - 1 };
      if (i === 0) doc.text(segment.text, x, y, options);
      else doc.text(segment.text, options);
    });
    doc.x = cursorX;
    doc.y = cursorY;
  }
}
