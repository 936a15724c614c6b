import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { actorFor } from '../src/common/actor/actor';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { DocumentTemplate } from '../src/documents/document-template.entity';
import { WATCHLIST_HIT_SOP } from '../src/documents/seed/watchlist-hit-sop';
import { StateDocument } from '../src/documents/state-document.entity';
import { StateDocumentDecision } from '../src/documents/state-document-decision.entity';
import { TemplatesService } from '../src/documents/templates.service';
import { extractText } from '../src/library/extraction/text-extractor';
import { Organisation } from '../src/organisations/organisation.entity';
import { RoadmapEditing } from '../src/programme/roadmaps/roadmap-editing.service';
import { RoadmapStepChange } from '../src/programme/roadmaps/roadmap-step-change.entity';
import { RoadmapStep } from '../src/programme/roadmaps/roadmap-step.entity';
import { RoadmapSteps } from '../src/programme/roadmaps/roadmap-steps';
import { StateDocumentsService } from '../src/documents/state-documents.service';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { DocumentsNotifier } from '../src/documents/documents-notifier';
import { Notification } from '../src/notifications/notification.entity';
import { seedExpertsFixture } from './support/experts-fixture';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

const binary = (res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('SOP templates and a State documents', () => {
  let t: TestApp;
  let staff: Agent;
  let focal: Agent;
  let focalAgain: Agent;
  let official: Agent;
  let otherOfficial: Agent;
  let staffUserId: number;
  let focalUserId: number;

  /** Nested fields (`sections[0][title]`) written out, as a browser posts them. */
  function flat(fields: Record<string, unknown>, prefix = ''): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(fields)) {
      const name = prefix ? `${prefix}[${key}]` : key;
      if (value !== null && typeof value === 'object')
        Object.assign(out, flat(value as Record<string, unknown>, name));
      else out[name] = String(value);
    }
    return out;
  }

  async function post(agent: Agent, page: string, action: string, fields: Record<string, unknown>) {
    const token = await csrfFrom(agent, page);
    return agent
      .post(action)
      .type('form')
      .send({ _csrf: token, ...flat(fields) });
  }

  beforeAll(async () => {
    t = await startTestApp();
    const make = async (overrides: Parameters<typeof createUser>[1]) => {
      const user = await createUser(t.dataSource, overrides);
      const agent = agentFor(t.server);
      await signIn(agent, user);
      return { user, agent };
    };
    const s = await make({ role: 'staff', withTwoFactor: true, name: 'Tomás Staff' });
    staff = s.agent;
    staffUserId = s.user.id;
    const f = await make({ role: 'focal-point', org: 'KEN', name: 'Wanjiru Focal' });
    focal = f.agent;
    focalUserId = f.user.id;
    focalAgain = (await make({ role: 'focal-point', org: 'KEN', name: 'Second Focal' })).agent;
    official = (await make({ role: 'official', org: 'KEN' })).agent;
    otherOfficial = (await make({ role: 'official', org: 'FRA' })).agent;
  });
  afterAll(() => t.close());

  it('refuses to publish a template with an undeclared variable or a syntax error, naming the line', async () => {
    const created = await post(staff, '/sops/templates/new', '/sops/templates', {
      title: 'Carrier connection agreement',
      kind: 'carrier-agreement',
      pillar: 'piu',
      language: 'en',
    });
    expect(created.status).toBe(303);
    const id = Number(/\/sops\/templates\/(\d+)\/edit/.exec(created.headers.location)![1]);
    const edit = `/sops/templates/${id}/edit`;
    const template = await t.dataSource.getRepository(DocumentTemplate).findOneByOrFail({ id });
    const saved = await post(staff, edit, `/sops/templates/${id}`, {
      title: 'Carrier connection agreement',
      kind: 'carrier-agreement',
      pillar: 'piu',
      language: 'en',
      revision: String(template.revision),
      variables: [{ name: 'carrier', label: 'Carrier', type: 'text' }],
      sections: [
        { title: 'Parties', body: 'Between {{ carrier }}\nand {{ piu_name }}', position: '1' },
        { title: 'Broken', body: 'line one\n{% if carrier %}never closed', position: '2' },
      ],
    });
    expect(saved.status).toBe(303);
    const page = await staff.get(`/sops/templates/${id}`);
    expect(page.text).toContain(
      'Section “Parties”, line 2, column 8: piu_name is used but not declared.',
    );
    // A syntax error in the catalogue's words with its line and column, not Liquid's English.
    expect(page.text).toContain(
      'Section “Broken”, line 2, column 1: the “if” tag is opened but never closed.',
    );
    expect(page.text).not.toContain('not closed');
    expect(page.text).toMatch(/data-section="s1" data-line="2"/);
    expect(page.text).toMatch(/data-section="s2" data-line="2"/);
    const refused = await post(staff, `/sops/templates/${id}`, `/sops/templates/${id}/publish`, {});
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('The template cannot be published: 2 problems to correct.');
    // Someone else's save since the form was opened: told, nothing overwritten.
    const stale = await post(staff, edit, `/sops/templates/${id}`, {
      title: 'Overwritten?',
      kind: 'other',
      pillar: 'piu',
      language: 'en',
      revision: String(template.revision),
    });
    expect(stale.status).toBe(400);
    expect(stale.text).toContain('Someone else saved or published this template');
    expect((await t.dataSource.getRepository(DocumentTemplate).findOneByOrFail({ id })).title).toBe(
      'Carrier connection agreement',
    );
    // A variable of a wrong declaration is refused per field.
    const wrong = await post(staff, edit, `/sops/templates/${id}`, {
      title: 'Carrier connection agreement',
      kind: 'carrier-agreement',
      pillar: 'piu',
      language: 'en',
      revision: String(template.revision + 1),
      variables: [{ name: 'Bad Name', label: 'x', type: 'number', defaultValue: 'ten' }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('A name starts with a small letter');
    expect(wrong.text).toContain('Write a number');
  });

  it('runs a State document from the template to approval, upstream change and downloads', async () => {
    const staffActor = actorFor((await t.app.get(UsersService).findAuthenticated(staffUserId))!);
    const templates = t.app.get(TemplatesService);
    const template = await templates.create(
      staffActor,
      WATCHLIST_HIT_SOP,
      WATCHLIST_HIT_SOP.content,
    );
    const first = await templates.publish(staffActor, template.id);
    expect(first.number).toBe(1);
    // Only staff may open the templates.
    expect((await focal.get('/sops/templates')).status).toBe(403);

    const list = '/states/KEN/documents';
    const created = await post(focal, list, list, { templateId: String(template.id) });
    expect(created.status).toBe(303);
    const id = Number(/documents\/(\d+)\/fill$/.exec(created.headers.location)![1]);
    const base = `${list}/${id}`;
    // Officials read; they do not fill. Another State's people do not even see it.
    expect((await official.get(base)).status).toBe(200);
    expect((await official.get(`${base}/fill`)).status).toBe(403);
    expect((await otherOfficial.get(base)).status).toBe(404);
    expect((await otherOfficial.get(`${base}/download/pdf`)).status).toBe(404);

    // Step 1 asks the purpose section's variables; a number typed as words is refused.
    const step1 = await focal.get(`${base}/fill`);
    expect(step1.text).toContain('Official name of the PIU');
    const revision = (await t.dataSource.getRepository(StateDocument).findOneByOrFail({ id }))
      .revision;
    const answers = {
      piu_name: 'Kenya Passenger Information Unit',
      legal_basis: 'the Prevention of Terrorism Act',
      maritime: 'yes',
    };
    const ok = await post(focal, `${base}/fill`, `${base}/fill`, {
      revision: String(revision),
      step: '0',
      answers,
      go: 'next',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toBe(`${base}/fill?step=1`);
    // Two people on the same draft: the second one, with the old revision, is told.
    const second = await post(focalAgain, `${base}/fill`, `${base}/fill`, {
      revision: String(revision),
      step: '0',
      answers: { ...answers, piu_name: 'Other name' },
    });
    expect(second.status).toBe(400);
    expect(second.text).toContain('Someone else saved this document');
    const current = await t.dataSource.getRepository(StateDocument).findOneByOrFail({ id });
    const later = { ...JSON.parse(current.answers), review_minutes: 'half an hour' };
    const wrongType = await post(focal, `${base}/fill?step=2`, `${base}/fill`, {
      revision: String(current.revision),
      step: '2',
      answers: later,
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.text).toContain('Write a number, such as 12 or 3.5.');
    // Submitting with required answers missing is refused with their names.
    const early = await post(focal, base, `${base}/lifecycle`, { action: 'submit' });
    expect(early.status).toBe(400);
    expect(early.text).toContain('Data-protection officer');

    // The rest of the answers through the service's own rule (every step).
    const fill = {
      ...JSON.parse(current.answers),
      supervisor_title: 'Duty supervisor',
      partner_agencies: 'National Police Service\nImmigration Department',
      dpo_contact: 'Office of the Data Protection Commissioner',
      review_minutes: '20',
    };
    await t.dataSource
      .getRepository(StateDocument)
      .update({ id }, { answers: JSON.stringify(fill) });
    expect((await post(focal, base, `${base}/lifecycle`, { action: 'submit' })).status).toBe(303);
    const review = await focal.get(base);
    expect(review.text).toContain('In review');
    expect(review.text).toContain('Kenya Passenger Information Unit');
    expect(review.text).toContain('Maritime data');

    // Comments per section, then approvals by the allowed people only.
    expect(
      (
        await post(staff, base, `${base}/comments`, {
          sectionKey: 's3',
          body: 'Say who covers nights.',
        })
      ).status,
    ).toBe(303);
    expect((await staff.get(base)).text).toContain('Say who covers nights.');
    expect((await post(official, base, `${base}/lifecycle`, { action: 'approve' })).status).toBe(
      403,
    );
    expect((await post(focal, base, `${base}/lifecycle`, { action: 'approve' })).status).toBe(303);
    expect((await t.dataSource.getRepository(StateDocument).findOneByOrFail({ id })).status).toBe(
      'in-review',
    );
    expect((await post(staff, base, `${base}/lifecycle`, { action: 'approve' })).status).toBe(303);
    const approved = await t.dataSource.getRepository(StateDocument).findOneByOrFail({ id });
    expect(approved).toMatchObject({
      status: 'approved',
      focalApprovedByName: 'Wanjiru Focal',
      staffApprovedByName: 'Tomás Staff',
    });
    expect(approved.focalApprovedAt).toBeInstanceOf(Date);
    // Read-only once approved.
    const frozen = await post(focal, base, `${base}/fill`, {
      revision: String(approved.revision),
      step: '0',
      answers,
    });
    expect(frozen.status).toBe(400);
    expect((await post(focal, base, `${base}/lifecycle`, { action: 'activate' })).status).toBe(303);

    // In force, it is listed on the PIU pillar's steps of Kenya's roadmap, and on no other's.
    const stepOf = (pillar: string) =>
      t.app.get(RoadmapEditing).create(staffActor, 'KEN', {
        pillar,
        title: `Adopt the ${pillar} texts`,
        startOn: '2026-01-01',
        dueOn: '2026-12-31',
        status: 'in-progress',
        weight: 1,
        dependsOn: [],
      });
    const [piuStep, lawStep] = [await stepOf('piu'), await stepOf('legislative')];
    const onPiuStep = await official.get(`/states/KEN/roadmap/steps/${piuStep.id}`);
    expect(onPiuStep.text).toContain('State documents');
    expect(onPiuStep.text).toContain(`href="${base}"`);
    const onLawStep = await official.get(`/states/KEN/roadmap/steps/${lawStep.id}`);
    expect(onLawStep.text).not.toContain(`href="${base}"`);

    // The template changes two sections: the State takes one and keeps the other.
    const draft = await templates.template(template.id);
    const content = JSON.parse(draft.draft);
    content.sections[2].body += '\n4. Out of hours, the on-call analyst is called.';
    content.sections[6].body =
      'Records of cleared hits are deleted after {{ retention_months }} months.';
    await templates.writeDraft(draft, { ...draft, revision: draft.revision }, content);
    await templates.publish(staffActor, template.id, 'Out-of-hours duty');
    const page = await focal.get(base);
    expect(page.text).toContain('Template updated: version 2 changes 2 sections.');
    // Nothing changed without a decision.
    expect(
      (await t.dataSource.getRepository(StateDocument).findOneByOrFail({ id })).templateVersion,
    ).toBe(1);
    const offer = await focal.get(`${base}/upstream`);
    expect(offer.text).toContain('Out of hours, the on-call analyst is called.');
    const incomplete = await post(focal, `${base}/upstream`, `${base}/upstream`, {
      toVersion: '2',
      decisions: { s3: 'accept' },
    });
    expect(incomplete.status).toBe(400);
    const decided = await post(focal, `${base}/upstream`, `${base}/upstream`, {
      toVersion: '2',
      decisions: { s3: 'accept', s7: 'keep' },
    });
    expect(decided.status).toBe(303);
    // The active document was read-only: the decisions made revision 2, a draft.
    const revisionId = Number(/documents\/(\d+)$/.exec(decided.headers.location)![1]);
    expect(revisionId).not.toBe(id);
    const revised = await t.dataSource
      .getRepository(StateDocument)
      .findOneByOrFail({ id: revisionId });
    expect(revised).toMatchObject({
      status: 'draft',
      revisionNumber: 2,
      previousId: id,
      templateVersion: 2,
    });
    const sections = JSON.parse(revised.content).sections as { key: string; body: string }[];
    expect(sections.find((s) => s.key === 's3')!.body).toContain('on-call analyst');
    expect(sections.find((s) => s.key === 's7')!.body).toContain('depersonalised');
    const decisions = await t.dataSource
      .getRepository(StateDocumentDecision)
      .find({ where: { documentId: revisionId } });
    expect(decisions.map((d) => [d.sectionKey, d.decision]).sort()).toEqual([
      ['s3', 'accept'],
      ['s7', 'keep'],
    ]);

    // Downloads: PDF text read back, a Word file that is a zip with the text, HTML; audited.
    const pdf = await focal
      .get(`${base}/download/pdf`)
      .buffer(true)
      .parse(binary as never);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'sop-pdf-'));
    try {
      const file = join(dir, 'sop.pdf');
      writeFileSync(file, pdf.body as Buffer);
      const text = (await extractText(file, 'pdf'))!.replace(/\s+/g, ' ');
      expect(text).toContain('Kenya Passenger Information Unit');
      expect(text).toContain('Kenya · revision 1 · Active');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const docx = await official
      .get(`${base}/download/docx`)
      .buffer(true)
      .parse(binary as never);
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(docx.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Kenya Passenger Information Unit');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /word\/footer\d*\.xml/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(footers.join('')).toContain('Kenya · revision 1 · Active');
    const html = await focal.get(`${base}/download/html`);
    expect(html.status).toBe(200);
    expect(html.text).toContain('<li>National Police Service</li>');
    expect(
      await t.dataSource.getRepository(AuditEvent).countBy({ action: 'documents.downloaded' }),
    ).toBe(3);
    expect(
      await t.dataSource.getRepository(AuditEvent).countBy({ action: 'documents.approved' }),
    ).toBe(2);
    // The State's page lists its documents.
    expect((await official.get('/states/KEN')).text).toContain(WATCHLIST_HIT_SOP.title);
  });
  it('marks the roadmap step a document fulfils done when the document becomes active, through the step history', async () => {
    const users = t.app.get(UsersService);
    const staffActor = actorFor((await users.findAuthenticated(staffUserId))!);
    const focalActor = actorFor((await users.findAuthenticated(focalUserId))!);
    const templates = t.app.get(TemplatesService);
    const documents = t.app.get(StateDocumentsService);
    const template = await templates.create(
      staffActor,
      {
        title: 'Data-protection policy of the PIU',
        kind: 'piu-sop',
        pillar: 'piu',
        language: 'en',
      },
      {
        variables: [],
        sections: [
          { key: 's1', title: 'Purpose', condition: null, body: 'Data of {{ state_name }}.' },
        ],
      },
    );
    await templates.publish(staffActor, template.id);
    const editing = t.app.get(RoadmapEditing);
    const step = (
      pillar: string,
      title: string,
      status: 'in-progress' | 'blocked' | 'not-started',
      weight = 3,
    ) =>
      editing.create(staffActor, 'KEN', {
        pillar,
        title,
        startOn: '2026-01-01',
        dueOn: '2026-12-31',
        status,
        blockedReason: status === 'blocked' ? 'Waiting for the minister' : undefined,
        weight,
        dependsOn: [],
      });
    const adopt = await step('piu', 'Adopt the data-protection policy', 'in-progress', 4);
    const blocked = await step('piu', 'Adopt the retention rules', 'blocked');
    const later = await step('piu', 'Adopt the referral SOP', 'not-started');
    const law = await step('legislative', 'Adopt the PNR law', 'in-progress');
    const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const progress = async () =>
      (await t.app.get(RoadmapSteps).progress([kenya.id])).overall.doneWeight;
    const doneBefore = await progress();
    const statusOf = async (id: number) =>
      (await t.dataSource.getRepository(RoadmapStep).findOneByOrFail({ id })).status;
    const historyOf = (stepId: number) =>
      t.dataSource
        .getRepository(RoadmapStepChange)
        .find({ where: { stepId }, order: { id: 'ASC' } });
    /** Review and both approvals, through the service. */
    const approve = async (id: number) => {
      for (const [who, action] of [
        [focalActor, 'submit'],
        [focalActor, 'approve'],
        [staffActor, 'approve'],
      ] as const)
        await documents.step(who, 'KEN', String(id), action);
    };

    const made = await documents.create(focalActor, 'KEN', { templateId: template.id });
    const base = `/states/KEN/documents/${made.id}`;
    // The form offers the State's open steps of the template's pillar, not another pillar's.
    const page = await focal.get(base);
    expect(page.text).toContain('The roadmap step this document fulfils');
    expect(page.text).toContain(`value="${adopt.id}"`);
    expect(page.text).toContain(`value="${blocked.id}"`);
    expect(page.text).not.toContain(`value="${law.id}"`);
    // Officials read the document but do not tie it; another pillar's step is refused.
    expect((await post(official, base, `${base}/step`, { stepId: String(adopt.id) })).status).toBe(
      403,
    );
    const wrong = await post(focal, base, `${base}/step`, { stepId: String(law.id) });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Choose one of the State’s open steps listed.');
    const tied = await post(focal, base, `${base}/step`, { stepId: String(adopt.id) });
    expect(tied.status).toBe(303);
    expect(
      (await t.dataSource.getRepository(StateDocument).findOneByOrFail({ id: made.id }))
        .roadmapStepId,
    ).toBe(adopt.id);
    const stepPage = `/states/KEN/roadmap/steps/${adopt.id}`;
    const linkedPage = await official.get(stepPage);
    expect(linkedPage.text).toContain(`href="${base}"`);
    expect(linkedPage.text).toContain('fulfils this step: draft, revision 1');
    expect(linkedPage.text).toContain('Link added');
    expect(await progress()).toBe(doneBefore);

    // Through review and both approvals; activating it marks the step done in its history.
    await approve(made.id);
    expect((await post(focal, base, `${base}/lifecycle`, { action: 'activate' })).status).toBe(303);
    expect(await statusOf(adopt.id)).toBe('done');
    const history = await historyOf(adopt.id);
    expect(history.map((row) => row.kind)).toEqual(['created', 'linked', 'completed']);
    expect(history[2].authorName).toBe('Wanjiru Focal');
    expect(JSON.parse(history[2].changes)).toEqual([
      { field: 'status', from: 'in-progress', to: 'done' },
      { field: 'document', from: null, to: 'Data-protection policy of the PIU' },
    ]);
    const done = await official.get(stepPage);
    expect(done.text).toContain('Done when its document became active');
    expect(done.text).toContain('State document');
    const audit = await t.dataSource.getRepository(AuditEvent).findOneByOrFail({
      action: 'roadmap.step-status-changed',
      targetId: String(adopt.id),
    });
    expect(audit.details).toContain('"to":"done"');
    // The progress figures follow: the step's weight is done now.
    expect(await progress()).toBe(doneBefore + 4);

    // A new revision made active again leaves the done step alone (no second history row).
    const revision = await documents.step(focalActor, 'KEN', String(made.id), 'revise');
    expect(revision.roadmapStepId).toBe(adopt.id);
    await approve(revision.id);
    await documents.step(focalActor, 'KEN', String(revision.id), 'activate');
    expect(await t.dataSource.getRepository(RoadmapStepChange).countBy({ stepId: adopt.id })).toBe(
      3,
    );

    // A blocked step stays blocked (its reason is a person's), and the document's page says so.
    const second = await documents.create(focalActor, 'KEN', { templateId: template.id });
    const secondBase = `/states/KEN/documents/${second.id}`;
    expect(
      (await post(staff, secondBase, `${secondBase}/step`, { stepId: String(blocked.id) })).status,
    ).toBe(303);
    await approve(second.id);
    await documents.step(focalActor, 'KEN', String(second.id), 'activate');
    expect(
      await t.dataSource.getRepository(RoadmapStep).findOneByOrFail({ id: blocked.id }),
    ).toMatchObject({
      status: 'blocked',
      blockedReason: 'Waiting for the minister',
    });
    expect((await focal.get(secondBase)).text).toContain(
      'the step is blocked: it was left as it is',
    );
    // Tied while already active: the step is done at once, and the flash says so.
    const moved = await post(staff, secondBase, `${secondBase}/step`, { stepId: String(later.id) });
    expect(moved.status).toBe(303);
    expect((await staff.get(moved.headers.location)).text).toContain(
      'Saved: the document is active, so the step is marked done.',
    );
    expect(await statusOf(later.id)).toBe('done');
    expect((await historyOf(blocked.id)).map((row) => row.kind)).toEqual([
      'created',
      'linked',
      'unlinked',
    ]);
  });

  it('tells the people a document concerns, and only those who may see it', async () => {
    const users = t.app.get(UsersService);
    const staffActor = actorFor((await users.findAuthenticated(staffUserId))!);
    const templates = t.app.get(TemplatesService);
    const make = async (overrides: Parameters<typeof createUser>[1]) => {
      const user = await createUser(t.dataSource, overrides);
      const agent = agentFor(t.server);
      await signIn(agent, user);
      return { user, agent };
    };
    const assigned = await make({ role: 'expert', name: 'Assigned Expert' });
    await seedExpertsFixture(t.dataSource, assigned.user.id, staffUserId, 'Notify');
    const unassigned = await make({ role: 'expert', name: 'Other Expert' });
    const focalFrance = await make({ role: 'focal-point', org: 'FRA', name: 'French Focal' });
    const secondFocal = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ name: 'Second Focal' });
    const template = await templates.create(
      staffActor,
      { title: 'Carrier data agreement', kind: 'piu-sop', pillar: 'piu', language: 'en' },
      {
        variables: [],
        sections: [
          { key: 's1', title: 'Parties', condition: null, body: 'Between the PIU and carriers.' },
        ],
      },
    );
    await templates.publish(staffActor, template.id);
    const list = '/states/KEN/documents';
    const created = await post(focal, list, list, { templateId: String(template.id) });
    const id = Number(/documents\/(\d+)\/fill$/.exec(created.headers.location)![1]);
    const base = `${list}/${id}`;
    const received = async (change: string) =>
      (
        await t.dataSource
          .getRepository(Notification)
          .findBy({ type: 'document', subjectKind: 'state-document', subjectId: String(id) })
      )
        .filter((row) => JSON.parse(row.params).change === change)
        .map((row) => [row.userId, row.reason]);

    // Sent for review: staff and the State's assigned expert, not another expert, not the sender.
    expect((await post(focal, base, `${base}/lifecycle`, { action: 'submit' })).status).toBe(303);
    const submitted = await received('submitted');
    expect(submitted).toContainEqual([staffUserId, 'moderator']);
    expect(submitted).toContainEqual([assigned.user.id, 'assigned']);
    expect(submitted.map(([userId]) => userId)).not.toContain(unassigned.user.id);
    expect(submitted.map(([userId]) => userId)).not.toContain(focalUserId);
    // The expert sees it in the centre, in the catalogue's words, with the document's title.
    const centre = await assigned.agent.get('/notifications');
    expect(centre.text).toContain('Wanjiru Focal sent a document for review');
    expect(centre.text).toContain('Carrier data agreement');

    // A review comment: the document's editor (who made it).
    expect(
      (
        await post(assigned.agent, base, `${base}/comments`, {
          sectionKey: 's1',
          body: 'Name the carriers.',
        })
      ).status,
    ).toBe(303);
    expect(await received('comment')).toEqual([[focalUserId, 'participant']]);

    // Approved by both sides, then active: the State's focal points (not the one who acted).
    expect((await post(focal, base, `${base}/lifecycle`, { action: 'approve' })).status).toBe(303);
    expect(await received('approved')).toEqual([]);
    expect((await post(staff, base, `${base}/lifecycle`, { action: 'approve' })).status).toBe(303);
    expect((await received('approved')).sort()).toEqual(
      [
        [focalUserId, 'state'],
        [secondFocal.id, 'state'],
      ].sort(),
    );
    expect((await post(focal, base, `${base}/lifecycle`, { action: 'activate' })).status).toBe(303);
    expect(await received('active')).toEqual([[secondFocal.id, 'state']]);

    // A new template version: the State's focal points and the document's editor; not France's.
    const draft = await templates.template(template.id);
    await templates.writeDraft(draft, draft, {
      variables: [],
      sections: [
        {
          key: 's1',
          title: 'Parties',
          condition: null,
          body: 'Between the PIU and the carriers named.',
        },
      ],
    });
    await templates.publish(staffActor, template.id, 'Carriers named');
    const updated = await received('template');
    expect(updated.map(([userId]) => userId).sort()).toEqual([focalUserId, secondFocal.id].sort());
    expect(updated.map(([userId]) => userId)).not.toContain(focalFrance.user.id);
    expect((await focal.get('/notifications')).text).toContain(
      'Its template has a new version: review the changes',
    );

    // The source answers only for those who may see the document now.
    const notifier = t.app.get(DocumentsNotifier);
    const seen = async (userId: number) =>
      (await notifier.describe((await users.findAuthenticated(userId))!, [String(id)])).get(
        String(id),
      );
    expect(await seen(focalUserId)).toMatchObject({ title: 'Carrier data agreement', path: base });
    expect(await seen(assigned.user.id)).toBeDefined();
    expect(await seen(unassigned.user.id)).toBeUndefined();
    expect(await seen(focalFrance.user.id)).toBeUndefined();
  });
});
