import { Organisation } from '../src/organisations/organisation.entity';
import { LiveEvents } from '../src/live/live-events.service';
import { User } from '../src/users/user.entity';
import { createUser } from './support/factories';
import { agentFor, postForm, signIn, type Agent } from './support/http';
import {
  TEST_ORIGIN,
  connectLive,
  cookieOf,
  disconnection,
  listen,
  notificationsOf,
  waitFor,
  type LiveClient,
} from './support/live-client';
import { startTestApp, type TestApp } from './support/test-app';

describe('live updates', () => {
  let t: TestApp;
  let url: string;
  let live: LiveEvents;
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    url = await listen(t);
    live = t.app.get(LiveEvents);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => t.close());

  const stateId = async (code: string) =>
    (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code })).id;

  async function member(overrides: Parameters<typeof createUser>[1] = {}) {
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

  it('refuses a handshake without a signed-in session', async () => {
    await expect(connectLive(url, { origin: TEST_ORIGIN })).rejects.toThrow('unauthorised');
    // An anonymous session (the login page's CSRF cookie) is not a sign-in either.
    const anonymous = agentFor(t.server);
    await anonymous.get('/login');
    await expect(
      connectLive(url, { cookie: cookieOf(anonymous), origin: TEST_ORIGIN }),
    ).rejects.toThrow('unauthorised');
    await expect(
      connectLive(url, { cookie: 'cttp.sid=s%3Aforged.signature', origin: TEST_ORIGIN }),
    ).rejects.toThrow('unauthorised');
  });

  it('refuses another site’s page, or no Origin at all, even with a valid session', async () => {
    const { cookie } = await member();
    await expect(connectLive(url, { cookie, origin: 'https://evil.example' })).rejects.toThrow();
    await expect(connectLive(url, { cookie })).rejects.toThrow();
    const socket = await connected(cookie);
    expect(socket.connected).toBe(true);
  });

  it('refuses the session of a deactivated account', async () => {
    const { user, cookie } = await member();
    await t.dataSource.getRepository(User).update({ id: user.id }, { active: false });
    await expect(connectLive(url, { cookie, origin: TEST_ORIGIN })).rejects.toThrow('unauthorised');
  });

  it('delivers to the user’s room and their State’s room, never to another State’s member', async () => {
    const kenyan = await member({ role: 'official', org: 'KEN' });
    const senegalese = await member({ role: 'official', org: 'SEN' });
    const kenyanSocket = await connected(kenyan.cookie);
    const senegaleseSocket = await connected(senegalese.cookie);
    const toKenyan = notificationsOf(kenyanSocket);
    const toSenegalese = notificationsOf(senegaleseSocket);

    live.toUser(kenyan.user.id, 'notification', { messageKey: 'for.kenyan', url: '/' });
    live.toState(await stateId('KEN'), 'notification', { messageKey: 'for.kenya' });
    live.toState(await stateId('SEN'), 'notification', { messageKey: 'for.senegal' });
    live.toState(await stateId('FRA'), 'notification', { messageKey: 'for.france' });
    // Sent last: once it is in, everything sent before has arrived or never will.
    live.toUser(kenyan.user.id, 'notification', { messageKey: 'done' });
    live.toUser(senegalese.user.id, 'notification', { messageKey: 'done' });
    await waitFor(toKenyan, 'done');
    await waitFor(toSenegalese, 'done');

    expect(toKenyan).toEqual(['for.kenyan', 'for.kenya', 'done']);
    expect(toSenegalese).toEqual(['for.senegal', 'done']);
  });

  it('reaches every tab of the user, with the payload as sent', async () => {
    const { user, cookie } = await member();
    const first = await connected(cookie);
    const second = await connected(cookie);
    const payloads = [first, second].map(
      (socket) =>
        new Promise((resolve) => socket.once('notification', (payload) => resolve(payload))),
    );
    live.toUser(user.id, 'notification', {
      messageKey: 'notifications.newPost',
      params: { count: 2 },
      url: '/iwg/1',
    });
    const expected = { messageKey: 'notifications.newPost', params: { count: 2 }, url: '/iwg/1' };
    expect(await Promise.all(payloads)).toEqual([expected, expected]);
  });

  it('drops the sockets of a session that signs out, and only those', async () => {
    const { user, agent, cookie } = await member();
    const elsewhere = agentFor(t.server);
    await signIn(elsewhere, user);
    const signingOut = await connected(cookie);
    const staying = await connected(cookieOf(elsewhere));
    const dropped = disconnection(signingOut);

    expect((await postForm(agent, '/', '/logout', {})).status).toBe(303);
    expect(await dropped).toBe('io server disconnect');
    const received = notificationsOf(staying);
    live.toUser(user.id, 'notification', { messageKey: 'still.here' });
    await waitFor(received, 'still.here');
    expect(staying.connected).toBe(true);
  });

  it('drops every socket of an account whose role an admin changes', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin', withTwoFactor: true });
    const adminAgent: Agent = agentFor(t.server);
    await signIn(adminAgent, admin);
    const adminSocket = await connected(cookieOf(adminAgent));
    const { user, cookie } = await member({ role: 'official', org: 'KEN' });
    const phone = agentFor(t.server);
    await signIn(phone, user);
    const drops = [await connected(cookie), await connected(cookieOf(phone))].map(disconnection);

    const response = await postForm(
      adminAgent,
      `/admin/users/${user.id}`,
      `/admin/users/${user.id}/role`,
      { role: 'focal-point' },
    );
    expect(response.status).toBe(303);
    expect(await Promise.all(drops)).toEqual(['io server disconnect', 'io server disconnect']);
    // The old cookie does not open a new socket either.
    await expect(connectLive(url, { cookie, origin: TEST_ORIGIN })).rejects.toThrow('unauthorised');
    expect(adminSocket.connected).toBe(true);
  });

  it('keeps this session’s sockets when the member logs out their other sessions', async () => {
    const { user, agent, cookie } = await member();
    const other = agentFor(t.server);
    await signIn(other, user);
    const here = await connected(cookie);
    const dropped = disconnection(await connected(cookieOf(other)));

    const response = await postForm(agent, '/account/sessions', '/account/sessions/end-others', {});
    expect(response.status).toBe(303);
    expect(await dropped).toBe('io server disconnect');
    const received = notificationsOf(here);
    live.toUser(user.id, 'notification', { messageKey: 'still.here' });
    await waitFor(received, 'still.here');
  });
});
