import { AuditEvent } from '../src/audit/audit-event.entity';
import { PasswordResetService } from '../src/auth/password-reset/password-reset.service';
import { Session } from '../src/auth/sessions/session.entity';
import { OneTimeToken } from '../src/auth/tokens/one-time-token.entity';
import { OneTimeTokensService } from '../src/auth/tokens/one-time-tokens.service';
import { User } from '../src/users/user.entity';
import { createUser, STRONG_PASSWORD, totp } from './support/factories';
import { agentFor, csrfFrom, postForm, signIn } from './support/http';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

const NEW_PASSWORD = 'granite-orchid-velvet-93-compass';

describe('password reset', () => {
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: sink.url, PASSWORD_RESET_TTL_HOURS: '3' });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const resets = () => t.app.get(PasswordResetService);
  const audit = (action: string) => t.dataSource.getRepository(AuditEvent).findBy({ action });
  const forgot = (email: string) =>
    postForm(agentFor(t.server), '/password/forgot', '/password/forgot', { email });

  it('e-mails a link; the reset ends every session, clears the lockout, and the new password works', async () => {
    const user = await createUser(t.dataSource, { name: 'Fatima Haidari' });
    const signedIn = agentFor(t.server);
    await signIn(signedIn, user);
    const elsewhere = agentFor(t.server);
    await signIn(elsewhere, user);
    expect(await t.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(2);
    await t.dataSource.getRepository(User).update(user.id, {
      failedLogins: 4,
      lockedUntil: new Date(Date.now() + 600_000),
      lockouts: 1,
    });

    const answer = await forgot(user.email.toUpperCase());
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('If an account exists for that address, we have sent it a link');
    const mail = await sink.nextMessage({ to: user.email });
    expect(mail.subject).toBe('Reset your password: CT Travel Collaborative Platform');
    expect(mail.text).toContain('Hello Fatima Haidari');
    expect(mail.text).toContain('expires in 3 hours');
    expect(mail.links).toHaveLength(1);
    const path = new URL(mail.links[0]).pathname;
    expect(path).toMatch(/^\/password\/reset\/[\w-]{43}$/);
    const requested = await audit('password.reset-requested');
    expect(requested.at(-1)).toMatchObject({ targetId: String(user.id) });
    const row = await t.dataSource
      .getRepository(OneTimeToken)
      .findOneByOrFail({ purpose: 'password-reset', userId: user.id });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 2.9 * 3600_000);
    expect(row.expiresAt.getTime()).toBeLessThan(Date.now() + 3.1 * 3600_000);

    const visitor = agentFor(t.server);
    const page = await visitor.get(path);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('Choose a new password');

    const weak = await postForm(visitor, path, path, {
      password: 'fatimahaidari1',
      passwordAgain: 'fatimahaidari1',
    });
    expect(weak.status).toBe(400);
    expect(weak.text).toContain('This password is too easy to guess.');
    const mismatch = await postForm(visitor, path, path, {
      password: NEW_PASSWORD,
      passwordAgain: `${NEW_PASSWORD}!`,
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.text).toContain('The two passwords are not the same.');
    expect(
      (await t.dataSource.getRepository(OneTimeToken).findOneByOrFail({ id: row.id })).usedAt,
    ).toBeNull();

    const done = await postForm(visitor, path, path, {
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
    });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/login');
    expect((await visitor.get('/login')).text).toContain('Your password has been changed');

    expect(await t.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(0);
    expect((await signedIn.get('/')).status).toBe(302);
    expect((await elsewhere.get('/')).status).toBe(302);
    const after = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(after).toMatchObject({ failedLogins: 0, lockedUntil: null, lockouts: 0 });
    const reset = await audit('password.reset');
    expect(reset.at(-1)).toMatchObject({ targetId: String(user.id), actorId: user.id });
    expect(JSON.parse(reset.at(-1)!.details!)).toMatchObject({ via: 'e-mail' });

    const old = await postForm(agentFor(t.server), '/login', '/login', {
      email: user.email,
      password: STRONG_PASSWORD,
    });
    expect(old.status).toBe(401);
    const fresh = agentFor(t.server);
    await signIn(fresh, user, NEW_PASSWORD);
    expect((await fresh.get('/')).status).toBe(200);

    const reused = await agentFor(t.server).get(path);
    expect(reused.status).toBe(404);
    expect(reused.text).toContain('This link does not work');
    expect(reused.text).toContain('href="/password/forgot"');
  });

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const user = await createUser(t.dataSource);
    const known = await forgot(user.email);
    await sink.nextMessage({ to: user.email });
    const unknown = await forgot('nobody-here@example.org');
    expect(unknown.status).toBe(known.status);
    const strip = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '');
    expect(strip(unknown.text)).toBe(strip(known.text));
    await resets().settled();
    expect(sink.messages.some((m) => m.envelopeTo.includes('nobody-here@example.org'))).toBe(false);
    const rows = await audit('password.reset-requested');
    expect(JSON.parse(rows.at(-1)!.details!)).toEqual({
      email: 'nobody-here@example.org',
      outcome: 'no-account',
    });

    const deactivated = await createUser(t.dataSource, { active: false });
    await forgot(deactivated.email);
    await resets().settled();
    expect(sink.messages.some((m) => m.envelopeTo.includes(deactivated.email))).toBe(false);

    const bad = await forgot('not an address');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Enter a valid e-mail address.');
  });

  it('accepts an admin-issued link on the same page; a reset kills the other links', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin', withTwoFactor: true });
    const user = await createUser(t.dataSource);
    const tokens = t.app.get(OneTimeTokensService);
    const issued = await tokens.issue('password-reset', 3600_000, {
      userId: user.id,
      issuedById: admin.id,
    });
    const emailed = await tokens.issue('password-reset', 3600_000, { userId: user.id });
    const path = `/password/reset/${issued.token}`;
    const agent = agentFor(t.server);
    const done = await postForm(agent, path, path, {
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
    });
    expect(done.status).toBe(303);
    const reset = await audit('password.reset');
    expect(JSON.parse(reset.at(-1)!.details!)).toMatchObject({ via: 'issued-link' });
    const other = await t.dataSource
      .getRepository(OneTimeToken)
      .findOneByOrFail({ id: emailed.row.id });
    expect(other.revokedAt).not.toBeNull();
    expect((await agentFor(t.server).get(`/password/reset/${emailed.token}`)).status).toBe(404);
  });

  it('makes a password step taken before the reset worth nothing', async () => {
    const user = await createUser(t.dataSource, { withTwoFactor: true });
    const intruder = agentFor(t.server);
    const first = await postForm(intruder, '/login', '/login', {
      email: user.email,
      password: STRONG_PASSWORD,
    });
    expect(first.headers.location).toBe('/login/two-factor');
    const { token } = await t.app
      .get(OneTimeTokensService)
      .issue('password-reset', 3600_000, { userId: user.id });
    const path = `/password/reset/${token}`;
    const done = await postForm(agentFor(t.server), path, path, {
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
    });
    expect(done.status).toBe(303);
    expect(await t.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(0);
    const csrf = await csrfFrom(intruder, '/login');
    const second = await intruder
      .post('/login/two-factor')
      .type('form')
      .send({ _csrf: csrf, code: totp.codeAt(user.totpSecret!) });
    expect(second.status).toBe(302);
    expect(second.headers.location).toBe('/login');
    expect((await intruder.get('/')).status).toBe(302);
    const stored = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(stored.lastLoginAt).toBeNull();
  });

  it('refuses expired, unknown and deactivated-account links with the same 404 page', async () => {
    const user = await createUser(t.dataSource);
    const tokens = t.app.get(OneTimeTokensService);
    const expired = await tokens.issue('password-reset', -1000, { userId: user.id });
    const page = await agentFor(t.server).get(`/password/reset/${expired.token}`);
    expect(page.status).toBe(404);
    const unknown = await agentFor(t.server).get(`/password/reset/${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    const strip = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '');
    expect(strip(unknown.text)).toBe(strip(page.text));
    const inactive = await createUser(t.dataSource, { active: false });
    const link = await tokens.issue('password-reset', 3600_000, { userId: inactive.id });
    expect((await agentFor(t.server).get(`/password/reset/${link.token}`)).status).toBe(404);
    // An invitation token is not a reset token.
    const invitation = await tokens.issue('invitation', 3600_000, { email: 'x@example.org' });
    expect((await agentFor(t.server).get(`/password/reset/${invitation.token}`)).status).toBe(404);
    // A POST without the form's CSRF token changes nothing.
    const agent = agentFor(t.server);
    await csrfFrom(agent, '/password/forgot');
    const forged = await agent
      .post(`/password/reset/${link.token}`)
      .type('form')
      .send({ password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD });
    expect(forged.status).toBe(403);
  });
});
