import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumPost } from '../src/iwg/forum/forum-post.entity';
import { ForumThread } from '../src/iwg/forum/forum-thread.entity';
import type { Iwg } from '../src/iwg/iwg.entity';
import { createUser } from './support/factories';
import { agentFor, postForm, signIn, type Agent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import {
  TEST_ORIGIN,
  connectLive,
  cookieOf,
  eventsOf,
  listen,
  subscribe,
  waitUntil,
  type LiveClient,
} from './support/live-client';
import { startTestApp, type TestApp } from './support/test-app';

/** The forum's live side with real socket.io clients: rooms checked by the policy, events. */
describe('a forum thread, live', () => {
  let t: TestApp;
  let url: string;
  let east: Iwg;
  let general: ForumCategory;
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    url = await listen(t);
    east = await createIwg(t, 'EAF', ['KEN', 'TZA']);
    await createIwg(t, 'WAF', ['NGA']);
    general = await t.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: east.id, kind: 'general' });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => t.close());

  async function member(overrides: Parameters<typeof createUser>[1]) {
    const user = await createUser(t.dataSource, overrides);
    const agent = agentFor(t.server);
    await signIn(agent, user);
    return { user, agent, cookie: cookieOf(agent) };
  }

  async function connected(cookie: string): Promise<LiveClient> {
    const socket = await connectLive(url, { cookie, origin: TEST_ORIGIN });
    sockets.push(socket);
    return socket;
  }

  async function thread(agent: Agent, title: string): Promise<ForumThread> {
    const response = await postForm(
      agent,
      `/iwg/${east.id}/threads/new`,
      `/iwg/${east.id}/threads`,
      {
        categoryId: String(general.id),
        title,
        body: 'first',
      },
    );
    expect(response.status).toBe(303);
    return t.dataSource.getRepository(ForumThread).findOneByOrFail({
      id: Number(/threads\/(\d+)/.exec(response.headers.location)![1]),
    });
  }

  it('joins a thread room only when the policy lets the user see the thread', async () => {
    const kenyan = await member({ role: 'official', org: 'KEN' });
    const nigerian = await member({ role: 'official', org: 'NGA' });
    const partner = await member({ role: 'partner' });
    const staff = await member({ role: 'staff', withTwoFactor: true });
    const analyst = await member({ role: 'piu-analyst', org: 'KEN', withTwoFactor: true });
    const topic = await thread(kenyan.agent, 'Rooms');
    const room = `thread:${topic.id}`;
    expect(await subscribe(await connected(kenyan.cookie), room)).toBe(true);
    expect(await subscribe(await connected(staff.cookie), room)).toBe(true);
    expect(await subscribe(await connected(nigerian.cookie), room)).toBe(false);
    expect(await subscribe(await connected(partner.cookie), room)).toBe(false);
    expect(await subscribe(await connected(analyst.cookie), room)).toBe(false);
    expect(await subscribe(await connected(nigerian.cookie), `iwg:${east.id}`)).toBe(false);
    // Rooms that are not asked for: never joined on request.
    const socket = await connected(nigerian.cookie);
    expect(await subscribe(socket, `user:${kenyan.user.id}`)).toBe(false);
    expect(await subscribe(socket, 'thread:999999')).toBe(false);
    expect(await subscribe(socket, `thread:${topic.id} `)).toBe(false);
  });

  it('shows a new post, an edit, a hidden post and a reaction on an open thread, in every tab of the author', async () => {
    const amina = await member({ role: 'official', org: 'KEN' });
    const baraka = await member({ role: 'focal-point', org: 'TZA' });
    const staff = await member({ role: 'staff', withTwoFactor: true });
    const outsider = await member({ role: 'official', org: 'NGA' });
    const topic = await thread(amina.agent, 'Live');
    const room = `thread:${topic.id}`;
    const readers = [
      await connected(baraka.cookie),
      await connected(amina.cookie),
      await connected(amina.cookie),
    ];
    for (const socket of readers) expect(await subscribe(socket, room)).toBe(true);
    const outsiderSocket = await connected(outsider.cookie);
    await subscribe(outsiderSocket, room);
    const posts = readers.map((socket) => eventsOf(socket, 'forum.post'));
    const edits = eventsOf(readers[0], 'forum.postEdited');
    const hidden = eventsOf(readers[0], 'forum.postHidden');
    const reactions = eventsOf(readers[0], 'forum.reaction');
    const leaked = eventsOf(outsiderSocket, 'forum.post');
    const activity = eventsOf(readers[0], 'forum.activity');
    await subscribe(readers[0], `iwg:${east.id}`);

    await postForm(
      amina.agent,
      `/iwg/${east.id}/threads/${topic.id}?page=1`,
      `/iwg/${east.id}/threads/${topic.id}/posts`,
      {
        body: 'Hello **live**',
      },
    );
    const post = await t.dataSource
      .getRepository(ForumPost)
      .findOneOrFail({ where: { threadId: topic.id }, order: { id: 'DESC' } });
    // Baraka's page and both of Amina's tabs.
    for (const received of posts) {
      const event = await waitUntil(received, (e) => e.postId === post.id);
      expect(event).toMatchObject({
        threadId: topic.id,
        html: '<p>Hello <strong>live</strong></p>\n',
        authorId: amina.user.id,
      });
    }
    await waitUntil(activity, (e) => e.threadId === topic.id);

    await postForm(
      amina.agent,
      `/iwg/${east.id}/posts/${post.id}/edit`,
      `/iwg/${east.id}/posts/${post.id}/edit`,
      {
        body: 'Hello _edited_',
        revision: '1',
      },
    );
    expect((await waitUntil(edits, (e) => e.postId === post.id)).html).toContain('<em>edited</em>');

    await postForm(
      baraka.agent,
      `/iwg/${east.id}/threads/${topic.id}?page=1`,
      `/iwg/${east.id}/posts/${post.id}/reactions`,
      { kind: 'thanks' },
    );
    expect((await waitUntil(reactions, (e) => e.postId === post.id)).counts.thanks).toBe(1);

    await postForm(
      staff.agent,
      `/iwg/${east.id}/threads/${topic.id}?page=1`,
      `/iwg/${east.id}/posts/${post.id}/hide`,
      { hidden: 'on', reason: 'Duplicate' },
    );
    expect(await waitUntil(hidden, (e) => e.postId === post.id)).toMatchObject({
      hidden: true,
      reason: 'Duplicate',
    });
    expect(leaked).toEqual([]);
  });

  it('says "X is typing" to the others in the thread, not to the typist or outsiders', async () => {
    const amina = await member({ role: 'official', org: 'KEN', name: 'Amina Typist' });
    const baraka = await member({ role: 'focal-point', org: 'TZA' });
    const topic = await thread(amina.agent, 'Typing');
    const room = `thread:${topic.id}`;
    const typist = await connected(amina.cookie);
    const otherTab = await connected(amina.cookie);
    const reader = await connected(baraka.cookie);
    for (const socket of [typist, otherTab, reader]) await subscribe(socket, room);
    const seen = eventsOf(reader, 'typing');
    const echo = eventsOf(otherTab, 'typing');
    (typist as unknown as { emit(name: string, room: string): void }).emit('typing', room);
    expect(await waitUntil(seen, (e) => e.room === room)).toEqual({
      room,
      userId: amina.user.id,
      name: 'Amina Typist',
    });
    // Typing into a room the socket is not in reaches nobody.
    (reader as unknown as { emit(name: string, room: string): void }).emit(
      'typing',
      'thread:999999',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(echo).toEqual([]);
  });

  it('takes a removed guest out of the thread room at once', async () => {
    const staff = await member({ role: 'staff', withTwoFactor: true });
    const amina = await member({ role: 'official', org: 'KEN' });
    const guest = await member({ role: 'expert' });
    await postForm(staff.agent, `/iwg/${east.id}/manage`, `/iwg/${east.id}/participants`, {
      kind: 'guest',
      email: guest.user.email,
    });
    const topic = await thread(amina.agent, 'Guests');
    const room = `thread:${topic.id}`;
    const guestSocket = await connected(guest.cookie);
    expect(await subscribe(guestSocket, room)).toBe(true);
    const control = await connected(amina.cookie);
    await subscribe(control, room);
    const guestPosts = eventsOf(guestSocket, 'forum.post');
    const controlPosts = eventsOf(control, 'forum.post');
    const removed = await postForm(
      staff.agent,
      `/iwg/${east.id}/manage`,
      `/iwg/${east.id}/participants/${guest.user.id}/remove`,
      {},
    );
    expect(removed.status).toBe(303);
    await postForm(
      amina.agent,
      `/iwg/${east.id}/threads/${topic.id}?page=1`,
      `/iwg/${east.id}/threads/${topic.id}/posts`,
      { body: 'after removal' },
    );
    await waitUntil(controlPosts, () => true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(guestPosts).toEqual([]);
    expect(await subscribe(guestSocket, room)).toBe(false);
  });
});
