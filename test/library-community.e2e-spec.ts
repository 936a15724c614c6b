import { Organisation } from '../src/organisations/organisation.entity';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, postForm, signIn, type Agent } from './support/http';
import { NOTIFICATION_TYPES } from '../src/notifications/notification-types';
import { startTestApp, type TestApp } from './support/test-app';

/** The library in the community: what it publishes is found by search and told to its audience. */
describe('the library with search and notifications', () => {
  let t: TestApp;
  let kenyaId: number;
  let author: Agent;
  let colleague: Agent;
  let french: Agent;
  let staff: Agent;
  let expert: Agent;

  async function upload(agent: Agent, fields: Record<string, string | string[]>) {
    const token = await csrfFrom(agent, '/library/new');
    const request = agent.post('/library').field('_csrf', token);
    for (const [name, value] of Object.entries(fields)) {
      for (const one of Array.isArray(value) ? value : [value]) request.field(name, one);
    }
    return request.attach('file', Buffer.from('Guidance on passenger data.\n'), 'guidance.txt');
  }

  const resource = (title: string, visibility: string) => ({
    kind: 'file',
    title,
    summary: 'How a PIU handles an alert',
    pillars: ['piu'],
    tags: 'alerts',
    language: 'en',
    documentDate: '2026-06-01',
    visibility,
  });

  const idOf = (location: string | undefined) =>
    Number(/\/library\/(\d+)$/.exec(location ?? '')?.[1]);
  const search = async (agent: Agent, text: string) =>
    (await agent.get(`/search?q=${encodeURIComponent(text)}&kind=resource`)).text;

  beforeAll(async () => {
    t = await startTestApp();
    kenyaId = (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' })).id;
    const agent = async (overrides: Parameters<typeof createUser>[1]) => {
      const a = agentFor(t.server);
      await signIn(a, await createUser(t.dataSource, overrides));
      return a;
    };
    author = await agent({ role: 'official', org: 'KEN', name: 'Achieng Otieno' });
    colleague = await agent({ role: 'official', org: 'KEN' });
    french = await agent({ role: 'official', org: 'FRA' });
    staff = await agent({ role: 'staff', withTwoFactor: true });
    expert = await agent({ role: 'expert', name: 'Lucía Fernández' });
  });
  afterAll(() => t.close());

  it("finds a State's resource for that State only, and tells its colleagues", async () => {
    const created = await upload(author, resource('Quillwort alert handbook', `state:${kenyaId}`));
    expect(created.status).toBe(303);
    const id = idOf(created.headers.location);

    expect(await search(colleague, 'quillwort')).toContain(`href="/library/${id}"`);
    const elsewhere = await search(french, 'quillwort');
    expect(elsewhere).not.toContain(`/library/${id}`);
    expect(elsewhere).not.toContain('Quillwort');

    const centre = (await colleague.get('/notifications')).text;
    expect(centre).toContain('Achieng Otieno shared a new resource');
    expect(centre).toContain('Quillwort alert handbook');
    expect((await french.get('/notifications')).text).not.toContain('Quillwort');
    // The author is not told of their own resource.
    expect((await author.get('/notifications')).text).not.toContain('Quillwort');

    // The home page's block lists it for the State's members only.
    const home = (await colleague.get('/')).text;
    expect(home).toContain('New in the library');
    expect(home).toContain(`<a href="/library/${id}">Quillwort alert handbook</a>`);
    expect(home).toContain('You have 1 unread notification.');
    expect(home).toMatch(/href="\/notifications\/\d+\/open">Achieng Otieno shared a new resource/);
    const frenchHome = (await french.get('/')).text;
    expect(frenchHome).toContain('New in the library');
    expect(frenchHome).not.toContain('Quillwort');
  });

  it('gives a member with nothing shared an empty block that says what to do', async () => {
    const newcomer = agentFor(t.server);
    await signIn(newcomer, await createUser(t.dataSource, { role: 'official', org: 'PER' }));
    const home = (await newcomer.get('/')).text;
    expect(home).toContain('Nothing has been shared with you yet.');
    expect(home).toContain('You are up to date.');
    expect(home).toContain('href="/library/new"');
    const analyst = agentFor(t.server);
    await signIn(
      analyst,
      await createUser(t.dataSource, { role: 'piu-analyst', org: 'KEN', withTwoFactor: true }),
    );
    expect((await analyst.get('/')).text).not.toContain('New in the library');
  });

  it('puts a proposal before the reviewers only, and finds it once approved', async () => {
    const proposed = await upload(expert, resource('Heliotrope screening notes', 'programme'));
    expect(proposed.status).toBe(303);
    const id = idOf(proposed.headers.location);
    expect(await search(colleague, 'heliotrope')).not.toContain(`/library/${id}`);
    expect((await staff.get('/notifications')).text).toContain(
      'Lucía Fernández submitted something for review',
    );

    const token = await csrfFrom(staff, '/library/review');
    const approved = await staff
      .post(`/library/review/${id}/approve`)
      .type('form')
      .send({ _csrf: token });
    expect(approved.status).toBe(303);
    expect(await search(colleague, 'heliotrope')).toContain(`href="/library/${id}"`);
    expect(await search(french, 'heliotrope')).toContain(`href="/library/${id}"`);
  });

  it('tells the followers of a pillar of a new resource in it, wherever it is published', async () => {
    const preferences = '/account/notifications';
    const form: Record<string, string | string[]> = { digestFrequency: 'weekly' };
    for (const { type, defaultDelivery } of NOTIFICATION_TYPES)
      form[`delivery_${type}`] = defaultDelivery;
    const saved = await postForm(french, preferences, preferences, {
      ...form,
      pillars: ['maritime', 'legislative'],
    });
    expect(saved.status).toBe(303);
    expect((await french.get(preferences)).text).toMatch(
      /<input[^>]*name="pillars"[^>]*value="maritime"[^>]*checked/,
    );
    const refused = await postForm(french, preferences, preferences, {
      ...form,
      pillars: 'astrology',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Choose among the pillars listed.');

    const published = await upload(staff, {
      ...resource('Port state control and passenger manifests', 'programme'),
      pillars: ['maritime'],
    });
    expect(published.status).toBe(303);
    const centre = (await french.get('/notifications')).text;
    expect(centre).toContain('Port state control and passenger manifests');
    expect(centre).toContain('In one of your pillars');
    // Programme-wide and not in a pillar they follow: the Kenyan colleague is not told.
    expect((await colleague.get('/notifications')).text).not.toContain('Port state control');
  });

  it('takes a deleted resource out of search', async () => {
    // The home page's list is kept per reach for a while; a change clears it at once.
    const listed = /href="\/library\/\d+">Marram grass briefing</;
    expect((await colleague.get('/')).text).not.toMatch(listed);
    const created = await upload(author, resource('Marram grass briefing', `state:${kenyaId}`));
    expect((await colleague.get('/')).text).toMatch(listed);
    expect(created.status).toBe(303);
    const id = idOf(created.headers.location);
    expect(await search(colleague, 'marram')).toContain(`/library/${id}`);
    const token = await csrfFrom(author, `/library/${id}/edit`);
    const deleted = await author.post(`/library/${id}/delete`).type('form').send({ _csrf: token });
    expect(deleted.status).toBe(303);
    expect(await search(colleague, 'marram')).not.toContain(`/library/${id}`);
    expect((await colleague.get('/')).text).not.toMatch(listed);
  });
});
