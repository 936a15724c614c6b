import { actorFor } from '../src/common/actor/actor';
import { ConversationsService } from '../src/conversations/conversations.service';
import { UsersService } from '../src/users/users.service';
import { createUser } from './support/factories';
import { agentFor, postForm, signIn } from './support/http';
import { redisUnderTest, removeRedisKeys, startTwoInstances } from './support/redis';
import type { TestApp } from './support/test-app';

/**
 * Two instances behind a load balancer: each keeps the members' unread conversation counts in
 * memory, so a new message written on one must reach the navigation of the other (Redis).
 */
describe('the unread conversations count across instances (Redis)', () => {
  const redis = redisUnderTest();
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    ({ a, b } = await startTwoInstances(redis));
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await removeRedisKeys(redis);
  });

  /** Polls instance B's home page until the navigation counts `count` unread conversations. */
  async function countOnB(agent: ReturnType<typeof agentFor>, count: number): Promise<void> {
    const started = Date.now();
    for (;;) {
      const page = await agent.get('/');
      const shown = /data-nav-count="conversations"(?: hidden)?><span data-number>(\d+)/.exec(
        page.text,
      )?.[1];
      if (shown === String(count)) return;
      if (Date.now() - started > 5000)
        throw new Error(`the count on B never showed ${count}: ${shown}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('shows on one instance a message written on the other, and its reading', async () => {
    const writer = await createUser(a.dataSource, { role: 'staff', withTwoFactor: true });
    const reader = await createUser(a.dataSource, { role: 'official' });
    const onB = agentFor(b.server);
    await signIn(onB, reader);
    await countOnB(onB, 0); // B now holds the count in memory
    await a.app
      .get(ConversationsService)
      .start(actorFor((await a.app.get(UsersService).findAuthenticated(writer.id))!), {
        recipients: reader.email,
        body: 'Hello from instance A',
      });
    await countOnB(onB, 1);
    // Read on A: B's count follows.
    const onA = agentFor(a.server);
    await signIn(onA, reader);
    const marked = await postForm(onA, '/conversations', '/conversations/read', {});
    expect(marked.status).toBe(303);
    await countOnB(onB, 0);
  });
});
