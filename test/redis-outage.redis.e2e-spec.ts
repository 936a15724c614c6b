import { randomBytes } from 'node:crypto';
import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumPost } from '../src/iwg/forum/forum-post.entity';
import { Notification } from '../src/notifications/notification.entity';
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
import { TcpProxy } from './support/tcp-proxy';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Redis goes away under two instances (a proxy of the tests' own between them and Redis resets
 * every connection): pages and posts keep working, live updates across instances stop, and
 * they come back by themselves when Redis does.
 */
describe('Redis gone and back', () => {
  const redis = redisUnderTest();
  let proxy: TcpProxy;
  let a: TestApp;
  let b: TestApp;
  let urlB = '';
  let east: Iwg;
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    await requireRedis(redis);
    const target = new URL(redis.url);
    proxy = await TcpProxy.start({
      targetHost: target.hostname,
      targetPort: Number(target.port || 6379),
    });
    const shared = {
      REDIS_URL: proxy.urlFor(redis.url),
      REDIS_PREFIX: redis.prefix,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    };
    a = await startTestApp(shared);
    await listen(a);
    b = await startTestApp(shared, () => a.config.database);
    urlB = await listen(b);
    east = await createIwg(a, 'EAF', ['KEN']);
    await b.app.get(IwgSeeder).ensureForRegions();
  });
  afterAll(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    proxy?.restore();
    await b?.close();
    await a?.close();
    await proxy?.close();
    await removeRedisKeys(redis);
  });

  it('keeps pages and posts working while Redis is down, and live updates return with it', async () => {
    const user = await createUser(a.dataSource, { role: 'official', org: 'KEN' });
    // Mentioned in every post: each one makes a notification and queues its mail job in Redis.
    const colleague = await createUser(a.dataSource, { role: 'official', org: 'KEN' });
    const mention = `@${colleague.email.split('@')[0]}`;
    const agent = agentFor(a.server);
    await signIn(agent, user);
    const general = await a.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: east.id, kind: 'general' });
    const created = await postForm(
      agent,
      `/iwg/${east.id}/threads/new`,
      `/iwg/${east.id}/threads`,
      {
        categoryId: String(general.id),
        title: 'Outage',
        body: 'first',
      },
    );
    const thread = await a.dataSource.getRepository(ForumThread).findOneByOrFail({
      id: Number(/threads\/(\d+)/.exec(created.headers.location)![1]),
    });
    const threadPage = `/iwg/${east.id}/threads/${thread.id}?page=1`;
    const reader = await connectLive(urlB, { cookie: cookieOf(agent), origin: TEST_ORIGIN });
    sockets.push(reader);
    expect(await subscribe(reader, `thread:${thread.id}`)).toBe(true);
    const received = eventsOf(reader, 'forum.post');
    const post = (body: string) =>
      postForm(agent, threadPage, `/iwg/${east.id}/threads/${thread.id}/posts`, {
        body: `${mention} ${body}`,
      });

    expect((await post('before the outage')).status).toBe(303);
    await waitUntil(received, (event) => event.html.includes('before the outage'));

    proxy.cut();
    const started = Date.now();
    const during = await post('during the outage');
    expect(during.status).toBe(303);
    // Answered at once, not after Redis came back.
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await agent.get(threadPage)).text).toContain('during the outage');
    expect((await agentFor(b.server).get('/health')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received.some((event) => event.html.includes('during the outage'))).toBe(false);
    expect(await a.dataSource.getRepository(ForumPost).countBy({ threadId: thread.id })).toBe(3);
    expect(
      await a.dataSource
        .getRepository(Notification)
        .countBy({ userId: colleague.id, type: 'mention' }),
    ).toBe(2);

    proxy.restore();
    // Both instances reconnect by themselves; a new post crosses again.
    let crossed = false;
    for (let attempt = 0; attempt < 20 && !crossed; attempt += 1) {
      expect((await post(`after the outage ${attempt}`)).status).toBe(303);
      crossed = await waitUntil(received, (event) => event.html.includes('after the outage'), 500)
        .then(() => true)
        .catch(() => false);
    }
    expect(crossed).toBe(true);
  });
});
