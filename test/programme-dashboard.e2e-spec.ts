import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { actorFor } from '../src/common/actor/actor';
import { MeetingsService } from '../src/iwg/meetings/meetings.service';
import { instantToLocal } from '../src/iwg/meetings/zoned-time';
import { extractText } from '../src/library/extraction/text-extractor';
import { Organisation, PROGRAMME_STATUSES } from '../src/organisations/organisation.entity';
import { ReferenceDataCache } from '../src/organisations/reference-data.cache';
import { StateRecordService } from '../src/member-states/record/state-record.service';
import { UsersService } from '../src/users/users.service';
import { RoadmapEditing, type StepInput } from '../src/programme/roadmaps/roadmap-editing.service';
import { seedExpertsFixture } from './support/experts-fixture';
import type { Role } from '../src/common/identity/role';
import { createUser } from './support/factories';
import { agentFor, signIn, type Agent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import { startTestApp, type TestApp } from './support/test-app';

/** A download as bytes, whatever its type. */
function download(agent: Agent, path: string) {
  return agent
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

async function pdfText(pdf: Buffer): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'programme-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return (await extractText(file, 'pdf')) ?? '';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The programme dashboard, its map and filters, and the exports for donor reporting. */
describe('the programme dashboard', () => {
  let t: TestApp;
  const agents = new Map<Role, Agent>();
  const [interested, second, third, implementing] = PROGRAMME_STATUSES;
  /** Kenya and Uganda implement, Mauritius (a dot on the map) is in, France is interested. */
  const STATUSES: Record<string, string> = {
    KEN: implementing,
    UGA: implementing,
    MUS: third,
    NGA: second,
    FRA: interested,
  };

  async function audits(): Promise<AuditEvent[]> {
    return t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action: 'programme.exported' }, order: { id: 'ASC' } });
  }

  beforeAll(async () => {
    t = await startTestApp();
    const organisations = t.dataSource.getRepository(Organisation);
    for (const [code, programmeStatus] of Object.entries(STATUSES))
      await organisations.update({ code }, { programmeStatus: programmeStatus as never });
    t.app.get(ReferenceDataCache).invalidate();
    for (const role of [
      'admin',
      'staff',
      'partner',
      'official',
      'focal-point',
      'expert',
    ] as Role[]) {
      const user = await createUser(t.dataSource, {
        role,
        name: `Dashboard ${role}`,
        withTwoFactor: role === 'admin' || role === 'staff',
      });
      const agent = agentFor(t.server);
      await signIn(agent, user);
      agents.set(role, agent);
    }
    const iwg = await createIwg(t, 'EAF', ['KEN', 'UGA']);
    const staffUser = await createUser(t.dataSource, { role: 'staff', name: 'Meeting Host' });
    const host = await t.app.get(UsersService).findAuthenticated(staffUser.id);
    // Uganda's record: a staff note (never for partners), and its roadmap shared with CTED.
    const records = t.app.get(StateRecordService);
    await records.updateRecord(actorFor(host!), 'UGA', {
      deploymentStatus: 'planned',
      maritimeApplies: 'on',
      contextNote: 'Minister changed in March; new PIU head to brief',
    });
    await records.share(actorFor(host!), 'UGA', 'CTED');
    // Roadmaps: Kenya's four steps (one done, one overdue, one blocked, one whose title a
    // spreadsheet would run), Uganda's one; an expert at work in Kenya on PIU.
    const editing = t.app.get(RoadmapEditing);
    const step = (code: string, fields: Partial<StepInput>) =>
      editing.create(actorFor(host!), code, {
        pillar: 'piu',
        title: 'Step',
        startOn: '2026-01-01',
        dueOn: '2031-12-31',
        status: 'not-started',
        weight: 1,
        dependsOn: [],
        ...fields,
      });
    await step('KEN', { title: 'PIU terms of reference adopted', status: 'done', weight: 2 });
    await step('KEN', {
      pillar: 'legislative',
      title: 'Draft the API and PNR law',
      startOn: '2025-01-01',
      dueOn: '2025-06-30',
    });
    await step('KEN', {
      title: 'Second PIU analysts trained',
      status: 'blocked',
      blockedReason: 'Waiting for the data protection authority',
    });
    await step('KEN', { pillar: 'technology', title: '=HYPERLINK("http://x","Connect")' });
    await step('UGA', { pillar: 'technology', title: 'Install the passenger-data system' });
    const expert = await createUser(t.dataSource, { role: 'expert', name: 'Amina Mentor' });
    await seedExpertsFixture(t.dataSource, expert.id, staffUser.id, 'Dashboard');
    const inTenDays = new Date(Date.now() + 10 * 86_400_000);
    await t.app.get(MeetingsService).schedule(actorFor(host!), iwg.id, {
      title: 'Quarterly review of the roadmaps',
      startsAt: instantToLocal(inTenDays, 'UTC'),
      endsAt: instantToLocal(new Date(inTenDays.getTime() + 7_200_000), 'UTC'),
      timeZone: 'UTC',
      mode: 'online',
      onlineUrl: 'https://meet.example.org/q',
    });
  });
  afterAll(() => t.close());

  describe('the page', () => {
    it('shows staff the States by status, the map with a title per State, and the exports', async () => {
      const page = await agents.get('staff')!.get('/programme');
      expect(page.status).toBe(200);
      const html = page.text;
      expect(html).toContain('Programme dashboard');
      expect(html).toMatch(/5 Member States of 193 in the programme/);
      // A shape per State, a dot for the small ones, each with its name and status.
      expect(html).toMatch(
        /<path d="M[^"]+" fill="#[0-9a-f]{6}" data-code="KEN"><title>Kenya: Implementing<\/title>/,
      );
      expect(html).toMatch(
        /<circle cx="[\d.]+" cy="[\d.]+" r="3" fill="#[0-9a-f]{6}" data-code="MUS"><title>Mauritius: /,
      );
      expect((html.match(/data-code="/g) ?? []).length).toBe(193);
      // The legend counts each status; the table alternative links to the States' spaces.
      expect(html).toMatch(/Implementing: 2/);
      expect(html).toContain('<a href="/states/KEN">Kenya</a>');
      expect(html).toContain('href="/programme/exports/states.csv"');
      expect(html).toContain('href="/programme/exports/steps.csv"');
      expect(html).toContain('href="/programme/overview.pdf"');
      expect(html).toContain('Quarterly review of the roadmaps');
      expect(html).toContain('do not imply official endorsement');
      // Roadmaps across the States, and what needs attention, with its details for staff.
      expect(html).toMatch(
        /2 States have a roadmap: 1 step done of 5, weighted: <strong>33%<\/strong>/,
      );
      expect(html).toMatch(
        /data-pillar="piu">\s*<th scope="row">Passenger Information Unit<\/th>\s*<td class="nowrap"><progress[^>]*><\/progress> 66%/,
      );
      expect(html).toContain('1 step is overdue.');
      expect(html).toContain('Draft the API and PNR law');
      expect(html).toContain('1 step is blocked.');
      expect(html).toContain('Why: Waiting for the data protection authority');
      expect(html).toContain('1 engagement runs today, in 1 State.');
      expect(html).toContain('Dashboard-topic');
      expect(html).toContain('Amina Mentor');
      expect(html).toMatch(
        /<tr data-state="KEN">\s*<th scope="row"><a href="\/states\/KEN">Kenya<\/a><\/th>/,
      );
    });

    it('shows partners the figures without links into States or the CSV exports', async () => {
      const page = await agents.get('partner')!.get('/programme');
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/5 Member States of 193 in the programme/);
      expect(page.text).toContain('data-code="KEN"');
      expect(page.text).not.toContain('href="/states/');
      expect(page.text).not.toContain('/programme/exports/');
      expect(page.text).toContain('href="/programme/overview.pdf"');
      expect(page.text).toContain('What concerns one State alone is kept');
      // The IWG's meeting is region content: not the partner's.
      expect(page.text).not.toContain('Quarterly review of the roadmaps');
      // The figures, never a State's own business: no step, reason, expert or State's figures.
      expect(page.text).toMatch(/2 States have a roadmap: 1 step done of 5/);
      expect(page.text).toContain('1 step is overdue.');
      expect(page.text).toContain('1 step is blocked.');
      expect(page.text).toContain('1 engagement runs today, in 1 State.');
      for (const secret of [
        'Draft the API and PNR law',
        'Second PIU analysts trained',
        'Waiting for the data protection authority',
        'Dashboard-topic',
        'Amina Mentor',
        'Minister changed in March',
        'data-state=',
        '/roadmap/steps/',
        '/experts/engagements/',
      ])
        expect(page.text).not.toContain(secret);
    });

    it.each(['official', 'focal-point', 'expert'] as Role[])(
      'is not for a %s (403)',
      async (role) => {
        expect((await agents.get(role)!.get('/programme')).status).toBe(403);
      },
    );

    it('gives each role one entry for the States and one for the programme in the navigation', async () => {
      const entries = async (role: Role) => {
        const nav = /<nav class="side-nav"[^]*?<\/nav>/.exec(
          (await agents.get(role)!.get('/')).text,
        );
        return [...nav![0].matchAll(/<a href="([^"]+)"[^>]*>([^<]+)/g)].map(
          ([, href, label]) => `${label.trim()} ${href}`,
        );
      };
      for (const role of ['admin', 'staff', 'partner'] as Role[]) {
        const nav = await entries(role);
        expect(nav).toContain('Member States /states');
        expect(nav).toContain('Programme dashboard /programme');
        // The list by status is reached from the dashboard, not beside it.
        expect(nav.join('\n')).not.toMatch(/Programme status|\/admin\/member-states/);
        expect(new Set(nav.map((entry) => entry.split(' /')[0])).size).toBe(nav.length);
      }
      for (const role of ['official', 'focal-point', 'expert'] as Role[]) {
        const nav = await entries(role);
        expect(nav).toContain('Member States /states');
        expect(nav.join('\n')).not.toMatch(/Programme dashboard|Programme status/);
      }
    });

    it("leads staff from a status's count to the States of that status", async () => {
      const page = await agents.get('staff')!.get('/programme?region=Africa');
      expect(page.text).toContain(
        '<a href="/admin/member-states?region&#x3D;Africa&amp;status&#x3D;implementing">Implementing</a>',
      );
      expect(page.text).toContain('<a href="/admin/member-states">');
      const list = await agents
        .get('staff')!
        .get('/admin/member-states?region=Africa&status=implementing');
      expect(list.status).toBe(200);
      expect(list.text).toContain('2 results');
      expect(list.text).toContain('>Kenya<');
      expect(list.text).toContain('>Uganda<');
      expect((await agents.get('partner')!.get('/programme')).text).not.toContain(
        '/admin/member-states',
      );
    });

    it('filters by region: counts and table within it, other States pale on the map', async () => {
      const page = await agents.get('staff')!.get('/programme?region=Africa&pillar=piu');
      expect(page.status).toBe(200);
      const html = page.text;
      expect(html).toMatch(/4 Member States of 54 in the programme/);
      expect(html).toMatch(/<path d="M[^"]+" fill="#eceef1" data-code="FRA">/);
      expect(html).not.toMatch(/fill="#eceef1" data-code="KEN"/);
      expect(html).toContain('Outside the filter: 139');
      expect(html).toMatch(/<option value="Africa" selected>/);
      expect(html).toMatch(/<option value="piu" selected>/);
      expect(html).toContain(
        'href="/programme/exports/states.csv?region&#x3D;Africa&amp;pillar&#x3D;piu"',
      );
      expect(html).not.toContain('<a href="/states/FRA">');
    });

    it('narrows the roadmap figures to the pillar', async () => {
      const page = await agents.get('staff')!.get('/programme?pillar=legislative');
      expect(page.text).toMatch(
        /<strong>Legislative<\/strong> · 2 States have a roadmap: 0 steps done of 1, weighted: <strong>0%<\/strong>/,
      );
      expect(page.text).toContain('1 step is overdue.');
      expect(page.text).toContain('No step is blocked.');
      expect(page.text).toContain('No engagement runs today.');
      expect(page.text).toMatch(/<tr aria-current="true" data-pillar="legislative">/);
    });

    it('refuses a filter that is not on the list (400)', async () => {
      expect((await agents.get('staff')!.get('/programme?region=Atlantis')).status).toBe(400);
      expect((await agents.get('staff')!.get('/programme?pillar=cooking')).status).toBe(400);
    });
  });

  describe('the exports', () => {
    it('gives staff the States as CSV for a spreadsheet, within the filter, audited', async () => {
      const before = (await audits()).length;
      const response = await download(
        agents.get('staff')!,
        '/programme/exports/states.csv?region=Africa',
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="programme-states-africa-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(response.headers['cache-control']).toBe('no-store');
      const bytes = response.body as Buffer;
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const [header, ...rows]: string[][] = parse(bytes, { bom: true });
      expect(header).toEqual([
        'ISO alpha-3',
        'Member State',
        'UN region',
        'UN sub-region',
        'Programme status',
        'Status code',
        'Roadmap steps',
        'Done (%, weighted)',
        'Done (%, weighted): Legislative',
        'Done (%, weighted): Passenger Information Unit',
        'Done (%, weighted): Carrier engagement and connectivity',
        'Done (%, weighted): Technology',
        'Done (%, weighted): Maritime',
        'Overdue',
        'Blocked',
        'Engagements running',
      ]);
      expect(rows).toHaveLength(54);
      // Kenya: 4 steps, 2 of weight 5 done; PIU 2 of 3; legislative and technology nothing.
      expect(rows).toContainEqual([
        'KEN',
        'Kenya',
        'Africa',
        'Eastern Africa',
        'Implementing',
        implementing,
        '4',
        '40',
        '0',
        '66',
        '',
        '0',
        '',
        '1',
        '1',
        '1',
      ]);
      expect(rows.find((row) => row[0] === 'FRA')).toBeUndefined();
      const events = await audits();
      expect(events).toHaveLength(before + 1);
      expect(JSON.parse(events[events.length - 1].details!)).toMatchObject({
        export: 'states',
        format: 'csv',
        rows: 54,
        region: 'Africa',
      });
    });

    it('gives staff every step as CSV, with owner, dates and why blocked, formulas neutralised', async () => {
      const response = await download(
        agents.get('staff')!,
        '/programme/exports/steps.csv?region=Africa',
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="programme-steps-africa-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const bytes = response.body as Buffer;
      const [header, ...rows]: string[][] = parse(bytes, { bom: true });
      expect(header).toEqual([
        'ISO alpha-3',
        'Member State',
        'UN region',
        'Pillar',
        'Step',
        'Step status',
        'Status code',
        'Why blocked',
        'Owner',
        'Start',
        'Due',
        'Weight',
        'Overdue',
        'Link',
      ]);
      expect(rows).toHaveLength(5);
      const blocked = rows.find((row) => row[4] === 'Second PIU analysts trained')!;
      expect(blocked.slice(0, 13)).toEqual([
        'KEN',
        'Kenya',
        'Africa',
        'Passenger Information Unit',
        'Second PIU analysts trained',
        'Blocked',
        'blocked',
        'Waiting for the data protection authority',
        'The State',
        '2026-01-01',
        '2031-12-31',
        '1',
        'no',
      ]);
      expect(blocked[13]).toMatch(/^http:\/\/127\.0\.0\.1\/states\/KEN\/roadmap\/steps\/\d+$/);
      expect(rows.find((row) => row[4] === 'Draft the API and PNR law')![12]).toBe('yes');
      // The title a spreadsheet would run is text: an apostrophe before it.
      expect(rows.map((row) => row[4])).toContain(`'=HYPERLINK("http://x","Connect")`);
      expect(bytes.toString('utf8')).not.toMatch(/(^|,)"?=HYPERLINK/m);
      const pillar = await download(
        agents.get('staff')!,
        '/programme/exports/steps.csv?pillar=technology',
      );
      const [, ...technology]: string[][] = parse(pillar.body as Buffer, { bom: true });
      expect(technology.map((row) => row[0]).sort()).toEqual(['KEN', 'UGA']);
      const events = await audits();
      expect(JSON.parse(events[events.length - 1].details!)).toMatchObject({
        export: 'steps',
        format: 'csv',
        rows: 2,
        pillar: 'technology',
      });
    });

    it('keeps the CSV exports from partners and States (403)', async () => {
      for (const role of ['partner', 'official', 'expert'] as Role[]) {
        expect((await agents.get(role)!.get('/programme/exports/states.csv')).status).toBe(403);
        expect((await agents.get(role)!.get('/programme/exports/steps.csv')).status).toBe(403);
      }
    });

    it('writes the programme overview as a PDF with the map, for staff and (in part) partners', async () => {
      const response = await download(agents.get('staff')!, '/programme/overview.pdf');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="programme-overview-\d{4}-\d{2}-\d{2}\.pdf"$/,
      );
      const pdf = response.body as Buffer;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = await pdfText(pdf);
      expect(text).toContain('Programme overview');
      expect(text).toContain('Made for Dashboard staff');
      expect(text).toContain('Kenya');
      expect(text).toContain('Mauritius');
      expect(text).not.toContain('what concerns one State alone is left out');
      expect(text).toContain('Draft the API and PNR law');
      expect(text).toContain('Waiting for the data protection authority');
      expect(text).toContain('Amina Mentor');

      const partnerCopy = await download(
        agents.get('partner')!,
        '/programme/overview.pdf?region=Africa',
      );
      expect(partnerCopy.status).toBe(200);
      const partnerText = await pdfText(partnerCopy.body as Buffer);
      expect(partnerText).toContain('what concerns one State alone is left out');
      expect(partnerText).toContain('Region: Africa');
      expect(partnerText).toContain('1 step is blocked.');
      for (const secret of ['Draft the API', 'Waiting for the data', 'Amina Mentor', 'Minister'])
        expect(partnerText).not.toContain(secret);
      const events = await audits();
      expect(JSON.parse(events[events.length - 1].details!)).toMatchObject({
        export: 'overview',
        format: 'pdf',
        region: 'Africa',
      });
      expect((await agents.get('official')!.get('/programme/overview.pdf')).status).toBe(403);
    });

    it("writes one State's roadmap report for whoever may open the State, 404 for others", async () => {
      const staffCopy = await download(agents.get('staff')!, '/programme/states/UGA/report.pdf');
      expect(staffCopy.status).toBe(200);
      expect(staffCopy.headers['content-disposition']).toMatch(
        /filename="roadmap-uga-[\d-]+\.pdf"/,
      );
      const text = await pdfText(staffCopy.body as Buffer);
      expect(text).toContain('Roadmap of Uganda (UGA)');
      expect(text).toContain('Implementing');
      expect(text).toContain('Planned');
      expect(text).toContain('Minister changed in March');
      expect(text).toContain('Install the passenger-data system');
      expect(text).toContain('Timeline');

      // A partner the roadmap is shared with (CTED): the report, without the staff note.
      const partner = agents.get('partner')!;
      const shared = await download(partner, '/programme/states/UGA/report.pdf');
      expect(shared.status).toBe(200);
      const partnerText = await pdfText(shared.body as Buffer);
      expect(partnerText).toContain('Roadmap of Uganda (UGA)');
      expect(partnerText).not.toContain('Minister changed in March');

      // The Kenyan official: Kenya yes (any case in the address), Uganda as if it did not exist.
      const official = agents.get('official')!;
      expect((await download(official, '/programme/states/ken/report.pdf')).status).toBe(200);
      const denied = await official.get('/programme/states/UGA/report.pdf');
      expect(denied.status).toBe(404);
      const refusals = await t.dataSource
        .getRepository(AuditEvent)
        .find({ where: { action: 'access.denied', targetType: 'organisation' } });
      expect(refusals.some((event) => event.details?.includes('UGA'))).toBe(true);
      // An expert assigned to no State, a partner Kenya's roadmap is not shared with, unknown
      // and malformed codes: 404.
      expect((await agents.get('expert')!.get('/programme/states/KEN/report.pdf')).status).toBe(
        404,
      );
      expect((await partner.get('/programme/states/KEN/report.pdf')).status).toBe(404);
      expect((await agents.get('staff')!.get('/programme/states/ZZZ/report.pdf')).status).toBe(404);
      expect((await agents.get('staff')!.get('/programme/states/KE1/report.pdf')).status).toBe(404);
      // The State's space links to it.
      const space = await official.get('/states/KEN');
      expect(space.text).toContain('href="/programme/states/KEN/report.pdf"');
      const events = await audits();
      expect(events[events.length - 1]).toMatchObject({ targetType: 'organisation' });
      expect(JSON.parse(events[events.length - 1].details!)).toMatchObject({
        export: 'state-report',
        state: 'KEN',
      });
    });
  });
});
