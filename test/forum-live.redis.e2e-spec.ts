import { randomBytes } from 'node:crypto';
import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumThread } from '../src/iwg/forum/forum-thread.entity';
import { IwgSeeder } from '../src/iwg/iwg-seeder';
import type { Iwg } from '../src/iwg/iwg.entity';
import { createUser } from './support/factories';
import { agentFor, postForm, signIn } from './support/http';
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
import { redisUnderTest, removeRedisKeys, requireRedis } from './support/redis';
import { startTestApp, type TestApp } from './support/test-app';

/** Two instances on one database and one Redis: a post on one reaches a thread open on the other. */
describe('a forum thread, live across instances (Redis)', () => {
  const redis = redisUnderTest();
  let a: TestApp;
  let b: TestApp;
  const urls = { a: '', b: '' };
  const sockets: LiveClient[] = [];
  let east: Iwg;

  beforeAll(async () => {
    await requireRedis(redis);
    const shared = {
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    };
    a = await startTestApp(shared);
    urls.a = await listen(a);
    b = await startTestApp(shared, () => a.config.database);
    urls.b = await listen(b);
    east = await createIwg(a, 'EAF', ['KEN']);
    expect(await b.app.get(IwgSeeder).ensureForRegions()).toEqual([]);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await removeRedisKeys(redis);
  });

  async function member(overrides: Parameters<typeof createUser>[1]) {
    const user = await createUser(a.dataSource, overrides);
    const agent = agentFor(a.server);
    await signIn(agent, user);
    return { user, agent, cookie: cookieOf(agent) };
  }

  async function connected(url: string, cookie: string): Promise<LiveClient> {
    const socket = await connectLive(url, { cookie, origin: TEST_ORIGIN });
    sockets.push(socket);
    return socket;
  }

  it('delivers a post made through one instance to a thread open on the other, and drops a removed guest everywhere', async () => {
    const amina = await member({ role: 'official', org: 'KEN' });
    const staff = await member({ role: 'staff', withTwoFactor: true });
    const guest = await member({ role: 'partner' });
    await postForm(staff.agent, `/iwg/${east.id}/manage`, `/iwg/${east.id}/participants`, {
      kind: 'guest',
      email: guest.user.email,
    });
    const general = await a.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: east.id, kind: 'general' });
    const created = await postForm(
      amina.agent,
      `/iwg/${east.id}/threads/new`,
      `/iwg/${east.id}/threads`,
      {
        categoryId: String(general.id),
        title: 'Across',
        body: 'first',
      },
    );
    const thread = await a.dataSource.getRepository(ForumThread).findOneByOrFail({
      id: Number(/threads\/(\d+)/.exec(created.headers.location)![1]),
    });
    const room = `thread:${thread.id}`;
    const onB = await connected(urls.b, amina.cookie);
    const guestOnB = await connected(urls.b, guest.cookie);
    expect(await subscribe(onB, room)).toBe(true);
    expect(await subscribe(guestOnB, room)).toBe(true);
    const received = eventsOf(onB, 'forum.post');
    const guestReceived = eventsOf(guestOnB, 'forum.post');

    await postForm(
      amina.agent,
      `/iwg/${east.id}/threads/${thread.id}?page=1`,
      `/iwg/${east.id}/threads/${thread.id}/posts`,
      {
        body: 'from instance A',
      },
    );
    expect((await waitUntil(received, () => true)).html).toContain('from instance A');
    await waitUntil(guestReceived, () => true);

    // The guest is removed through instance A: their socket on B leaves the room.
    await postForm(
      staff.agent,
      `/iwg/${east.id}/manage`,
      `/iwg/${east.id}/participants/${guest.user.id}/remove`,
      {},
    );
    received.length = 0;
    guestReceived.length = 0;
    await postForm(
      amina.agent,
      `/iwg/${east.id}/threads/${thread.id}?page=1`,
      `/iwg/${east.id}/threads/${thread.id}/posts`,
      {
        body: 'after the guest left',
      },
    );
    await waitUntil(received, () => true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(guestReceived).toEqual([]);
  });
});
