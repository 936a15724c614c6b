import { EngagementsService } from '../src/experts/engagements.service';
import { BullmqJobRunner } from '../src/jobs/bullmq-job-runner';
import { JobRunner } from '../src/jobs/job-runner';
import { defineJob } from '../src/jobs/job-type';
import { LiveEvents } from '../src/live/live-events.service';
import { Organisation } from '../src/organisations/organisation.entity';
import { actorOf, confirmedEngagement } from './support/experts-fixture';
import { createUser } from './support/factories';
import { agentFor, postForm, signIn } from './support/http';
import {
  TEST_ORIGIN,
  connectLive,
  cookieOf,
  disconnection,
  notificationsOf,
  waitFor,
  type LiveClient,
} from './support/live-client';
import { redisUnderTest, removeRedisKeys, startTwoInstances } from './support/redis';
import type { TestApp } from './support/test-app';

/**
 * Two instances of the portal, as behind a load balancer: one database, one Redis, one session
 * secret. A member signs in through one and holds sockets on both.
 */
describe('live updates across instances (Redis)', () => {
  const redis = redisUnderTest();
  let a: TestApp;
  let b: TestApp;
  let urls = { a: '', b: '' };
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    ({ a, b, urls } = await startTwoInstances(redis));
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await removeRedisKeys(redis);
  });

  const stateId = async (code: string) =>
    (await a.dataSource.getRepository(Organisation).findOneByOrFail({ code })).id;

  /** Signs in through instance A; the cookie then works on either. */
  async function member(org: string) {
    const user = await createUser(a.dataSource, { role: 'official', org });
    const agent = agentFor(a.server);
    await signIn(agent, user);
    return { user, agent, cookie: cookieOf(agent) };
  }

  async function connected(url: string, cookie: string): Promise<LiveClient> {
    const socket = await connectLive(url, { cookie, origin: TEST_ORIGIN });
    sockets.push(socket);
    return socket;
  }

  it('delivers an event sent on one instance to sockets on the other, by user and by State', async () => {
    const kenyan = await member('KEN');
    const senegalese = await member('SEN');
    const onA = notificationsOf(await connected(urls.a, kenyan.cookie));
    const onB = notificationsOf(await connected(urls.b, kenyan.cookie));
    const senegaleseOnB = notificationsOf(await connected(urls.b, senegalese.cookie));

    a.app.get(LiveEvents).toUser(kenyan.user.id, 'notification', { messageKey: 'from.a' });
    b.app.get(LiveEvents).toState(await stateId('KEN'), 'notification', { messageKey: 'from.b' });
    a.app.get(LiveEvents).toState(await stateId('SEN'), 'notification', { messageKey: 'senegal' });
    a.app.get(LiveEvents).toUser(kenyan.user.id, 'notification', { messageKey: 'done' });
    a.app.get(LiveEvents).toUser(senegalese.user.id, 'notification', { messageKey: 'done' });
    await Promise.all([onA, onB, senegaleseOnB].map((received) => waitFor(received, 'done')));

    // Order across two publishers is not guaranteed, the set of events is.
    expect([...onA].sort()).toEqual(['done', 'from.a', 'from.b']);
    expect([...onB].sort()).toEqual(['done', 'from.a', 'from.b']);
    expect(senegaleseOnB).toEqual(['senegal', 'done']);
  });

  it('takes a State’s room from an expert’s socket on the other instance when the engagement ends', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { expert, staff, engagementId } = await confirmedEngagement(a, today, today);
    const agent = agentFor(a.server);
    await signIn(agent, expert);
    const onB = notificationsOf(await connected(urls.b, cookieOf(agent)));
    const kenya = await stateId('KEN');
    const round = async (tag: string) => {
      a.app.get(LiveEvents).toState(kenya, 'notification', { messageKey: `${tag}.state` });
      a.app.get(LiveEvents).toUser(expert.id, 'notification', { messageKey: `${tag}.done` });
      await waitFor(onB, `${tag}.done`);
    };
    await round('during');
    // Closed through instance A: instance B, which holds the socket, rechecks it.
    await a.app.get(EngagementsService).step(await actorOf(a, staff), engagementId, 'close');
    await round('after');
    expect(onB).toEqual(['during.state', 'during.done', 'after.done']);
  });

  it('queues background jobs in Redis, shared by the instances', async () => {
    const SHARED = defineJob<{ n: number }>('test.shared');
    const ran: string[] = [];
    for (const [name, instance] of Object.entries({ a, b })) {
      const runner = instance.app.get(JobRunner);
      expect(runner).toBeInstanceOf(BullmqJobRunner);
      runner.register(SHARED, (payload) => {
        ran.push(`${name}:${payload.n}`);
        return Promise.resolve();
      });
    }
    for (let n = 0; n < 10; n++) await a.app.get(JobRunner).enqueue(SHARED, { n });
    const started = Date.now();
    while (ran.length < 10 && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(ran.map((run) => run.split(':')[1]).sort()).toEqual(
      Array.from({ length: 10 }, (_, n) => String(n)).sort(),
    );
  });

  it('drops the sockets on the other instance when the session signs out', async () => {
    const { agent, cookie } = await member('KEN');
    const dropped = [
      disconnection(await connected(urls.a, cookie)),
      disconnection(await connected(urls.b, cookie)),
    ];
    expect((await postForm(agent, '/', '/logout', {})).status).toBe(303);
    expect(await Promise.all(dropped)).toEqual(['io server disconnect', 'io server disconnect']);
  });

  it('drops every socket of an account when an admin on the other instance changes its role', async () => {
    const admin = await createUser(a.dataSource, { role: 'admin', withTwoFactor: true });
    const adminAgent = agentFor(b.server);
    await signIn(adminAgent, admin);
    const { user, cookie } = await member('KEN');
    const bystander = await member('KEN');
    const bystanderSocket = await connected(urls.a, bystander.cookie);
    const dropped = disconnection(await connected(urls.a, cookie));

    const response = await postForm(
      adminAgent,
      `/admin/users/${user.id}`,
      `/admin/users/${user.id}/role`,
      { role: 'focal-point' },
    );
    expect(response.status).toBe(303);
    expect(await dropped).toBe('io server disconnect');
    const received = notificationsOf(bystanderSocket);
    b.app.get(LiveEvents).toUser(bystander.user.id, 'notification', { messageKey: 'still.here' });
    await waitFor(received, 'still.here');
  });
});
