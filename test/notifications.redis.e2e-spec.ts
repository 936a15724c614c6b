import type { NotificationSource } from '../src/notifications/notification-source';
import { NotificationsService } from '../src/notifications/notifications.service';
import { createUser } from './support/factories';
import { agentFor, postForm, signIn } from './support/http';
import { TEST_ORIGIN, connectLive, cookieOf, type LiveClient } from './support/live-client';
import { redisUnderTest, removeRedisKeys, startTwoInstances } from './support/redis';
import type { TestApp } from './support/test-app';

/** Every subject visible to everyone: this suite is about the count, not about access. */
const OPEN_SOURCE: NotificationSource = {
  kind: 'test-open',
  describe: (_user, ids) =>
    Promise.resolve(new Map(ids.map((id) => [id, { title: `Subject ${id}`, path: '/' }]))),
};

/**
 * Two instances behind a load balancer: each keeps unread counts in its memory, so a change on
 * one must reach the other's badge (Redis pub/sub) and the member's sockets on both.
 */
describe('the unread badge across instances (Redis)', () => {
  const redis = redisUnderTest();
  let a: TestApp;
  let b: TestApp;
  let urlB = '';
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    let urls: { b: string };
    ({ a, b, urls } = await startTwoInstances(redis));
    urlB = urls.b;
    for (const app of [a, b]) app.app.get(NotificationsService).registerSource(OPEN_SOURCE);
  });
  afterAll(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await b?.close();
    await a?.close();
    await removeRedisKeys(redis);
  });

  /** Polls instance B's home page until its badge shows `count` (the invalidation is async). */
  async function badgeOnB(agent: ReturnType<typeof agentFor>, count: number): Promise<void> {
    const started = Date.now();
    for (;;) {
      const page = await agent.get('/');
      if (page.text.includes(`data-unread="${count}"`)) return;
      if (Date.now() - started > 5000) {
        throw new Error(
          `badge on B never showed ${count}: ${/data-unread="\d*"/.exec(page.text)?.[0]}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('shows on one instance what changed on the other, and tells sockets on both', async () => {
    const user = await createUser(a.dataSource, { role: 'official' });
    const onA = agentFor(a.server);
    await signIn(onA, user);
    const onB = agentFor(b.server);
    await signIn(onB, user);
    await badgeOnB(onB, 0); // B now holds the count in memory
    const socket = await connectLive(urlB, { cookie: cookieOf(onB), origin: TEST_ORIGIN });
    sockets.push(socket);
    const pushed = new Promise((resolve) => socket.once('notifications.unread', resolve));

    await a.app.get(NotificationsService).publish({
      type: 'new-resource',
      recipients: [{ userId: user.id, reason: 'state' }],
      subject: { kind: 'test-open', id: 1 },
      params: {},
    });
    expect(await pushed).toEqual({ count: 1 });
    await badgeOnB(onB, 1);

    expect((await postForm(onA, '/notifications', '/notifications/read-all', {})).status).toBe(303);
    await badgeOnB(onB, 0);
  });
});
