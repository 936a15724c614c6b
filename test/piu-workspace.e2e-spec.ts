import { AuditEvent } from '../src/audit/audit-event.entity';
import { createUser } from './support/factories';
import { agentFor, postForm, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

describe("the PIU's screening workspace", () => {
  let t: TestApp;
  let agent: Agent;
  let analystId: number;

  beforeAll(async () => {
    t = await startTestApp();
    const analyst = await createUser(t.dataSource, {
      role: 'piu-analyst',
      org: 'KEN',
      withTwoFactor: true,
    });
    analystId = analyst.id;
    agent = agentFor(t.server);
    await signIn(agent, analyst);
  });
  afterAll(() => t.close());

  it('asks for the purpose of the work first, and comes back to the page asked for', async () => {
    const first = await agent.get('/screening');
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/screening/purpose?back=%2Fscreening');
    const form = await agent.get(first.headers.location);
    expect(form.status).toBe(200);
    expect(form.text).toContain('Why are you working with passenger data?');

    const missingNote = await postForm(agent, first.headers.location, '/screening/purpose', {
      purpose: 'investigation',
      note: '  ',
      back: '/screening',
    });
    expect(missingNote.status).toBe(400);
    expect(missingNote.text).toContain('Give a reference or a few words for this purpose.');
    expect(missingNote.text).toMatch(/value="investigation" checked/);

    const offSite = await postForm(agent, '/screening/purpose', '/screening/purpose', {
      purpose: 'investigation',
      note: 'Case 2026/114',
      back: '//elsewhere.example/screening',
    });
    expect(offSite.status).toBe(303);
    expect(offSite.headers.location).toBe('/screening');
    const workspace = await agent.get('/screening');
    expect(workspace.status).toBe(200);
    expect(workspace.text).toContain('A case or investigation');
    expect(workspace.text).toContain('Case 2026/114');
    // Every page behind the purpose shows it, with the way to change it.
    for (const page of [
      '/screening/lists',
      '/screening/rules',
      '/screening/messages',
      '/screening/carriers',
    ]) {
      const shown = await agent.get(page);
      expect(shown.status).toBe(200);
      expect(shown.text).toContain(
        'Working for: <strong>A case or investigation</strong> (Case 2026/114)',
      );
      expect(shown.text).toContain('href="/screening/purpose"');
    }
    const [declared] = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'screening.purpose-declared', actorId: analystId });
    expect(JSON.parse(declared.details!)).toEqual({
      purpose: 'investigation',
      note: 'Case 2026/114',
    });
  });

  it('refuses an unknown purpose with its message', async () => {
    const response = await postForm(agent, '/screening/purpose', '/screening/purpose', {
      purpose: 'curiosity',
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain('Choose a purpose.');
  });

  it('is not there for any other role, admins and staff included', async () => {
    for (const role of [
      'admin',
      'staff',
      'focal-point',
      'official',
      'partner',
      'expert',
    ] as const) {
      const other = agentFor(t.server);
      await signIn(other, await createUser(t.dataSource, { role, withTwoFactor: true }));
      expect((await other.get('/screening')).status).toBe(404);
      expect((await other.get('/screening/purpose')).status).toBe(404);
    }
  });
});
