import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { actorFor } from '../src/common/actor/actor';
import { MarkdownRenderer } from '../src/common/markdown/markdown-renderer';
import { VisibilityColumns } from '../src/common/visibility/visibility-columns';
import { loadConfig } from '../src/config/load-config';
import { blocksOf } from '../src/documents/output/document-blocks';
import { writeDocumentDocx } from '../src/documents/output/document-docx';
import { writeDocumentHtml } from '../src/documents/output/document-html';
import { writeDocumentPdf } from '../src/documents/output/document-pdf';
import type { PrintedDocument } from '../src/documents/output/printed-document';
import { StateDocument } from '../src/documents/state-document.entity';
import { renderDocument } from '../src/documents/template/document-render';
import { LiquidSandbox } from '../src/documents/template/liquid-sandbox';
import type {
  TemplateContent,
  VariableDeclaration,
} from '../src/documents/template/template-content';
import { initialValues } from '../src/documents/template/variable-values';
import { TemplatesService } from '../src/documents/templates.service';
import { UpstreamService } from '../src/documents/upstream.service';
import { createApp } from '../src/main';
import { Organisation } from '../src/organisations/organisation.entity';
import { PdfFonts } from '../src/piu/hits/pdf/pdf-fonts';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';

/**
 * SOP documents: an SOP of 40 sections and 60 variables rendered to HTML, PDF and Word (time and
 * size each, median of runs), and one template change offered to 200 State documents (SQLite).
 * Prints figures; asserts nothing.
 */
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const line = (label: string, value: string) =>
  process.stdout.write(`${label.padEnd(52)} ${value}\n`);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function bigSop(): { content: TemplateContent; values: Record<string, string> } {
  const variables: VariableDeclaration[] = Array.from({ length: 60 }, (_, i) => ({
    name: `v${i}`,
    label: `Question ${i}`,
    type: i % 10 === 0 ? 'list' : i % 10 === 1 ? 'yes-no' : i % 10 === 2 ? 'number' : 'text',
    help: '',
    required: false,
    defaultValue: '',
    choices: [],
  }));
  const sections = Array.from({ length: 40 }, (_, i) => {
    const a = `v${(i * 3) % 60}`;
    const b = `v${(i * 3 + 1) % 60}`;
    const c = `v${(i * 3 + 2) % 60}`;
    return {
      key: `s${i + 1}`,
      title: `Step ${i + 1}: handling the alert`,
      condition: null,
      body: [
        `The **analyst on duty** reviews the alert with {{ ${a} }} and {{ state_name }}.`,
        '',
        `1. Compare the traveller with the list entry field by field ({{ ${c} }}).`,
        '2. Note where the fields agree and differ, and why.',
        `3. {% if ${b} %}Ask the duty supervisor before any referral.{% else %}Record the outcome.{% endif %}`,
        '',
        'Data protection: read only what the review needs; every read is logged, and records of cleared hits are depersonalised on time.',
      ].join('\n'),
    };
  });
  const values = initialValues(variables);
  for (const variable of variables)
    values[variable.name] =
      variable.type === 'list'
        ? 'National Police\nImmigration\nCustoms'
        : variable.type === 'yes-no'
          ? 'yes'
          : variable.type === 'number'
            ? '30'
            : `Answer ${variable.name}`;
  return { content: { sections, variables }, values };
}

