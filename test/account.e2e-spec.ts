import { formatLocalTime } from '../src/account/local-time';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { PasswordHasher } from '../src/auth/passwords/password-hasher';
import { Session } from '../src/auth/sessions/session.entity';
import { ROLES, TWO_FACTOR_REQUIRED, type Role } from '../src/common/identity/role';
import { User } from '../src/users/user.entity';
import { createUser, STRONG_PASSWORD, totp, type UserOverrides } from './support/factories';
import { agentFor, csrfFrom, postForm, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const NEW_PASSWORD = 'copper-meadow-glacier-91-orchestra';

describe('my account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const audits = (action: string, actorId: number) =>
    t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action, actorId }, order: { id: 'ASC' } });
  const reload = (user: User) => t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
  const sessionsOf = (user: User) =>
    t.dataSource.getRepository(Session).find({ where: { userId: user.id } });

  async function person(overrides: UserOverrides = {}): Promise<User> {
    const role = overrides.role ?? 'official';
    return createUser(t.dataSource, { withTwoFactor: TWO_FACTOR_REQUIRED.has(role), ...overrides });
  }

  async function signedIn(user: User, userAgent?: string): Promise<Agent> {
    const agent = agentFor(t.server);
    if (userAgent) agent.set('User-Agent', userAgent);
    await signIn(agent, user);
    return agent;
  }

  /** Password step done, second factor to come (someone who knows the password). */
  async function halfSignedIn(user: User): Promise<Agent> {
    const agent = agentFor(t.server);
    const first = await postForm(agent, '/login', '/login', {
      email: user.email,
      password: STRONG_PASSWORD,
    });
    expect(first.headers.location).toBe('/login/two-factor');
    return agent;
  }

  /** The second step of a half-done sign-in: it must not get in once the session is ended. */
  async function secondStep(agent: Agent, user: User) {
    const token = await csrfFrom(agent, '/login');
    return agent
      .post('/login/two-factor')
      .type('form')
      .send({ _csrf: token, code: totp.codeAt(user.totpSecret!) });
  }

  it('sends an anonymous visitor to the login page', async () => {
    for (const path of ['/account', '/account/profile', '/account/password', '/account/sessions']) {
      const response = await agentFor(t.server).get(path);
      expect(response.status).toBe(302);
      expect(response.headers.location).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
  });

  it.each([...ROLES])('gives a %s their own account pages', async (role: Role) => {
    const user = await person({ role, name: `Person ${role}` });
    const agent = await signedIn(user);
    const overview = await agent.get('/account');
    expect(overview.status).toBe(200);
    expect(overview.text).toContain('<h1>My account</h1>');
    expect(overview.text).toContain(`Person ${role}`);
    expect(overview.text).toContain(user.email);
    for (const path of ['/account/profile', '/account/password', '/account/sessions']) {
      expect((await agent.get(path)).status).toBe(200);
    }
    expect((await agent.get('/account/two-factor')).status).toBe(200);
  });

  describe('profile', () => {
    it("keeps the member's portal language, which wins over the browser's", async () => {
      const user = await person({ name: 'Lucía Pérez' });
      const agent = await signedIn(user);
      const form = await agent.get('/account/profile');
      expect(form.text).toMatch(/<option value="">Your browser(&#x27;|')s language<\/option>/);
      expect(form.text).toMatch(/<option value="en">English<\/option>/);
      // Nothing chosen yet: the browser's language (the pseudo-locale here) is used.
      const asked = await agent.get('/account').set('Accept-Language', 'en-XA');
      expect(asked.text).toContain('⟦');

      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
      const saved = await agent
        .post('/account/profile')
        .type('form')
        .send({ _csrf: csrf, name: 'Lucía Pérez', timeZone: 'UTC', locale: 'en' });
      expect(saved.status).toBe(303);
      expect((await reload(user)).locale).toBe('en');
      const chosen = await agent.get('/account').set('Accept-Language', 'en-XA');
      expect(chosen.text).not.toContain('⟦');
      expect(chosen.text).toContain('<html lang="en"');

      const refused = await agent
        .post('/account/profile')
        .type('form')
        .send({ _csrf: csrf, name: 'Lucía Pérez', timeZone: 'UTC', locale: 'xx' });
      expect(refused.status).toBe(400);
      expect(refused.text).toContain('Choose a language from the list.');
      expect((await reload(user)).locale).toBe('en');
    });

    it('shows the current values, saves name, languages and time zone, and audits the change', async () => {
      const user = await person({ name: 'Amina Odhiambo', languages: 'en,sw', timeZone: 'UTC' });
      const agent = await signedIn(user);
      const form = await agent.get('/account/profile');
      expect(form.text).toContain('value="Amina Odhiambo"');
      expect(form.text).toMatch(/name="unLanguages" value="en" checked/);
      expect(form.text).toMatch(/name="unLanguages" value="fr">/);
      expect(form.text).toMatch(
        /id="field-otherLanguages" name="otherLanguages" type="text" value="sw"/,
      );
      expect(form.text).toContain('<option value="UTC" selected>UTC</option>');
      expect(form.text).toContain('Kenya'); // organisation, read-only

      const response = await agent
        .post('/account/profile')
        .type('form')
        .send(
          `_csrf=${encodeURIComponent(/name="_csrf" value="([^"]+)"/.exec(form.text)![1])}` +
            '&name=+Amina+W.+Odhiambo+&unLanguages=fr&unLanguages=en&otherLanguages=sw%2C+PT%3B+sw&timeZone=Africa%2FNairobi',
        );
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/account/profile');

      const saved = await reload(user);
      expect(saved.name).toBe('Amina W. Odhiambo');
      expect(saved.languages).toBe('fr,en,sw,pt');
      expect(saved.timeZone).toBe('Africa/Nairobi');
      const [event] = await audits('user.profile-updated', user.id);
      expect(event).toMatchObject({ targetType: 'user', targetId: String(user.id) });
      expect(JSON.parse(event.details!)).toEqual({ changed: ['name', 'languages', 'timeZone'] });

      const after = await agent.get('/account/profile');
      expect(after.text).toContain('Your profile is saved.');
      expect(after.text).toContain('<option value="Africa/Nairobi" selected>');
      expect(after.text).toMatch(/name="otherLanguages" type="text" value="sw, pt"/);
      const overview = await agent.get('/account');
      expect(overview.text).toContain('French, English, Swahili, Portuguese');
      expect(overview.text).toContain('Africa/Nairobi');
      // The header shows the new name at once.
      expect(overview.text).toContain('Amina W. Odhiambo ·');
    });

    it('re-renders the form with messages and the input, changing nothing, when it is wrong', async () => {
      const user = await person({ name: 'Jean Dupont', languages: 'fr', timeZone: 'Europe/Paris' });
      const agent = await signedIn(user);
      const response = await postForm(agent, '/account/profile', '/account/profile', {
        name: 'Jean-Marie Dupont',
        otherLanguages: 'sw, xx, english',
        timeZone: 'Mars/Olympus_Mons',
      });
      expect(response.status).toBe(400);
      expect(response.text).toContain('Please correct the fields marked below.');
      expect(response.text).toContain('Choose a time zone from the list.');
      expect(response.text).toMatch(
        /id="field-timeZone"[^>]*aria-invalid="true" aria-describedby="hint-timeZone error-timeZone"/,
      );
      expect(response.text).toContain('value="Jean-Marie Dupont"');
      expect(response.text).toContain('value="sw, xx, english"');
      expect(response.text).not.toMatch(/value="fr" checked/); // unticked in the post

      const languages = await postForm(agent, '/account/profile', '/account/profile', {
        name: 'Jean-Marie Dupont',
        otherLanguages: 'sw, xx, english',
        timeZone: 'Europe/Paris',
      });
      expect(languages.status).toBe(400);
      expect(languages.text).toContain('Not ISO 639-1 language codes: xx, english.');
      expect(languages.text).toMatch(/id="field-otherLanguages"[^>]*aria-invalid="true"/);

      const empty = await postForm(agent, '/account/profile', '/account/profile', {
        name: '   ',
        timeZone: 'Europe/Paris',
        unLanguages: 'de',
      });
      expect(empty.status).toBe(400);
      expect(empty.text).toMatch(/id="error-name">This field is required\./);
      expect(empty.text).toContain('Choose among the languages listed.');

      const saved = await reload(user);
      expect(saved).toMatchObject({
        name: 'Jean Dupont',
        languages: 'fr',
        timeZone: 'Europe/Paris',
      });
      expect(await audits('user.profile-updated', user.id)).toHaveLength(0);
    });

    it('writes no audit event when nothing changed', async () => {
      const user = await person({ name: 'Same Name', languages: 'es', timeZone: 'UTC' });
      const agent = await signedIn(user);
      const response = await postForm(agent, '/account/profile', '/account/profile', {
        name: 'Same Name',
        unLanguages: 'es',
        timeZone: 'UTC',
      });
      expect(response.status).toBe(303);
      expect(await audits('user.profile-updated', user.id)).toHaveLength(0);
    });

    it('refuses a post without the CSRF token', async () => {
      const user = await person();
      const agent = await signedIn(user);
      const response = await agent
        .post('/account/profile')
        .type('form')
        .send({ name: 'Mallory', timeZone: 'UTC' });
      expect(response.status).toBe(403);
      expect((await reload(user)).name).toBe('Test User');
    });
  });

  describe('password', () => {
    it('asks for the current password, the new one twice, and a strong one', async () => {
      const user = await person({ name: 'Fatima Zahra', email: 'fatima.zahra@example.org' });
      const agent = await signedIn(user);
      const change = (fields: Record<string, string>) =>
        postForm(agent, '/account/password', '/account/password', fields);

      const wrong = await change({
        currentPassword: 'not-my-password-at-all',
        newPassword: NEW_PASSWORD,
        newPasswordAgain: NEW_PASSWORD,
      });
      expect(wrong.status).toBe(400);
      expect(wrong.text).toMatch(/id="error-currentPassword">That is not your current password\./);
      expect(wrong.text).not.toContain('not-my-password-at-all');

      const mismatch = await change({
        currentPassword: STRONG_PASSWORD,
        newPassword: NEW_PASSWORD,
        newPasswordAgain: `${NEW_PASSWORD}!`,
      });
      expect(mismatch.status).toBe(400);
      expect(mismatch.text).toContain('The two new passwords are not the same.');
      expect(mismatch.text).not.toContain(NEW_PASSWORD);

      const short = await change({
        currentPassword: STRONG_PASSWORD,
        newPassword: 'Short1!',
        newPasswordAgain: 'Short1!',
      });
      expect(short.text).toContain('Use at least 12 characters.');

      const own = await change({
        currentPassword: STRONG_PASSWORD,
        newPassword: 'FatimaZahra2026',
        newPasswordAgain: 'FatimaZahra2026',
      });
      expect(own.status).toBe(400);
      expect(own.text).toMatch(/id="error-newPassword">This password is too easy to guess\./);

      const same = await change({
        currentPassword: STRONG_PASSWORD,
        newPassword: STRONG_PASSWORD,
        newPasswordAgain: STRONG_PASSWORD,
      });
      expect(same.text).toContain('Choose a password different from the current one.');

      const missing = await change({ currentPassword: '', newPassword: '', newPasswordAgain: '' });
      expect(missing.status).toBe(400);
      expect(missing.text).toMatch(/id="error-currentPassword">This field is required\./);

      const stored = await reload(user);
      expect(await new PasswordHasher().verify(stored.passwordHash, STRONG_PASSWORD)).toBe(true);
      expect(await audits('password.changed', user.id)).toHaveLength(0);
    });

    it('changes it, ends the other sessions, renews this one, and audits the change', async () => {
      const user = await person();
      const here = await signedIn(user, FIREFOX_LINUX);
      const elsewhere = await signedIn(user, CHROME_WINDOWS);
      const before = (await sessionsOf(user)).map((s) => s.id);
      expect(before).toHaveLength(2);

      const response = await postForm(here, '/account/password', '/account/password', {
        currentPassword: STRONG_PASSWORD,
        newPassword: NEW_PASSWORD,
        newPasswordAgain: NEW_PASSWORD,
      });
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/account');

      const after = await sessionsOf(user);
      expect(after).toHaveLength(1);
      expect(before).not.toContain(after[0].id);
      const page = await here.get('/account');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Your password is changed. Your other sessions have ended.');
      expect((await elsewhere.get('/account')).status).toBe(302);

      // Still signed in with a working session: another form goes through.
      const profile = await postForm(here, '/account/profile', '/account/profile', {
        name: 'Renamed After Change',
        timeZone: 'UTC',
      });
      expect(profile.status).toBe(303);

      const [event] = await audits('password.changed', user.id);
      expect(JSON.parse(event.details!)).toEqual({ otherSessionsEnded: 1 });
      const stored = await reload(user);
      const hasher = new PasswordHasher();
      expect(await hasher.verify(stored.passwordHash, NEW_PASSWORD)).toBe(true);
      await expect(signIn(agentFor(t.server), user)).rejects.toThrow('sign-in failed: 401');
      await signIn(agentFor(t.server), user, NEW_PASSWORD);
    });
  });

  describe('sessions', () => {
    it('lists where the account is signed in, marks this session, and shows no session id', async () => {
      const user = await person({ timeZone: 'Asia/Kolkata' });
      const here = await signedIn(user, FIREFOX_LINUX);
      await signedIn(user, CHROME_WINDOWS);
      const page = await here.get('/account/sessions');
      expect(page.status).toBe(200);
      expect(page.text).toMatch(
        /Firefox on Linux <span class="badge badge--ok">This session<\/span>/,
      );
      expect(page.text).toContain('Chrome on Windows</th>');
      expect(page.text.match(/<tr( class="session--current")?>\s*<th scope="row">/g)).toHaveLength(
        2,
      );
      // Times in the person's own time zone.
      const [newest] = (await sessionsOf(user)).sort((a, b) => +b.createdAt - +a.createdAt);
      expect(page.text).toContain(`<td>${formatLocalTime(newest.createdAt, 'Asia/Kolkata')}</td>`);
      expect(page.text).toMatch(/<td>\d{4}-\d\d-\d\d \d\d:\d\d Asia\/Kolkata<\/td>/);
      expect(page.text).toMatch(/127\.0\.0\.1|::1/);
      for (const session of await sessionsOf(user)) expect(page.text).not.toContain(session.id);
      expect(page.text).toContain('Log out other sessions');
      expect((await here.get('/account')).text).toContain('Signed in on 2 devices or browsers.');
    });

    it('logs out the other sessions, keeps this one, and audits it', async () => {
      const user = await person();
      const here = await signedIn(user, FIREFOX_LINUX);
      const second = await signedIn(user, CHROME_WINDOWS);
      const third = await signedIn(user);
      const other = await person();
      const stranger = await signedIn(other);

      const response = await postForm(
        here,
        '/account/sessions',
        '/account/sessions/end-others',
        {},
      );
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/account/sessions');
      const page = await here.get('/account/sessions');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Logged out of 2 other sessions.');
      expect(page.text).toContain('You are not signed in anywhere else.');
      expect(page.text).not.toContain('Log out other sessions');
      expect((await second.get('/account')).status).toBe(302);
      expect((await third.get('/account')).status).toBe(302);
      expect((await stranger.get('/account')).status).toBe(200);
      expect(await sessionsOf(user)).toHaveLength(1);

      const [event] = await audits('sessions.ended', user.id);
      expect(event).toMatchObject({ targetType: 'user', targetId: String(user.id) });
      expect(JSON.parse(event.details!)).toEqual({ ended: 2, kept: 'current' });
    });
  });
  describe('half-done sign-ins', () => {
    it('lists a sign-in waiting for its second step, and "log out other sessions" ends it', async () => {
      const user = await person({ withTwoFactor: true });
      const here = await signedIn(user, FIREFOX_LINUX);
      const intruder = await halfSignedIn(user);
      const page = await here.get('/account/sessions');
      expect(page.text).toContain('Password given, second step not done');
      await postForm(here, '/account/sessions', '/account/sessions/end-others', {});
      const attempt = await secondStep(intruder, user);
      expect(attempt.status).toBe(302);
      expect(attempt.headers.location).toBe('/login');
      expect((await intruder.get('/')).status).toBe(302);
      expect(await sessionsOf(user)).toHaveLength(1);
    });

    it('ends a sign-in waiting for its second step when the password changes', async () => {
      const user = await person({ withTwoFactor: true });
      const here = await signedIn(user);
      const intruder = await halfSignedIn(user);
      const changed = await postForm(here, '/account/password', '/account/password', {
        currentPassword: STRONG_PASSWORD,
        newPassword: NEW_PASSWORD,
        newPasswordAgain: NEW_PASSWORD,
      });
      expect(changed.status).toBe(303);
      const attempt = await secondStep(intruder, user);
      expect(attempt.status).toBe(302);
      expect((await intruder.get('/')).status).toBe(302);
      expect((await reload(user)).lastLoginAt!.getTime()).toBeLessThan(Date.now());
      expect(await audits('password.changed', user.id)).toHaveLength(1);
      expect(JSON.parse((await audits('password.changed', user.id))[0].details!)).toEqual({
        otherSessionsEnded: 1,
      });
    });
  });

  describe('two-step verification', () => {
    const secretOn = (html: string) =>
      /id="totp-secret">([^<]+)</.exec(html)![1].replace(/\s/g, '');

    it('keeps the secret being enrolled sealed in the session, and asks for the password to enrol', async () => {
      const user = await person({ role: 'official' });
      const agent = await signedIn(user);
      const page = await agent.get('/account/two-factor');
      expect(page.headers['cache-control']).toBe('no-store');
      const secret = secretOn(page.text);
      const [row] = await sessionsOf(user);
      expect(row.data).not.toContain(secret);
      expect(JSON.parse(row.data)).toMatchObject({
        enrolmentSecret: expect.stringMatching(/^v1\./),
      });
      // The same secret while the enrolment lasts.
      expect(secretOn((await agent.get('/account/two-factor')).text)).toBe(secret);

      const noPassword = await postForm(agent, '/account/two-factor', '/account/two-factor', {
        code: totp.codeAt(secret),
        passwordOrCode: 'not-my-password-at-all',
      });
      expect(noPassword.status).toBe(400);
      expect(noPassword.text).toContain('That is not your password.');
      expect(noPassword.headers['cache-control']).toBe('no-store');
      expect(noPassword.text).not.toContain('not-my-password-at-all');
      expect((await reload(user)).totpSecret).toBeNull();
      expect((await reload(user)).failedLogins).toBe(1);

      const enrolled = await postForm(agent, '/account/two-factor', '/account/two-factor', {
        code: totp.codeAt(secret),
        passwordOrCode: STRONG_PASSWORD,
      });
      expect(enrolled.status).toBe(201);
      expect(enrolled.headers['cache-control']).toBe('no-store');
      expect(enrolled.text.match(/<li><code>/g)).toHaveLength(10);
      expect((await reload(user)).totpSecret).toMatch(/^v1\./);
    });

    it('turns off only with the password or a current code', async () => {
      const user = await person({ role: 'official', withTwoFactor: true });
      const agent = await signedIn(user);
      const refused = await postForm(agent, '/account/two-factor', '/account/two-factor/disable', {
        passwordOrCode: 'wrong-password-given',
      });
      expect(refused.status).toBe(400);
      expect(refused.text).toContain('That is neither your password nor a current code.');
      expect((await reload(user)).totpSecret).not.toBeNull();
      const empty = await postForm(agent, '/account/two-factor', '/account/two-factor/disable', {});
      expect(empty.status).toBe(400);
      expect((await reload(user)).totpSecret).not.toBeNull();

      const off = await postForm(agent, '/account/two-factor', '/account/two-factor/disable', {
        passwordOrCode: STRONG_PASSWORD,
      });
      expect(off.status).toBe(303);
      expect((await reload(user)).totpSecret).toBeNull();
      expect(await audits('two-factor.disabled', user.id)).toHaveLength(1);
    });

    it('moves to a new authenticator with a code of the old one, which then stops working', async () => {
      const user = await person({ role: 'admin', withTwoFactor: true });
      const agent = await signedIn(user);
      const status = await agent.get('/account/two-factor');
      expect(status.text).toContain('href="/account/two-factor/new"');
      const page = await agent.get('/account/two-factor/new');
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      const secret = secretOn(page.text);
      expect(secret).not.toBe(user.totpSecret);
      const withoutProof = await postForm(agent, '/account/two-factor/new', '/account/two-factor', {
        code: totp.codeAt(secret),
        passwordOrCode: '123456',
      });
      expect(withoutProof.status).toBe(400);
      expect(withoutProof.text).toContain('id="totp-secret"');
      // The old authenticator's code (a later time step than the sign-in's) proves it is them.
      const later = Date.now() + 30_000;
      const replaced = await postForm(agent, '/account/two-factor/new', '/account/two-factor', {
        code: totp.codeAt(secret),
        passwordOrCode: totp.codeAt(user.totpSecret!, later),
      });
      expect(replaced.status).toBe(201);
      const stored = await reload(user);
      expect(stored.totpSecret).toMatch(/^v1\./);
      const again = agentFor(t.server);
      await postForm(again, '/login', '/login', { email: user.email, password: STRONG_PASSWORD });
      const oldCode = await postForm(again, '/login/two-factor', '/login/two-factor', {
        code: totp.codeAt(user.totpSecret!, later),
      });
      expect(oldCode.status).toBe(400);
      const newCode = await postForm(again, '/login/two-factor', '/login/two-factor', {
        code: totp.codeAt(secret, later),
      });
      expect(newCode.status).toBe(303);
    });

    it('marks account pages no-store', async () => {
      const agent = await signedIn(await person());
      for (const path of [
        '/account',
        '/account/profile',
        '/account/password',
        '/account/sessions',
      ]) {
        expect((await agent.get(path)).headers['cache-control']).toBe('no-store');
      }
    });
  });
});
