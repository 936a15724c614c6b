import { AuditEvent } from '../src/audit/audit-event.entity';
import { Session } from '../src/auth/sessions/session.entity';
import { User } from '../src/users/user.entity';
import { createUser, STRONG_PASSWORD, totp } from './support/factories';
import { agentFor, csrfFrom, postForm, signIn } from './support/http';
import { cookieOf } from './support/live-client';
import { startTestApp, type TestApp } from './support/test-app';

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOCKOUT_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  const actions = async (action: string) =>
    t.dataSource.getRepository(AuditEvent).countBy({ action });

  it('sends an anonymous visitor to the login page, remembering where they were going', async () => {
    const response = await agentFor(t.server).get('/');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/login?next=%2F');
  });

  it('signs in, shows the dashboard with the person and their State, and signs out', async () => {
    const user = await createUser(t.dataSource, {
      name: 'Amina Odhiambo',
      role: 'official',
      org: 'KEN',
    });
    const agent = agentFor(t.server);
    const login = await postForm(agent, '/login', '/login', {
      email: user.email.toUpperCase(),
      password: STRONG_PASSWORD,
    });
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/');
    const home = await agent.get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Welcome, Amina Odhiambo');
    expect(home.text).toContain('Kenya');
    expect(await t.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(1);

    const logout = await postForm(agent, '/', '/logout', {});
    expect(logout.status).toBe(303);
    expect((await agent.get('/')).status).toBe(302);
    expect(await t.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(0);
    expect(await actions('logout')).toBeGreaterThan(0);
  });

  it('gives one generic message for a wrong password and for an unknown account', async () => {
    const user = await createUser(t.dataSource);
    const wrong = await postForm(agentFor(t.server), '/login', '/login', {
      email: user.email,
      password: 'not-the-password-1',
    });
    const unknown = await postForm(agentFor(t.server), '/login', '/login', {
      email: 'nobody@example.org',
      password: 'whatever-it-is-12',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const message = 'The e-mail address or password is not correct';
    expect(wrong.text).toContain(message);
    expect(unknown.text).toContain(message);
    expect(wrong.text).toContain(`value="${user.email}"`);
  });

  it('regenerates the session id at sign-in', async () => {
    const user = await createUser(t.dataSource);
    const agent = agentFor(t.server);
    await csrfFrom(agent, '/login');
    const before = (await t.dataSource.getRepository(Session).find()).map((s) => s.id);
    await signIn(agent, user);
    const mine = await t.dataSource.getRepository(Session).findOneByOrFail({ userId: user.id });
    expect(before).not.toContain(mine.id);
  });

  it('locks the account after too many failures, even for the right password, and logs it', async () => {
    const user = await createUser(t.dataSource);
    const agent = agentFor(t.server);
    for (let i = 0; i < 3; i += 1) {
      await postForm(agent, '/login', '/login', {
        email: user.email,
        password: 'wrong-password-here',
      });
    }
    const locked = await postForm(agent, '/login', '/login', {
      email: user.email,
      password: STRONG_PASSWORD,
    });
    expect(locked.status).toBe(401);
    const row = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'login.locked', targetId: String(user.id) }),
    ).toBe(1);
  });

  it('refuses a form post without a valid CSRF token and changes nothing', async () => {
    const user = await createUser(t.dataSource);
    const agent = agentFor(t.server);
    await csrfFrom(agent, '/login');
    const response = await agent
      .post('/login')
      .type('form')
      .send({ email: user.email, password: STRONG_PASSWORD });
    expect(response.status).toBe(403);
    const forged = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: 'forged.token', email: user.email, password: STRONG_PASSWORD });
    expect(forged.status).toBe(403);
    expect(await t.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(0);
  });

  it('keeps one CSRF token per session, sent once, and replaces a tampered token cookie', async () => {
    const user = await createUser(t.dataSource);
    const agent = agentFor(t.server);
    await signIn(agent, user);
    const csrfCookie = (response: { headers: Record<string, unknown> }) =>
      ([] as string[])
        .concat((response.headers['set-cookie'] as string[] | undefined) ?? [])
        .find((cookie) => cookie.startsWith('cttp.csrf='));
    const tokenOn = (text: string) => /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    const first = await agent.get('/');
    const second = await agent.get('/');
    // The token the sign-in's first page set is the session's: later pages reuse it, unsent.
    expect(tokenOn(second.text)).toBe(tokenOn(first.text));
    expect(csrfCookie(second)).toBeUndefined();
    expect((await postForm(agent, '/account', '/logout', {})).status).toBe(303);

    // A cookie that is not the session's own (a forged HMAC) is never taken as valid.
    const other = agentFor(t.server);
    await signIn(other, user);
    const good = tokenOn((await other.get('/')).text)!;
    const forged = `${'0'.repeat(64)}.${good.split('.')[1]}`;
    const cookie = cookieOf(other).replace(/cttp\.csrf=[^;]+/, `cttp.csrf=${forged}`);
    expect(cookie).toContain(forged);
    const page = await agentFor(t.server).get('/').set('Cookie', cookie);
    expect(page.status).toBe(200);
    expect(tokenOn(page.text)).not.toBe(forged);
    expect(csrfCookie(page)).toMatch(/^cttp\.csrf=/);
  });

  it('asks for the second factor, accepts a current code once, and refuses it replayed', async () => {
    const user = await createUser(t.dataSource, { withTwoFactor: true });
    const agent = agentFor(t.server);
    const first = await postForm(agent, '/login', '/login', {
      email: user.email,
      password: STRONG_PASSWORD,
    });
    expect(first.headers.location).toBe('/login/two-factor');
    expect((await agent.get('/')).status).toBe(302);
    const code = totp.codeAt(user.totpSecret!);
    const wrong = await postForm(agent, '/login/two-factor', '/login/two-factor', {
      code: '000000' === code ? '111111' : '000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('That code is not valid');
    const ok = await postForm(agent, '/login/two-factor', '/login/two-factor', { code });
    expect(ok.status).toBe(303);
    expect((await agent.get('/')).status).toBe(200);

    const again = agentFor(t.server);
    await postForm(again, '/login', '/login', { email: user.email, password: STRONG_PASSWORD });
    const replay = await postForm(again, '/login/two-factor', '/login/two-factor', { code });
    expect(replay.status).toBe(400);
  });

  it('sends roles that must use two-factor to enrolment, and enrolment works end to end', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin' });
    const agent = agentFor(t.server);
    await signIn(agent, admin);
    const home = await agent.get('/');
    expect(home.status).toBe(303);
    expect(home.headers.location).toBe('/account/two-factor');
    const page = await agent.get('/account/two-factor');
    expect(page.text).toContain('<svg');
    const secret = /id="totp-secret">([^<]+)</.exec(page.text)![1].replace(/\s/g, '');
    const confirm = await postForm(agent, '/account/two-factor', '/account/two-factor', {
      code: totp.codeAt(secret),
      passwordOrCode: STRONG_PASSWORD,
    });
    expect(confirm.status).toBe(201);
    expect(confirm.text.match(/<li><code>/g)).toHaveLength(10);
    // The secret is stored sealed (AES-256-GCM), never as the base32 text the app showed.
    const stored = await t.dataSource.getRepository(User).findOneByOrFail({ id: admin.id });
    expect(stored.totpSecret).toMatch(/^v1\./);
    expect(stored.totpSecret).not.toContain(secret);
    expect((await agent.get('/')).status).toBe(200);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'two-factor.enrolled', targetId: String(admin.id) }),
    ).toBe(1);
  });

  /** Password step done, second factor to come: the agent's session is pending. */
  const passwordStep = async (user: User) => {
    const agent = agentFor(t.server);
    const first = await postForm(agent, '/login', '/login', {
      email: user.email,
      password: STRONG_PASSWORD,
    });
    expect(first.headers.location).toBe('/login/two-factor');
    return agent;
  };
  const wrongCode = (secret: string) => (totp.codeAt(secret) === '000000' ? '111111' : '000000');

  it('refuses the second step of a sign-in begun before a lock, even with a right code', async () => {
    const user = await createUser(t.dataSource, { withTwoFactor: true });
    const pending = await passwordStep(user);
    // Someone else runs into the lockout with wrong passwords meanwhile.
    for (let i = 0; i < 3; i += 1) {
      await postForm(agentFor(t.server), '/login', '/login', {
        email: user.email,
        password: 'wrong-password-here',
      });
    }
    const locked = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now());

    const refused = await postForm(pending, '/login/two-factor', '/login/two-factor', {
      code: totp.codeAt(user.totpSecret!),
    });
    expect(refused.status).toBe(401);
    expect(refused.text).toContain('The e-mail address or password is not correct');
    expect((await pending.get('/')).status).toBe(302);
    // The lock stands, and the half-done sign-in is gone.
    const after = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(after.lockedUntil!.getTime()).toBe(locked.lockedUntil!.getTime());
    expect(after.lastLoginAt).toBeNull();
    expect((await pending.get('/login/two-factor')).status).toBe(302);
    const failures = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'login.failed', targetId: String(user.id) });
    expect(failures.map((e) => JSON.parse(e.details!) as { reason: string })).toContainEqual({
      reason: 'locked',
    });
  });

  it('counts wrong second-factor codes towards the lockout, which then stops that step', async () => {
    const user = await createUser(t.dataSource, { withTwoFactor: true });
    const pending = await passwordStep(user);
    for (let i = 0; i < 3; i += 1) {
      const wrong = await postForm(pending, '/login/two-factor', '/login/two-factor', {
        code: wrongCode(user.totpSecret!),
      });
      expect(wrong.status).toBe(400);
    }
    const row = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    const right = await postForm(pending, '/login/two-factor', '/login/two-factor', {
      code: totp.codeAt(user.totpSecret!),
    });
    expect(right.status).toBe(401);
    expect((await pending.get('/')).status).toBe(302);
  });

  it('counts every one of many simultaneous wrong passwords', async () => {
    const user = await createUser(t.dataSource);
    const agent = agentFor(t.server);
    const token = await csrfFrom(agent, '/login');
    const statuses = await Promise.all(
      Array.from({ length: 19 }, () =>
        agent
          .post('/login')
          .type('form')
          .send({ _csrf: token, email: user.email, password: 'wrong-password-here' })
          .then((response) => response.status),
      ),
    );
    expect(statuses).toEqual(Array(19).fill(401));
    const row = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    // Three failures lock (this suite's limit); a read-modify-write counter would see one.
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(row.lockouts).toBe(1);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'login.locked', targetId: String(user.id) }),
    ).toBe(1);
  });

  it('asks for a new version of the terms at the next sign-in', async () => {
    const user = await createUser(t.dataSource, { termsVersion: '2020-01-01' });
    const agent = agentFor(t.server);
    await signIn(agent, user);
    expect((await agent.get('/')).headers.location).toBe('/terms');
    const refused = await postForm(agent, '/terms', '/terms', {});
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('You must accept the terms');
    const accepted = await postForm(agent, '/terms', '/terms', { accept: 'on' });
    expect(accepted.status).toBe(303);
    expect((await agent.get('/')).status).toBe(200);
  });

  it('keeps a browser-session cookie, sent once, while activity moves the row’s expiry on', async () => {
    const user = await createUser(t.dataSource);
    const agent = agentFor(t.server);
    const token = await csrfFrom(agent, '/login');
    const signedIn = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: token, email: user.email, password: STRONG_PASSWORD });
    const cookie = String(signedIn.headers['set-cookie']);
    expect(cookie).toMatch(/cttp\.sid=/);
    expect(cookie).not.toMatch(/Max-Age|Expires/i);
    // A page that changes nothing does not sign and send the cookie again.
    const page = await agent.get('/');
    expect(page.status).toBe(200);
    expect(String(page.headers['set-cookie'] ?? '')).not.toMatch(/cttp\.sid=/);
    // The idle timeout lives in the row: a row near its end is moved on by the next request.
    const sessions = t.dataSource.getRepository(Session);
    await sessions.update({ userId: user.id }, { expiresAt: new Date(Date.now() + 60_000) });
    expect((await agent.get('/')).status).toBe(200);
    const row = await sessions.findOneByOrFail({ userId: user.id });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
  });

  it('ends a session after its idle timeout and after its absolute lifetime', async () => {
    const user = await createUser(t.dataSource);
    const sessions = t.dataSource.getRepository(Session);
    const idle = agentFor(t.server);
    await signIn(idle, user);
    await sessions.update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await idle.get('/')).status).toBe(302);

    const old = agentFor(t.server);
    await signIn(old, user);
    // The idle session's row is still there (expired): take the live one.
    const row = (await sessions.findBy({ userId: user.id })).find(
      (r) => r.expiresAt.getTime() > Date.now(),
    )!;
    const data = JSON.parse(row.data) as { authenticatedAt: number };
    data.authenticatedAt = Date.now() - 13 * 3600_000;
    await sessions.update({ id: row.id }, { data: JSON.stringify(data) });
    expect((await old.get('/')).status).toBe(302);
  });
});

