import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor/actor';
import { formatDate } from '../common/i18n/intl-format';
import { catalogueFor, translate } from '../common/i18n/translator';
import { MarkdownRenderer } from '../common/markdown/markdown-renderer';
import { PdfFonts } from '../piu/hits/pdf/pdf-fonts';
import { DocumentAccess, type DocumentState } from './document-access';
import { blocksOf } from './output/document-blocks';
import { writeDocumentDocx } from './output/document-docx';
import { writeDocumentHtml } from './output/document-html';
import { writeDocumentPdf } from './output/document-pdf';
import type { PrintedDocument } from './output/printed-document';
import type { StateDocument } from './state-document.entity';
import { answersOf } from './state-documents.service';
import { renderDocument, type RenderedSection } from './template/document-render';
import { LiquidSandbox } from './template/liquid-sandbox';
import { contentOf } from './template/template-content';

export const OUTPUT_FORMATS = ['pdf', 'docx', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const MEDIA_TYPES: Record<OutputFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

export interface DocumentFile {
  fileName: string;
  mediaType: string;
  body: Buffer;
}

/**
 * A State's document as the State sees it: rendered sections for the page, and the three
 * downloads (PDF, Word, HTML) made here on the server, labelled in the document's own language,
 * each page's footer naming the State, the revision and the status. Downloads are audited.
 */
@Injectable()
export class DocumentOutputService {
  private fonts: PdfFonts | null = null;

  constructor(
    private readonly access: DocumentAccess,
    private readonly sandbox: LiquidSandbox,
    private readonly markdown: MarkdownRenderer,
    private readonly audit: AuditService,
  ) {}

  async sections(
    document: StateDocument,
    state: { name: string; code: string },
  ): Promise<RenderedSection[]> {
    return renderDocument(
      this.sandbox,
      this.markdown,
      contentOf(document.content),
      answersOf(document),
      {
        stateName: state.name,
        stateCode: state.code,
        today: new Date().toISOString().slice(0, 10),
      },
    );
  }

  async printed(document: StateDocument, state: DocumentState): Promise<PrintedDocument> {
    const language = document.language;
    const t = (key: string, params?: Record<string, unknown>) => translate(language, key, params);
    const status = t(`documents.status.${document.status}`);
    const sections = await this.sections(document, state);
    return {
      title: document.title,
      language,
      preamble: t('documents.output.preamble', {
        state: state.name,
        revision: document.revisionNumber,
        version: document.templateVersion,
        status,
        date: formatDate(document.updatedAt, language, 'UTC', 'date'),
      }),
      sections: sections.map((section) => ({
        title: section.title,
        blocks: blocksOf(section.markdown),
        html: section.html,
        problem: section.problem ? t(section.problem.key, section.problem.params) : null,
      })),
      footer: t('documents.output.footer', {
        state: state.name,
        revision: document.revisionNumber,
        status,
      }),
    };
  }

  async file(
    document: StateDocument,
    state: DocumentState,
    format: OutputFormat,
  ): Promise<DocumentFile> {
    const printed = await this.printed(document, state);
    const body =
      format === 'pdf'
        ? await writeDocumentPdf(printed, (this.fonts ??= PdfFonts.load()))
        : format === 'docx'
          ? await writeDocumentDocx(printed)
          : writeDocumentHtml(printed, catalogueFor(document.language).direction);
    const base = `${state.code}-${document.title}`
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80);
    return {
      fileName: `${base}-r${document.revisionNumber}.${format}`,
      mediaType: MEDIA_TYPES[format],
      body,
    };
  }

  /** A download for an actor who may see the document (404 otherwise), audited. */
  async download(
    actor: Actor,
    code: string,
    id: string,
    format: OutputFormat,
  ): Promise<DocumentFile> {
    const { state, document } = await this.access.document(actor, code, id);
    const file = await this.file(document, state, format);
    await this.audit.record(actor, {
      action: 'documents.downloaded',
      targetType: 'state-document',
      targetId: String(document.id),
      details: { title: document.title, format, revision: document.revisionNumber },
    });
    return file;
  }
}
