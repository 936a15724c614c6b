import { AuditEvent } from '../src/audit/audit-event.entity';
import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumPost } from '../src/iwg/forum/forum-post.entity';
import { ForumThread } from '../src/iwg/forum/forum-thread.entity';
import type { Iwg } from '../src/iwg/iwg.entity';
import { User } from '../src/users/user.entity';
import { createUser } from './support/factories';
import { csrfFrom, postForm, type Agent, signedInAgent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import { startTestApp, type TestApp } from './support/test-app';

/** The working groups: who sees which IWG, governance, guests. */
describe('Informal Working Groups', () => {
  let t: TestApp;
  let east: Iwg;
  let west: Iwg;
  let staff: Agent;
  let official: Agent;
  let staffUser: User;

  const agentAs = (user: User) => signedInAgent(t.server, user);

  beforeAll(async () => {
    t = await startTestApp();
    east = await createIwg(t, 'EAF', ['KEN', 'UGA', 'TZA']);
    west = await createIwg(t, 'WAF', ['NGA', 'GHA']);
    staffUser = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
    staff = await agentAs(staffUser);
    official = await agentAs(await createUser(t.dataSource, { role: 'official', org: 'KEN' }));
  });
  afterAll(() => t.close());

  it('seeds one IWG per region, with General and one category per pillar, once', async () => {
    const categories = await t.dataSource
      .getRepository(ForumCategory)
      .find({ where: { iwgId: east.id }, order: { position: 'ASC' } });
    expect(categories.map((c) => c.pillarCode ?? c.kind)).toEqual([
      'general',
      'legislative',
      'piu',
      'carrier-engagement',
      'technology',
      'maritime',
    ]);
    expect(categories.every((c) => c.visibility.level === 'region')).toBe(true);
    expect(
      await t.app.get((await import('../src/iwg/iwg-seeder')).IwgSeeder).ensureForRegions(),
    ).toEqual([]);
  });

  it('lists to an official only the IWG of their region', async () => {
    const page = await official.get('/iwg');
    expect(page.status).toBe(200);
    expect(page.text).toContain(east.name);
    expect(page.text).not.toContain(west.name);
    const staffPage = await staff.get('/iwg');
    expect(staffPage.text).toContain(east.name);
    expect(staffPage.text).toContain(west.name);
  });

  it('answers 404 for an IWG, thread or post id that is not a number', async () => {
    for (const path of ['/iwg/abc', `/iwg/${east.id}/threads/x1`, `/iwg/${east.id}/posts/1e3/edit`])
      expect((await official.get(path)).status).toBe(404);
  });

  it("answers 404 for another region's IWG and audits the attempt", async () => {
    const response = await official.get(`/iwg/${west.id}`);
    expect(response.status).toBe(404);
    const denied = await t.dataSource
      .getRepository(AuditEvent)
      .findOneBy({ action: 'access.denied', targetType: 'iwg', targetId: String(west.id) });
    expect(denied).not.toBeNull();
  });

  it('refuses the IWG pages to PIU analysts (403) and shows partners nothing until invited', async () => {
    const analyst = await agentAs(
      await createUser(t.dataSource, { role: 'piu-analyst', org: 'KEN', withTwoFactor: true }),
    );
    expect((await analyst.get('/iwg')).status).toBe(403);
    const partnerUser = await createUser(t.dataSource, { role: 'partner' });
    const partner = await agentAs(partnerUser);
    expect((await partner.get('/iwg')).text).not.toContain(east.name);
    expect((await partner.get(`/iwg/${east.id}`)).status).toBe(404);

    // Invited as a guest: the very next request sees the IWG (the signed-in copy is reloaded).
    const invited = await postForm(
      staff,
      `/iwg/${east.id}/manage`,
      `/iwg/${east.id}/participants`,
      {
        kind: 'guest',
        email: partnerUser.email,
      },
    );
    expect(invited.status).toBe(303);
    const page = await partner.get(`/iwg/${east.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('You take part in this working group as a guest.');
    expect((await partner.get(`/iwg/${west.id}`)).status).toBe(404);
    expect((await official.get(`/iwg/${east.id}`)).text).toMatch(/Guest/);

    // Removed: the next request no longer sees it.
    const removed = await postForm(
      staff,
      `/iwg/${east.id}/manage`,
      `/iwg/${east.id}/participants/${partnerUser.id}/remove`,
      {},
    );
    expect(removed.status).toBe(303);
    expect((await partner.get(`/iwg/${east.id}`)).status).toBe(404);
    const audit = await t.dataSource.getRepository(AuditEvent).findBy({
      targetType: 'user',
      targetId: String(partnerUser.id),
    });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['iwg.guest-invited', 'iwg.guest-removed']),
    );
  });

  it('refuses to invite a State member as a guest, with a message on the form', async () => {
    const other = await createUser(t.dataSource, { role: 'official', org: 'NGA' });
    const response = await postForm(
      staff,
      `/iwg/${east.id}/manage`,
      `/iwg/${east.id}/participants`,
      {
        kind: 'guest',
        email: other.email,
      },
    );
    expect(response.status).toBe(400);
    expect(response.text).toContain('Only partners and experts are invited as guests');
  });

  it('lets staff name the chair and co-chairs among the region’s States, and nobody else', async () => {
    const set = await postForm(staff, `/iwg/${east.id}/manage`, `/iwg/${east.id}/positions`, {
      position: 'chair',
      state: 'UGA',
    });
    expect(set.status).toBe(303);
    const outside = await postForm(staff, `/iwg/${east.id}/manage`, `/iwg/${east.id}/positions`, {
      position: 'co-chair:piu',
      state: 'NGA',
    });
    expect(outside.status).toBe(400);
    expect((await official.get(`/iwg/${east.id}`)).text).toContain('Uganda');
    expect((await official.get(`/iwg/${east.id}/manage`)).status).toBe(403);
    const token = await csrfFrom(official, `/iwg/${east.id}`);
    const refused = await official
      .post(`/iwg/${east.id}/positions`)
      .type('form')
      .send({ _csrf: token, position: 'chair', state: 'KEN' });
    expect(refused.status).toBe(403);
  });

  it('lets staff create, rename and close an IWG; a closed IWG takes no posts', async () => {
    const created = await postForm(staff, '/iwg', '/iwg', {
      regionId: String(east.regionId),
      name: 'Maritime working group',
    });
    expect(created.status).toBe(303);
    const path = created.headers.location;
    const id = Number(path.split('/').pop());
    expect(
      (await postForm(staff, `${path}/manage`, `${path}/rename`, { name: 'Ports working group' }))
        .status,
    ).toBe(303);
    expect((await official.get(path)).text).toContain('Ports working group');
    expect(
      (await postForm(staff, `${path}/manage`, `${path}/close`, { closed: 'on' })).status,
    ).toBe(303);
    const general = await t.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: id, kind: 'general' });
    const response = await postForm(official, `${path}/threads/new`, `${path}/threads`, {
      categoryId: String(general.id),
      title: 'Anyone?',
      body: 'Hello',
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain('This working group is closed');
    expect(await t.dataSource.getRepository(ForumThread).countBy({ iwgId: id })).toBe(0);
    expect(await t.dataSource.getRepository(ForumPost).count()).toBeGreaterThanOrEqual(0);
  });
});