async function renderFigures(): Promise<void> {
  const sandbox = new LiquidSandbox();
  const markdown = new MarkdownRenderer();
  const fonts = PdfFonts.load();
  const { content, values } = bigSop();
  const facts = { stateName: 'Kenya', stateCode: 'KEN', today: '2026-12-02' };
  const printedOf = async (): Promise<PrintedDocument> => {
    const sections = await renderDocument(sandbox, markdown, content, values, facts);
    return {
      title: 'SOP: handling a watchlist hit',
      language: 'en',
      preamble: 'Kenya · revision 1 · template version 1 · Active',
      sections: sections.map((s) => ({
        title: s.title,
        blocks: blocksOf(s.markdown),
        html: s.html,
        problem: null,
      })),
      footer: 'Kenya · revision 1 · Active',
    };
  };
  await writeDocumentPdf(await printedOf(), fonts); // warm-up: fonts, parsing caches, JIT
  const runs = 7;
  const html: number[] = [];
  const pdf: number[] = [];
  const docx: number[] = [];
  let sizes = { html: 0, pdf: 0, docx: 0 };
  for (let run = 0; run < runs; run++) {
    let start = process.hrtime.bigint();
    const printed = await printedOf();
    const htmlBytes = writeDocumentHtml(printed, 'ltr');
    html.push(ms(start));
    start = process.hrtime.bigint();
    const pdfBytes = await writeDocumentPdf(await printedOf(), fonts);
    pdf.push(ms(start));
    start = process.hrtime.bigint();
    const docxBytes = await writeDocumentDocx(await printedOf());
    docx.push(ms(start));
    sizes = { html: htmlBytes.length, pdf: pdfBytes.length, docx: docxBytes.length };
  }
  line(
    'SOP of 40 sections, 60 variables → HTML',
    `${median(html).toFixed(1)} ms, ${(sizes.html / 1024).toFixed(1)} KB`,
  );
  line(
    'SOP of 40 sections, 60 variables → PDF',
    `${median(pdf).toFixed(1)} ms, ${(sizes.pdf / 1024).toFixed(1)} KB (target < 1000 ms)`,
  );
  line(
    'SOP of 40 sections, 60 variables → Word (DOCX)',
    `${median(docx).toFixed(1)} ms, ${(sizes.docx / 1024).toFixed(1)} KB`,
  );
}

async function upstreamFigures(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-documents-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: `sqlite:${join(dataDir, 'db.sqlite')}`,
    LOG_LEVEL: 'silent',
  });
  const app = await createApp(config);
  await app.init();
  try {
    const dataSource = app.get(DataSource);
    const kenya = await dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const users = dataSource.getRepository(User);
    const saved = await users.save(
      users.create({
        email: 'bench-documents@example.org',
        name: 'Bench',
        role: 'staff',
        organisationId: kenya.id,
        passwordHash: 'x',
      }),
    );
    const staff = actorFor((await app.get(UsersService).findAuthenticated(saved.id))!);
    const templates = app.get(TemplatesService);
    const { content, values } = bigSop();
    const template = await templates.create(
      staff,
      { title: 'Bench SOP', kind: 'piu-sop', pillar: 'piu', language: 'en' },
      content,
    );
    const v1 = await templates.publish(staff, template.id);
    const states = await dataSource
      .getRepository(Organisation)
      .find({ where: { kind: 'state' }, take: 200 });
    const rows = Array.from({ length: 200 }, (_, i) => {
      const state = states[i % states.length];
      return dataSource.getRepository(StateDocument).create({
        stateId: state.id,
        visibility: VisibilityColumns.of('state', { stateId: state.id }),
        templateId: template.id,
        templateVersion: 1,
        title: v1.title,
        language: 'en',
        status: i % 2 ? 'active' : 'draft',
        content: v1.content,
        answers: JSON.stringify(values),
        familyId: null,
        revisionNumber: 1,
        previousId: null,
        createdById: saved.id,
      });
    });
    await dataSource.getRepository(StateDocument).save(rows, { chunk: 50 });
    const draft = await templates.template(template.id);
    const changed = {
      ...content,
      sections: content.sections.map((s, i) =>
        i === 7 ? { ...s, body: `${s.body}\n\nOut of hours, call the on-call analyst.` } : s,
      ),
    };
    await templates.writeDraft(draft, draft, changed);
    let start = process.hrtime.bigint();
    await templates.publish(staff, template.id, 'one section changed');
    const publish = ms(start);
    const documents = await dataSource
      .getRepository(StateDocument)
      .find({ where: { templateId: template.id } });
    const upstream = app.get(UpstreamService);
    start = process.hrtime.bigint();
    const offers = await upstream.offers(documents);
    const together = ms(start);
    start = process.hrtime.bigint();
    for (const document of documents) await upstream.offer(document);
    const oneByOne = ms(start);
    line('publish a version of a 40-section template', `${publish.toFixed(1)} ms`);
    line(
      `offer one change to ${documents.length} State documents (one call)`,
      `${together.toFixed(1)} ms, ${offers.size} offered`,
    );
    line(
      `offer one change to ${documents.length} documents, one page each`,
      `${oneByOne.toFixed(1)} ms (${(oneByOne / documents.length).toFixed(2)} ms a document)`,
    );
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await renderFigures();
  await upstreamFigures();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
});
