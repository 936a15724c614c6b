import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { Session } from '../src/auth/sessions/session.entity';
import { TOUCH_INTERVAL_MS } from '../src/auth/sessions/typeorm-session.store';
import { createApp } from '../src/main';
import { Organisation } from '../src/organisations/organisation.entity';
import { User } from '../src/users/user.entity';
import { createUser, STRONG_PASSWORD, totp } from './support/factories';
import { agentFor, postForm, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The signed-in user is read once and kept with the session; the session read checks it
 * against the user's and organisation's row versions, so a change made anywhere (another
 * session, another instance, an admin) shows on the next request. A request that changes
 * nothing writes nothing, except the idle-timeout touch once a minute.
 */
describe('the signed-in user kept with the session', () => {
  let t: TestApp;
  /** A second instance on the same database, as behind a load balancer. */
  let other: NestExpressApplication;
  let otherData: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    other = await createApp(t.config);
    await other.init();
    otherData = other.get(DataSource);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  const sessionsOf = (userId: number) => t.dataSource.getRepository(Session).findBy({ userId });
  const home = async (agent: Agent) => {
    const response = await agent.get('/');
    expect(response.status).toBe(200);
    return response.text;
  };
  const twoFactorBadge = (html: string) =>
    /Two-step verification:[^<]*<span[^>]*>([^<]+)</.exec(html)?.[1];

  async function signedIn(overrides: Parameters<typeof createUser>[1] = {}) {
    const user = await createUser(t.dataSource, overrides);
    const agent = agentFor(t.server);
    await signIn(agent, user);
    return { user, agent };
  }

  it('does not read the user again, and writes nothing, on the next requests', async () => {
    const { user, agent } = await signedIn({ name: 'Kept Name' });
    expect(await home(agent)).toContain('Kept Name');
    const [before] = await sessionsOf(user.id);
    expect(JSON.parse(before.data)).toMatchObject({ signedIn: { user: { id: user.id } } });

    // Behind TypeORM's back (no version bump): the kept copy is what the page shows.
    await t.dataSource.query(
      `UPDATE ${t.dataSource.driver.escape('user')} SET name = ? WHERE id = ?`,
      ['Changed Quietly', user.id],
    );
    expect(await home(agent)).toContain('Kept Name');
    const [after] = await sessionsOf(user.id);
    expect(after.data).toBe(before.data);
    expect(after.expiresAt.getTime()).toBe(before.expiresAt.getTime());
    expect(after.lastSeenAt.getTime()).toBe(before.lastSeenAt.getTime());
  });

  it('moves the expiry on once the row is more than a minute behind', async () => {
    const { user, agent } = await signedIn();
    await home(agent);
    const sessions = t.dataSource.getRepository(Session);
    const [row] = await sessionsOf(user.id);
    const behind = new Date(row.expiresAt.getTime() - TOUCH_INTERVAL_MS - 5_000);
    await sessions.update({ id: row.id }, { expiresAt: behind });
    await home(agent);
    const [touched] = await sessionsOf(user.id);
    const idleMs = t.config.session.idleTimeoutMinutes * 60_000;
    expect(touched.expiresAt.getTime()).toBeGreaterThan(Date.now() + idleMs - 10_000);
    expect(touched.lastSeenAt.getTime()).toBeGreaterThan(row.lastSeenAt.getTime());
  });

  it('moves it on once for requests of one session that arrive together', async () => {
    const { user, agent } = await signedIn();
    await home(agent);
    const [row] = await sessionsOf(user.id);
    await t.dataSource.getRepository(Session).update(
      { id: row.id },
      {
        expiresAt: new Date(row.expiresAt.getTime() - TOUCH_INTERVAL_MS - 5_000),
      },
    );
    // Under load the requests of one session interleave: each reads the row before any writes.
    // The spy holds every session read until all of them have arrived, to make that happen here.
    const together = 8;
    let arrived = 0;
    let release!: () => void;
    const allIn = new Promise<void>((resolve) => (release = resolve));
    const original = t.dataSource.query.bind(t.dataSource);
    const query = jest
      .spyOn(t.dataSource, 'query')
      .mockImplementation(async (sql: string, parameters?: Parameters<typeof original>[1]) => {
        if (sql.startsWith('SELECT s.data')) {
          if (++arrived === together) release();
          await allIn;
        }
        return original(sql, parameters);
      });
    try {
      await Promise.all(Array.from({ length: together }, () => home(agent)));
      const touches = query.mock.calls.filter(([sql]) =>
        /^UPDATE \S*session\S* SET expires_at/.test(String(sql)),
      );
      expect(touches).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
    const [touched] = await sessionsOf(user.id);
    expect(touched.expiresAt.getTime()).toBeGreaterThan(row.expiresAt.getTime() - 1_000);
  });

  it('sees a name and role changed on another instance at the next request', async () => {
    const { user, agent } = await signedIn({ role: 'official', name: 'Old Name' });
    expect(await home(agent)).toContain('Old Name');
    // Assessments: open to officials, not to partner agencies.
    expect((await agent.get('/programme/assessments')).status).toBe(200);
    await otherData.getRepository(User).update(user.id, { name: 'New Name', role: 'partner' });
    const page = await home(agent);
    expect(page).toContain('New Name');
    expect(page).not.toContain('Old Name');
    expect((await agent.get('/programme/assessments')).status).toBe(403);
  });

  it('sees a change of the organisation (its name) at the next request', async () => {
    const { agent } = await signedIn({ role: 'partner', org: 'INTERPOL' });
    const organisations = otherData.getRepository(Organisation);
    const interpol = await organisations.findOneByOrFail({ code: 'INTERPOL' });
    expect(await home(agent)).toContain(interpol.name);
    await organisations.update(interpol.id, { name: 'Renamed Organisation' });
    try {
      expect(await home(agent)).toContain('Renamed Organisation');
    } finally {
      await organisations.update(interpol.id, { name: interpol.name });
    }
  });

  it('ends the session of an account deactivated on another instance', async () => {
    const { user, agent } = await signedIn();
    await home(agent);
    await otherData.getRepository(User).update(user.id, { active: false });
    const next = await agent.get('/');
    expect(next.status).toBe(302);
    expect(next.headers.location).toMatch(/^\/login/);
  });

  it('lets a session in through the terms accepted in another session, on another instance', async () => {
    const { user, agent } = await signedIn({ termsVersion: null, termsAcceptedAt: null });
    expect((await agent.get('/')).headers.location).toBe('/terms');
    const elsewhere = agentFor(other.getHttpServer());
    await signIn(elsewhere, user);
    const accepted = await postForm(elsewhere, '/terms', '/terms', { accept: 'on' });
    expect(accepted.status).toBe(303);
    expect(await home(agent)).toContain(user.name);
  });

  it('shows two-factor enrolled in another session, and sends to enrolment once it is reset', async () => {
    const { user, agent } = await signedIn({ role: 'official' });
    expect(twoFactorBadge(await home(agent))).toBe('Off');

    const elsewhere = agentFor(other.getHttpServer());
    await signIn(elsewhere, user);
    const page = await elsewhere.get('/account/two-factor');
    const secret = /id="totp-secret">([^<]+)</.exec(page.text)![1];
    const enrolled = await postForm(elsewhere, '/account/two-factor', '/account/two-factor', {
      code: totp.codeAt(secret),
      passwordOrCode: STRONG_PASSWORD,
    });
    expect(enrolled.status).toBeLessThan(300);
    expect(
      (await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).totpEnabledAt,
    ).not.toBeNull();
    expect(twoFactorBadge(await home(agent))).toBe('On');

    // Staff must use two-factor: once an admin resets it, the open session goes to enrolment.
    const staff = await signedIn({ role: 'staff', withTwoFactor: true });
    await home(staff.agent);
    await otherData
      .getRepository(User)
      .update(staff.user.id, { totpSecret: null, totpEnabledAt: null });
    expect((await staff.agent.get('/')).headers.location).toBe('/account/two-factor');
  });

  it("shows a State's new programme status on its members' home page at once", async () => {
    const { agent } = await signedIn({ role: 'official', org: 'GHA' });
    expect(await home(agent)).toContain('Not in the programme');
    const staff = await signedIn({ role: 'staff', withTwoFactor: true });
    const changed = await postForm(
      staff.agent,
      '/states/GHA/record',
      '/admin/member-states/GHA/status',
      { status: 'assessed' },
    );
    expect(changed.status).toBe(303);
    const page = await home(agent);
    expect(page).toContain('Assessed');
    expect(page).not.toContain('Not in the programme');
  });
});