describe('failure counting under load', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOCKOUT_MAX_FAILURES: '50' });
  });
  afterAll(() => t.close());

  it('counts 19 simultaneous wrong passwords as 19', async () => {
    const user = await createUser(t.dataSource);
    const agent = agentFor(t.server);
    const token = await csrfFrom(agent, '/login');
    await Promise.all(
      Array.from({ length: 19 }, () =>
        agent
          .post('/login')
          .type('form')
          .send({ _csrf: token, email: user.email, password: 'wrong-password-here' }),
      ),
    );
    const row = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(row.failedLogins).toBe(19);
    expect(row.lockedUntil).toBeNull();
  });
});

describe('per-IP throttling of sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ THROTTLE_LOGIN_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 past the limit', async () => {
    const agent = agentFor(t.server);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push(
        (
          await postForm(agent, '/login', '/login', {
            email: 'x@example.org',
            password: 'wrong-password-1',
          })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const refused = await postForm(agent, '/login', '/login', {
      email: 'x@example.org',
      password: 'wrong-password-1',
    });
    expect(refused.status).toBe(429);
    // The standard header, in whole seconds, within the throttler's minute.
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  });
});

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the database up, without a session, naming no software', async () => {
    const response = await agentFor(t.server).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
    expect(response.text).not.toMatch(/sqlite|mysql|mariadb|engine/i);
  });

  it('writes no session row for anonymous visits to the login page, and sign-in still works', async () => {
    const sessions = t.dataSource.getRepository(Session);
    const before = await sessions.count();
    const agent = agentFor(t.server);
    for (let i = 0; i < 3; i += 1) expect((await agent.get('/login')).status).toBe(200);
    expect(await agentFor(t.server).get('/login')).toHaveProperty('status', 200);
    const wrong = await postForm(agent, '/login', '/login', {
      email: 'nobody@example.org',
      password: 'wrong-password-1',
    });
    expect(wrong.status).toBe(401);
    expect(await sessions.count()).toBe(before);
    const user = await createUser(t.dataSource);
    await signIn(agent, user);
    expect((await agent.get('/')).status).toBe(200);
    expect(await sessions.count()).toBe(before + 1);
  });

  it('refuses a deeply nested JSON body with 400 and a clear message, and a large one with 413', async () => {
    const deep = '['.repeat(49_000) + ']'.repeat(49_000);
    const nested = await agentFor(t.server)
      .post('/password/forgot')
      .set('Content-Type', 'application/json')
      .send(`{"email":${deep}}`);
    expect(nested.status).toBe(400);
    expect(nested.text).toContain('nested too deeply');
    const api = await agentFor(t.server)
      .post('/api/anything')
      .set('Content-Type', 'application/json')
      .send(`{"a":${deep}}`);
    expect(api.status).toBe(400);
    expect(api.body).toMatchObject({ statusCode: 400, message: expect.stringContaining('nested') });
    const large = await agentFor(t.server)
      .post('/password/forgot')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'x'.repeat(200_000) }));
    expect(large.status).toBe(413);
  });

  it('keeps audit rows small whatever the request carried', async () => {
    const user = await createUser(t.dataSource, { role: 'official', org: 'KEN' });
    const agent = agentFor(t.server);
    await signIn(agent, user);
    const response = await agent.get(`/states/NGA?q=${'a'.repeat(14_000)}`);
    expect(response.status).toBe(404);
    const [event] = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action: 'access.denied', actorId: user.id }, order: { id: 'DESC' } });
    expect(event.details!.length).toBeLessThan(2100);
    const details = JSON.parse(event.details!) as { path: string; code: string };
    expect(details.code).toBe('NGA');
    expect(details.path.startsWith('/states/NGA?q=aaaa')).toBe(true);
    expect(details.path.endsWith('…[truncated]')).toBe(true);
  });

  it('answers 404 with the error page and a correlation id for an unknown page', async () => {
    const user = await createUser(t.dataSource);
    const agent = agentFor(t.server);
    await signIn(agent, user);
    const response = await agent.get('/no-such-page');
    expect(response.status).toBe(404);
    expect(response.text).toContain('Page not found');
    expect(response.text).toMatch(/Reference: <code>[0-9a-f-]{36}<\/code>/);
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const response = await agentFor(t.server).get('/login');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(response.headers['content-security-policy']).toContain("font-src 'self';");
    expect(response.headers['content-security-policy']).not.toMatch(/https:(?!\/)/);
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(response.headers['set-cookie'])).toMatch(/HttpOnly/i);
  });
});
