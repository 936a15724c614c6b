import { AuditEvent } from '../src/audit/audit-event.entity';
import { OneTimeToken } from '../src/auth/tokens/one-time-token.entity';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { createUser, totp } from './support/factories';
import { agentFor, postForm, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

const NEW_PASSWORD = 'saffron-tundra-beacon-58-harvest';

describe("a focal point's PIU analysts", () => {
  let t: TestApp;
  let focalPoint: User;
  let agent: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    focalPoint = await createUser(t.dataSource, { role: 'focal-point', org: 'KEN' });
    agent = agentFor(t.server);
    await signIn(agent, focalPoint);
  });
  afterAll(() => t.close());

  const users = () => t.dataSource.getRepository(User);
  const analyst = (overrides: Partial<User> & { org?: string } = {}) =>
    createUser(t.dataSource, {
      role: 'piu-analyst',
      org: 'KEN',
      withTwoFactor: true,
      ...overrides,
    });
  const act = (id: number, action: string) =>
    postForm(agent, '/piu-analysts', `/piu-analysts/${id}/${action}`, {});
  const denials = (id: number) =>
    t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'access.denied', actorId: focalPoint.id, targetId: String(id) });

  it("lists the State's own analysts only, never stored by the browser", async () => {
    const own = await analyst({ name: 'Wanjiru Analyst' });
    const foreign = await analyst({ name: 'Chidi Foreign', org: 'NGA' });
    const official = await createUser(t.dataSource, { name: 'Otieno Official', org: 'KEN' });
    const page = await agent.get('/piu-analysts');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('Wanjiru Analyst');
    expect(page.text).toContain(own.email);
    expect(page.text).toContain(`/piu-analysts/${own.id}/two-factor/reset`);
    expect(page.text).toContain(`/piu-analysts/${own.id}/password-reset-link`);
    expect(page.text).not.toContain('Chidi Foreign');
    expect(page.text).not.toContain(official.email);
    expect(page.text).not.toContain(`/piu-analysts/${foreign.id}/`);
    expect((await agent.get('/')).text).toContain('href="/piu-analysts"');
  });

  it("resets an analyst's two-step verification, audited as the focal point", async () => {
    const own = await analyst();
    const response = await act(own.id, 'two-factor/reset');
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/piu-analysts');
    const row = await users().findOneByOrFail({ id: own.id });
    expect(row.totpSecret).toBeNull();
    const [event] = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'two-factor.reset', targetId: String(own.id) });
    expect(event.actorId).toBe(focalPoint.id);
    expect((await agent.get('/piu-analysts')).text).toContain(
      'Two-step verification removed from the account of',
    );
    // Their next sign-in sends them to enrol a new authenticator.
    const analystAgent = agentFor(t.server);
    await signIn(analystAgent, row);
    expect((await analystAgent.get('/')).headers.location).toBe('/account/two-factor');
  });

  it('issues a reset link shown once that lets the analyst choose a new password', async () => {
    const own = await analyst();
    const response = await act(own.id, 'password-reset-link');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const link = /id="reset-link">([^<]+)</.exec(response.text)![1];
    const path = new URL(link).pathname;
    const tokens = t.dataSource.getRepository(OneTimeToken);
    expect(await tokens.findOneByOrFail({ userId: own.id })).toMatchObject({
      purpose: 'password-reset',
      issuedById: focalPoint.id,
    });
    const done = await postForm(agentFor(t.server), path, path, {
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
    });
    expect(done.status).toBe(303);
    // The second factor still stands between the new password and the account.
    const analystAgent = agentFor(t.server);
    const first = await postForm(analystAgent, '/login', '/login', {
      email: own.email,
      password: NEW_PASSWORD,
    });
    expect(first.headers.location).toBe('/login/two-factor');
    const second = await postForm(analystAgent, '/login/two-factor', '/login/two-factor', {
      code: totp.codeAt(own.totpSecret!),
    });
    expect(second.status).toBe(303);
  });

  it("answers 404 for another State's analyst or a non-analyst, changes nothing, and audits it", async () => {
    const foreign = await analyst({ org: 'NGA' });
    const official = await createUser(t.dataSource, { org: 'KEN', withTwoFactor: true });
    for (const target of [foreign, official]) {
      expect((await act(target.id, 'two-factor/reset')).status).toBe(404);
      expect((await act(target.id, 'password-reset-link')).status).toBe(404);
      expect((await users().findOneByOrFail({ id: target.id })).totpSecret).toBe(target.totpSecret);
      expect(await t.dataSource.getRepository(OneTimeToken).countBy({ userId: target.id })).toBe(0);
      const denied = await denials(target.id);
      expect(denied).toHaveLength(2);
      expect(JSON.parse(denied[0].details!)).toMatchObject({
        path: `/piu-analysts/${target.id}/two-factor/reset`,
      });
    }
    expect((await act(999_999, 'two-factor/reset')).status).toBe(404);
  });

  it('makes an analyst a supervisor of the PIU and back, audited; never an inactive one', async () => {
    const own = await analyst({ name: 'Amani Supervisor' });
    const set = (value: string) =>
      postForm(agent, '/piu-analysts', `/piu-analysts/${own.id}/supervisor`, { supervisor: value });
    expect((await set('on')).status).toBe(303);
    expect((await users().findOneByOrFail({ id: own.id })).piuSupervisor).toBe(true);
    const page = await agent.get('/piu-analysts');
    expect(page.text).toContain('Remove Amani Supervisor as a supervisor of the PIU');
    expect(page.text).toContain('Amani Supervisor is now a supervisor of the PIU.');
    expect(
      await t.dataSource
        .getRepository(User)
        .manager.getRepository(AuditEvent)
        .countBy({
          action: 'user.piu-supervisor-granted',
          targetId: String(own.id),
        }),
    ).toBe(1);
    // The analyst's own signed-in copy follows at their next request.
    const signedIn = await t.app.get(UsersService).loadSignedIn(own.id);
    expect(signedIn?.user.piuSupervisor).toBe(true);
    expect((await set('off')).status).toBe(303);
    expect((await users().findOneByOrFail({ id: own.id })).piuSupervisor).toBe(false);
    expect((await t.app.get(UsersService).loadSignedIn(own.id))?.user.piuSupervisor).toBe(false);

    const inactive = await analyst({ active: false });
    const refused = await postForm(
      agent,
      '/piu-analysts',
      `/piu-analysts/${inactive.id}/supervisor`,
      {
        supervisor: 'on',
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('This account is deactivated');
    expect((await users().findOneByOrFail({ id: inactive.id })).piuSupervisor).toBe(false);
    const foreign = await analyst({ org: 'NGA' });
    expect((await act(foreign.id, 'supervisor')).status).toBe(404);
  });

  it('issues no link for a deactivated analyst', async () => {
    const inactive = await analyst({ active: false });
    const response = await act(inactive.id, 'password-reset-link');
    expect(response.status).toBe(400);
    expect(response.text).toContain('This account is deactivated');
    expect(await t.dataSource.getRepository(OneTimeToken).countBy({ userId: inactive.id })).toBe(0);
  });

  it('is only for focal points', async () => {
    for (const role of ['admin', 'official', 'piu-analyst'] as const) {
      const other = agentFor(t.server);
      await signIn(
        other,
        await createUser(t.dataSource, { role, withTwoFactor: role !== 'official' }),
      );
      expect((await other.get('/piu-analysts')).status).toBe(403);
    }
  });
});
