import { VisibilityPolicy } from '../src/common/visibility/visibility-policy';
import { EngagementsService } from '../src/experts/engagements.service';
import { LiveEvents } from '../src/live/live-events.service';
import { LiveRooms } from '../src/live/live-rooms';
import { Organisation } from '../src/organisations/organisation.entity';
import type { User } from '../src/users/user.entity';
import { actorOf, confirmedEngagement } from './support/experts-fixture';
import { agentFor, signIn } from './support/http';
import {
  TEST_ORIGIN,
  connectLive,
  cookieOf,
  listen,
  notificationsOf,
  subscribe,
  waitFor,
  type LiveClient,
} from './support/live-client';
import { ManualClock } from './support/manual-clock';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

/**
 * An expert's open sockets follow their engagement: the State's room and the State's requested
 * rooms open when the engagement starts by the calendar and close when it ends, or at once when
 * it is closed early, with no page load in between. (A page is checked by the session guard;
 * this is the same rule for a socket that stays open for days.)
 */
describe('live rooms of an expert before, during and after an engagement', () => {
  let t: TestApp;
  let url: string;
  let live: LiveEvents;
  let kenyaId: number;
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 6));
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    t = await startTestApp({}, undefined, { clock });
    url = await listen(t);
    live = t.app.get(LiveEvents);
    kenyaId = (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' })).id;
    // A room kind answered by the visibility policy's State reach, as a State thread's is.
    const policy = t.app.get(VisibilityPolicy);
    t.app
      .get(LiveRooms)
      .registerKind('probe', (user, id) =>
        Promise.resolve(policy.reach(user).stateIds.includes(id)),
      );
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => t.close());

  /** A confirmed engagement with Kenya for the given days, and the expert's open socket. */
  async function engagedExpert(startsOn: string, endsOn: string) {
    const engaged = await confirmedEngagement(t, startsOn, endsOn);
    const agent = agentFor(t.server);
    await signIn(agent, engaged.expert);
    const socket = await connectLive(url, { cookie: cookieOf(agent), origin: TEST_ORIGIN });
    sockets.push(socket);
    return { ...engaged, socket };
  }

  /** What the expert's socket hears of one message to Kenya's room and one to the probe room. */
  async function hears(expert: User, socket: LiveClient, tag: string): Promise<string[]> {
    const received = notificationsOf(socket);
    live.toState(kenyaId, 'notification', { messageKey: `${tag}.state` });
    live.toRoom(`probe:${kenyaId}`, 'notification', { messageKey: `${tag}.probe` });
    // Sent last: once it is in, what was sent before has arrived or never will.
    live.toUser(expert.id, 'notification', { messageKey: `${tag}.done` });
    await waitFor(received, `${tag}.done`);
    return received.filter((key) => !key.endsWith('.done'));
  }

  it('opens the State’s rooms when the engagement starts and closes them when it ends', async () => {
    const { expert, socket } = await engagedExpert('2026-03-02', '2026-03-04');

    expect(await subscribe(socket, `probe:${kenyaId}`)).toBe(false);
    expect(await hears(expert, socket, 'before')).toEqual([]);

    await clock.advance(DAY); // 2 March, 06:00: the engagement runs
    expect(await hears(expert, socket, 'starts')).toEqual(['starts.state']);
    expect(await subscribe(socket, `probe:${kenyaId}`)).toBe(true);
    expect(await hears(expert, socket, 'during')).toEqual(['during.state', 'during.probe']);

    await clock.advance(3 * DAY); // 5 March: it ended at midnight
    expect(await hears(expert, socket, 'after')).toEqual([]);
    expect(await subscribe(socket, `probe:${kenyaId}`)).toBe(false);
    expect(socket.connected).toBe(true);
  });

  it('closes them at once when staff close the engagement early', async () => {
    const { expert, staff, engagementId, socket } = await engagedExpert('2026-03-01', '2026-03-31');
    expect(await subscribe(socket, `probe:${kenyaId}`)).toBe(true);
    expect(await hears(expert, socket, 'running')).toEqual(['running.state', 'running.probe']);

    await t.app.get(EngagementsService).step(await actorOf(t, staff), engagementId, 'close');
    expect(await hears(expert, socket, 'closed')).toEqual([]);
  });
});
