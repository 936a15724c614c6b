import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumPostAttachment } from '../src/iwg/forum/forum-post-attachment.entity';
import { ForumPost } from '../src/iwg/forum/forum-post.entity';
import { ForumThread } from '../src/iwg/forum/forum-thread.entity';
import type { Iwg } from '../src/iwg/iwg.entity';
import { LibraryResource } from '../src/library/library-resource.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, postForm, signIn, type Agent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import {
  TEST_ORIGIN,
  connectLive,
  cookieOf,
  eventsOf,
  listen,
  subscribe,
  waitUntil,
} from './support/live-client';
import { startTestApp, type TestApp } from './support/test-app';

/** Library resources attached to forum posts: picked by address, or uploaded on the way. */
describe('attachments in the forum', () => {
  let t: TestApp;
  let east: Iwg;
  let west: Iwg;
  let general: ForumCategory;
  let kenyaId: number;
  let kenyan: Agent;
  let ugandan: Agent;
  let nigerian: Agent;
  let staff: Agent;
  let partner: Agent;
  const ids: Record<string, number> = {};

  async function agentOf(overrides: Parameters<typeof createUser>[1]) {
    const agent = agentFor(t.server);
    await signIn(agent, await createUser(t.dataSource, overrides));
    return agent;
  }

  /** A library link made through the library's own form; returns the response. */
  async function share(agent: Agent, title: string, visibility: string, back?: string) {
    const formPage = back ? `/library/new?back=${encodeURIComponent(back)}` : '/library/new';
    const token = await csrfFrom(agent, formPage);
    const request = agent
      .post('/library')
      .field('_csrf', token)
      .field('kind', 'link')
      .field('title', title)
      .field('url', 'https://www.example.org/guidance')
      .field('pillars', 'piu')
      .field('language', 'en')
      .field('visibility', visibility);
    if (back) request.field('back', back);
    return request;
  }

  const threadsIn = () => t.dataSource.getRepository(ForumThread).countBy({ iwgId: east.id });

  async function start(agent: Agent, title: string, attachments: string) {
    return postForm(agent, `/iwg/${east.id}/threads/new`, `/iwg/${east.id}/threads`, {
      categoryId: String(general.id),
      title,
      body: 'Please read the attached.',
      attachments,
    });
  }

  beforeAll(async () => {
    t = await startTestApp();
    east = await createIwg(t, 'EAF', ['KEN', 'UGA']);
    west = await createIwg(t, 'WAF', ['NGA']);
    general = await t.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: east.id, kind: 'general' });
    kenyaId = (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' })).id;
    kenyan = await agentOf({ role: 'official', org: 'KEN', name: 'Wanjiru Kamau' });
    ugandan = await agentOf({ role: 'official', org: 'UGA' });
    nigerian = await agentOf({ role: 'official', org: 'NGA' });
    staff = await agentOf({ role: 'staff', withTwoFactor: true });
    partner = await agentOf({ role: 'partner', org: 'ICAO' });
    for (const [key, title, visibility] of [
      ['programme', 'Carrier onboarding checklist', 'programme'],
      ['east', 'East Africa PIU contact sheet', `region:${east.regionId}`],
      ['kenya', 'Kenya draft SOP on alerts', `state:${kenyaId}`],
      ['west', 'West Africa roster', `region:${west.regionId}`],
    ]) {
      const created = await share(staff, title, visibility);
      expect(created.status).toBe(303);
      ids[key] = Number(/\/library\/(\d+)$/.exec(created.headers.location)![1]);
    }
  });
  afterAll(() => t.close());

  it('attaches resources the whole IWG may see, and lists them under the post for its readers', async () => {
    const started = await start(
      kenyan,
      'Onboarding a carrier',
      `https://portal.example.org/library/${ids.programme}, /library/${ids.east}`,
    );
    expect(started.status).toBe(303);
    const threadPath = /\/iwg\/\d+\/threads\/\d+/.exec(started.headers.location)![0];
    const page = (await ugandan.get(`${threadPath}?page=1`)).text;
    expect(page).toContain(`<a href="/library/${ids.programme}">Carrier onboarding checklist</a>`);
    expect(page).toContain(`<a href="/library/${ids.east}">East Africa PIU contact sheet</a>`);
    expect(page).toMatch(/Web link · English/);
    const post = await t.dataSource
      .getRepository(ForumPost)
      .findOneOrFail({ where: { threadId: Number(/\d+$/.exec(threadPath)![0]) } });
    expect(post.attachmentCount).toBe(2);
    const rows = await t.dataSource
      .getRepository(ForumPostAttachment)
      .find({ where: { postId: post.id }, order: { position: 'ASC' } });
    expect(rows.map((row) => row.resourceId)).toEqual([ids.programme, ids.east]);

    // The picker offers what may be attached here by title: not a State's or another region's.
    const picked = await kenyan.get(`/iwg/${east.id}/attachables.json?q=a`).expect(200);
    const offered = (picked.body as { resources: { id: number; reference: string }[] }).resources;
    expect(offered.map((r) => r.id).sort()).toEqual([ids.programme, ids.east].sort());
    expect(offered.find((r) => r.id === ids.east)!.reference).toBe(`/library/${ids.east}`);
    await nigerian.get(`/iwg/${east.id}/attachables.json?q=a`).expect(404);

    // A resource later narrowed to one State disappears for the others, stays for that State.
    await t.dataSource
      .getRepository(LibraryResource)
      .update(
        { id: ids.east },
        { visibility: { level: 'state', regionId: null, stateId: kenyaId } },
      );
    expect((await ugandan.get(`${threadPath}?page=1`)).text).not.toContain(
      'East Africa PIU contact sheet',
    );
    expect((await kenyan.get(`${threadPath}?page=1`)).text).toContain(
      'East Africa PIU contact sheet',
    );
    await t.dataSource.getRepository(LibraryResource).update(
      { id: ids.east },
      {
        visibility: { level: 'region', regionId: east.regionId, stateId: null },
      },
    );
  });

  it('refuses a resource fewer people may see, or one the author cannot see, and keeps the text', async () => {
    const before = await threadsIn();
    const narrower = await start(kenyan, 'Our SOP', `/library/${ids.kenya}`);
    expect(narrower.status).toBe(400);
    expect(narrower.text).toContain(
      '“Kenya draft SOP on alerts” is shared with fewer people than this working group',
    );
    expect(narrower.text).toContain('Please read the attached.');
    expect(narrower.text).toContain(`value="/library/${ids.kenya}"`);

    const hidden = await start(kenyan, 'Roster', `/library/${ids.west}, nonsense`);
    expect(hidden.status).toBe(400);
    expect(hidden.text).toContain(`“${ids.west}” is not a published library resource you may see.`);
    expect(hidden.text).toContain('“nonsense” is not a published library resource you may see.');
    // The refused resource's title is never shown to someone who may not see it.
    expect(hidden.text).not.toContain('West Africa roster');

    const many = Array.from({ length: 11 }, (_, index) => String(index + 1)).join(', ');
    const tooMany = await start(kenyan, 'Many', many);
    expect(tooMany.status).toBe(400);
    expect(tooMany.text).toContain('Attach at most 10 resources to a post.');
    expect(await threadsIn()).toBe(before);
  });

  it('pushes a reply’s attachments to the open thread, and an edit changes them', async () => {
    const url = await listen(t);
    const started = await start(kenyan, 'Live attachments', '');
    const threadPath = /\/iwg\/\d+\/threads\/\d+/.exec(started.headers.location)![0];
    const threadId = Number(/\d+$/.exec(threadPath)![0]);
    const socket = await connectLive(url, { cookie: cookieOf(ugandan), origin: TEST_ORIGIN });
    try {
      expect(await subscribe(socket, `thread:${threadId}`)).toBe(true);
      const posts = eventsOf(socket, 'forum.post');
      const edits = eventsOf(socket, 'forum.postEdited');
      const replied = await postForm(kenyan, `${threadPath}?page=1`, `${threadPath}/posts`, {
        body: 'The checklist',
        attachments: String(ids.programme),
      });
      expect(replied.status).toBe(303);
      const event = await waitUntil(posts, (e) => e.threadId === threadId);
      expect(event.attachments).toEqual([
        { title: 'Carrier onboarding checklist', href: `/library/${ids.programme}` },
      ]);

      const postId = event.postId;
      const editPage = (await kenyan.get(`/iwg/${east.id}/posts/${postId}/edit`)).text;
      expect(editPage).toContain(`value="/library/${ids.programme}"`);
      const edited = await postForm(
        kenyan,
        `/iwg/${east.id}/posts/${postId}/edit`,
        `/iwg/${east.id}/posts/${postId}/edit`,
        { body: 'The contact sheet instead', revision: '1', attachments: `/library/${ids.east}` },
      );
      expect(edited.status).toBe(303);
      const change = await waitUntil(edits, (e) => e.postId === postId);
      expect(change.attachments).toEqual([
        { title: 'East Africa PIU contact sheet', href: `/library/${ids.east}` },
      ]);
      const rows = await t.dataSource.getRepository(ForumPostAttachment).findBy({ postId });
      expect(rows.map((row) => row.resourceId)).toEqual([ids.east]);
    } finally {
      socket.close();
    }
  });

  it('uploads into the library from the composer and comes back with the resource attached', async () => {
    const started = await start(kenyan, 'Upload on the way', '');
    const threadPath = /\/iwg\/\d+\/threads\/\d+/.exec(started.headers.location)![0];
    const threadPage = (await kenyan.get(`${threadPath}?page=1`)).text;
    // Handlebars escapes `=` and `&` in the attribute.
    const uploadLink = `/library/new?visibility&#x3D;region:${east.regionId}&amp;back&#x3D;${encodeURIComponent(threadPath)}`;
    expect(threadPage).toContain(`href="${uploadLink}"`);
    const form = (
      await kenyan.get(
        `/library/new?visibility=region:${east.regionId}&back=${encodeURIComponent(threadPath)}`,
      )
    ).text;
    expect(form).toContain(`<input type="hidden" name="back" value="${threadPath}">`);
    expect(form).toMatch(new RegExp(`<option value="region:${east.regionId}" selected`));

    const shared = await share(
      kenyan,
      'Kenya carrier letter',
      `region:${east.regionId}`,
      threadPath,
    );
    expect(shared.status).toBe(303);
    const match = new RegExp(`^${threadPath}\\?attach=(\\d+)#reply$`).exec(shared.headers.location);
    expect(match).not.toBeNull();
    const composer = (await kenyan.get(`${threadPath}?attach=${match![1]}`)).text;
    expect(composer).toContain(`name="attachments" type="text" value="/library/${match![1]}"`);

    // A partner's proposal waits for review: back to the post, nothing attached yet.
    const proposed = await share(partner, 'ICAO guidance', 'programme', threadPath);
    expect(proposed.status).toBe(303);
    expect(proposed.headers.location).toBe(threadPath);

    // A return address off the portal is ignored: the new resource's page instead.
    const elsewhere = await share(staff, 'Elsewhere', 'programme', '//evil.example.org/x');
    expect(elsewhere.status).toBe(303);
    expect(elsewhere.headers.location).toMatch(/^\/library\/\d+$/);
  });
});
