import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { In, IsNull, Not } from 'typeorm';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { Session } from '../src/auth/sessions/session.entity';
import { OneTimeToken } from '../src/auth/tokens/one-time-token.entity';
import { IwgRegion } from '../src/organisations/iwg-region.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { RecoveryCode } from '../src/users/recovery-code.entity';
import { User } from '../src/users/user.entity';
import { createUser, STRONG_PASSWORD, type UserOverrides } from './support/factories';
import { agentFor, postForm, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

/** Handlebars escapes `&` and `=` in attributes; links in pages read back as the browser would. */
const unescape = (html: string) => html.replace(/&amp;/g, '&').replace(/&#x3D;/g, '=');
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/=/g, '&#x3D;');

describe('admin pages', () => {
  let t: TestApp;
  let admin: User;
  let adminAgent: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createUser(t.dataSource, {
      role: 'admin',
      name: 'Ada Admin',
      withTwoFactor: true,
    });
    adminAgent = agentFor(t.server);
    await signIn(adminAgent, admin);
  });
  afterAll(() => t.close());

  const users = () => t.dataSource.getRepository(User);
  const events = () => t.dataSource.getRepository(AuditEvent);
  const sessionsOf = (userId: number) => t.dataSource.getRepository(Session).countBy({ userId });
  const eventsAbout = (action: string, targetId: number | string) =>
    events().find({ where: { action, targetId: String(targetId) }, order: { id: 'ASC' } });

  /** A user with an open session (signed in through the real forms). */
  async function signedIn(overrides: UserOverrides = {}): Promise<{ user: User; agent: Agent }> {
    const user = await createUser(t.dataSource, overrides);
    const agent = agentFor(t.server);
    await signIn(agent, user);
    expect((await agent.get('/')).status).toBe(200);
    return { user, agent };
  }

  /** Posts one of the forms of a user's admin page. */
  const act = (userId: number, action: string, fields: Record<string, string> = {}) =>
    postForm(adminAgent, `/admin/users/${userId}`, `/admin/users/${userId}/${action}`, fields);

  describe('who may use them', () => {
    it('sends an anonymous visitor to the login page', async () => {
      for (const path of ['/admin/users', '/admin/member-states', '/admin/audit']) {
        const response = await agentFor(t.server).get(path);
        expect(response.status).toBe(302);
        expect(response.headers.location).toMatch(/^\/login\?next=/);
      }
    });

    it('answers 403 to every other role on users and the audit log', async () => {
      const roles = ['staff', 'partner', 'focal-point', 'official', 'expert'] as const;
      for (const role of roles) {
        const { agent } = await signedIn({ role, withTwoFactor: role === 'staff' });
        for (const path of [
          '/admin/users',
          `/admin/users/${admin.id}`,
          '/admin/audit',
          '/admin/audit.csv',
        ]) {
          const response = await agent.get(path);
          expect({ role, path, status: response.status }).toEqual({ role, path, status: 403 });
        }
        const post = await postForm(agent, '/', `/admin/users/${admin.id}/deactivate`, {});
        expect(post.status).toBe(403);
      }
      expect((await users().findOneByOrFail({ id: admin.id })).active).toBe(true);
    });

    it('lets staff and admins use Member States, and nobody else', async () => {
      const { agent: staff } = await signedIn({ role: 'staff', withTwoFactor: true });
      expect((await staff.get('/admin/member-states')).status).toBe(200);
      // A State's status is kept on its record's page, where the former page leads.
      expect((await staff.get('/admin/member-states/KEN')).status).toBe(303);
      expect((await staff.get('/states/KEN/record')).status).toBe(200);
      expect((await adminAgent.get('/admin/member-states')).status).toBe(200);
      for (const role of ['partner', 'focal-point', 'official', 'expert'] as const) {
        const { agent } = await signedIn({ role });
        expect((await agent.get('/admin/member-states')).status).toBe(403);
        const post = await postForm(agent, '/', '/admin/member-states/KEN/status', {
          status: 'implementing',
        });
        expect(post.status).toBe(403);
      }
      const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
      expect(kenya.programmeStatus).not.toBe('implementing');
    });
  });

  describe('users list', () => {
    it('filters by text, role, organisation and status, and pages', async () => {
      const tag = 'zebulon';
      const made: User[] = [];
      for (let i = 0; i < 27; i += 1) {
        made.push(
          await createUser(t.dataSource, {
            name: `Zebulon ${String(i).padStart(2, '0')}`,
            role: i % 3 === 0 ? 'focal-point' : 'official',
            org: i % 2 === 0 ? 'KEN' : 'SEN',
          }),
        );
      }
      await users().update(made[1].id, { active: false });
      await users().update(made[2].id, { lockedUntil: new Date(Date.now() + 600_000) });

      const all = await adminAgent.get(`/admin/users?q=${tag.toUpperCase()}`);
      expect(all.status).toBe(200);
      expect(all.text).toContain('27 results');
      expect(all.text).toContain('Page 1 of 2');
      expect(all.text).toContain('Zebulon 00');
      expect(all.text).not.toContain('Zebulon 25');
      expect(all.text).toContain(`href="${escape('/admin/users?q=ZEBULON&page=2')}"`);
      const second = await adminAgent.get('/admin/users?q=ZEBULON&page=2');
      expect(second.text).toContain('Zebulon 25');
      expect(second.text).toContain('Zebulon 26');
      expect(second.text).not.toContain('Zebulon 00');

      const focal = await adminAgent.get(`/admin/users?q=${tag}&role=focal-point&org=SEN`);
      // i % 3 == 0 and i odd: 3, 9, 15, 21
      expect(focal.text).toContain('4 results');
      expect(focal.text).toContain('Zebulon 03');
      expect(focal.text).not.toContain('Zebulon 06');

      const byEmail = await adminAgent.get(`/admin/users?q=${made[5].email.slice(0, 12)}`);
      expect(byEmail.text).toContain('Zebulon 05');

      const deactivated = await adminAgent.get(`/admin/users?q=${tag}&status=deactivated`);
      expect(deactivated.text).toContain('role="status">1 result</p>');
      expect(deactivated.text).toContain('Zebulon 01');
      const locked = await adminAgent.get(`/admin/users?q=${tag}&status=locked`);
      expect(locked.text).toContain('role="status">1 result</p>');
      expect(locked.text).toContain('Zebulon 02');

      const wildcard = await adminAgent.get('/admin/users?q=%25');
      expect(wildcard.text).toContain('Nothing matches these filters.');
    });

    it('re-renders the filters with a message on a bad value (400)', async () => {
      const response = await adminAgent.get('/admin/users?role=emperor');
      expect(response.status).toBe(400);
      expect(response.text).toContain('Choose one of the options.');
      expect(response.text).toContain('aria-invalid="true"');
    });

    it('shows an account, and 404 for one that does not exist', async () => {
      const user = await createUser(t.dataSource, { name: 'Fatou Sall', org: 'SEN' });
      const page = await adminAgent.get(`/admin/users/${user.id}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Fatou Sall');
      expect(page.text).toContain('Senegal');
      expect((await adminAgent.get('/admin/users/999999')).status).toBe(404);
      expect((await adminAgent.get('/admin/users/abc')).status).toBe(404);
    });
  });

  describe('changing a role', () => {
    it('changes it, audits from/to and ends every session of the account', async () => {
      const { user, agent } = await signedIn({ role: 'official', org: 'KEN' });
      const second = agentFor(t.server);
      await signIn(second, user);
      expect(await sessionsOf(user.id)).toBe(2);

      const response = await act(user.id, 'role', { role: 'focal-point' });
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe(`/admin/users/${user.id}`);
      expect((await users().findOneByOrFail({ id: user.id })).role).toBe('focal-point');
      expect(await sessionsOf(user.id)).toBe(0);
      const [event] = await eventsAbout('user.role-changed', user.id);
      expect(event.actorId).toBe(admin.id);
      expect(event.targetType).toBe('user');
      expect(JSON.parse(event.details!)).toEqual({ from: 'official', to: 'focal-point' });

      const next = await agent.get('/');
      expect(next.status).toBe(302);
      expect(next.headers.location).toMatch(/^\/login/);
      expect((await second.get('/')).status).toBe(302);
      const page = await adminAgent.get(`/admin/users/${user.id}`);
      expect(page.text).toContain('Role changed to National focal point; 2 sessions ended.');
    });

    it('never grants piu-analyst, refuses roles that do not fit, and changes nothing', async () => {
      const { user } = await signedIn({ role: 'official', org: 'KEN' });
      const analyst = await act(user.id, 'role', { role: 'piu-analyst' });
      expect(analyst.status).toBe(400);
      expect(analyst.text).toContain('Only the State’s focal point can make someone a PIU analyst');
      expect(analyst.text).toContain('aria-invalid="true"');
      const misfit = await act(user.id, 'role', { role: 'staff' });
      expect(misfit.status).toBe(400);
      expect(misfit.text).toContain('This role does not fit the person’s organisation.');
      const unknown = await act(user.id, 'role', { role: 'emperor' });
      expect(unknown.status).toBe(400);
      expect(unknown.text).toContain('Choose one of the roles.');

      expect((await users().findOneByOrFail({ id: user.id })).role).toBe('official');
      expect(await sessionsOf(user.id)).toBe(1);
      expect(await eventsAbout('user.role-changed', user.id)).toEqual([]);
    });

    it('does not let an admin change their own role', async () => {
      const response = await act(admin.id, 'role', { role: 'staff' });
      expect(response.status).toBe(400);
      expect(response.text).toContain('You cannot change your own role.');
      expect((await users().findOneByOrFail({ id: admin.id })).role).toBe('admin');
      expect((await adminAgent.get('/admin/users')).status).toBe(200);
    });

    it('lets an admin move a programme member between admin and staff', async () => {
      const staff = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
      expect((await act(staff.id, 'role', { role: 'admin' })).status).toBe(303);
      expect((await users().findOneByOrFail({ id: staff.id })).role).toBe('admin');
    });
  });

  describe('deactivating and reactivating', () => {
    it('deactivates, ends the sessions, refuses the next request, and audits it', async () => {
      const { user, agent } = await signedIn({ role: 'official' });
      const reset = await act(user.id, 'password-reset-link');
      expect(reset.status).toBe(200);

      const response = await act(user.id, 'deactivate');
      expect(response.status).toBe(303);
      expect((await users().findOneByOrFail({ id: user.id })).active).toBe(false);
      expect(await sessionsOf(user.id)).toBe(0);
      expect(await eventsAbout('user.deactivated', user.id)).toHaveLength(1);
      // The reset link issued earlier no longer works.
      const tokens = await t.dataSource
        .getRepository(OneTimeToken)
        .findBy({ userId: user.id, purpose: 'password-reset' });
      expect(tokens.map((token) => token.revokedAt)).not.toContain(null);

      const next = await agent.get('/');
      expect(next.status).toBe(302);
      expect(next.headers.location).toMatch(/^\/login/);
      const login = await postForm(agentFor(t.server), '/login', '/login', {
        email: user.email,
        password: STRONG_PASSWORD,
      });
      expect(login.status).toBe(401);

      const again = await act(user.id, 'reactivate');
      expect(again.status).toBe(303);
      expect((await users().findOneByOrFail({ id: user.id })).active).toBe(true);
      expect(await eventsAbout('user.reactivated', user.id)).toHaveLength(1);
      await signIn(agentFor(t.server), user);
    });

    it('refuses an open session of an account deactivated behind its back', async () => {
      const { user, agent } = await signedIn({ role: 'expert' });
      await users().update(user.id, { active: false });
      const next = await agent.get('/');
      expect(next.status).toBe(302);
      expect(next.headers.location).toMatch(/^\/login/);
    });

    it('does not let an admin deactivate themselves', async () => {
      const response = await act(admin.id, 'deactivate');
      expect(response.status).toBe(400);
      expect(response.text).toContain('You cannot deactivate your own account.');
      expect((await users().findOneByOrFail({ id: admin.id })).active).toBe(true);
      expect(await eventsAbout('user.deactivated', admin.id)).toEqual([]);
      expect((await adminAgent.get('/admin/users')).status).toBe(200);
    });
  });

  describe('unlock, two-factor reset and reset links', () => {
    it('unlocks early, clearing the lockout columns, and audits it', async () => {
      const user = await createUser(t.dataSource, {
        lockedUntil: new Date(Date.now() + 3600_000),
        lockouts: 2,
        failedLogins: 4,
        failedLoginWindowStart: new Date(),
      });
      const page = await adminAgent.get(`/admin/users/${user.id}`);
      expect(page.text).toContain('Locked out until');
      const response = await act(user.id, 'unlock');
      expect(response.status).toBe(303);
      const row = await users().findOneByOrFail({ id: user.id });
      expect(row).toMatchObject({
        lockedUntil: null,
        lockouts: 0,
        failedLogins: 0,
        failedLoginWindowStart: null,
      });
      const [event] = await eventsAbout('account.unlocked', user.id);
      expect(JSON.parse(event.details!)).toMatchObject({ lockouts: 2, failedLogins: 4 });
      await signIn(agentFor(t.server), user);
    });

    it('resets two-factor: secret and recovery codes gone, audited', async () => {
      const user = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
      await t.dataSource
        .getRepository(RecoveryCode)
        .insert([{ userId: user.id, codeHash: 'x'.repeat(64) }]);
      const response = await act(user.id, 'two-factor/reset');
      expect(response.status).toBe(303);
      const row = await users().findOneByOrFail({ id: user.id });
      expect(row.totpSecret).toBeNull();
      expect(row.totpEnabledAt).toBeNull();
      expect(await t.dataSource.getRepository(RecoveryCode).countBy({ userId: user.id })).toBe(0);
      const [event] = await eventsAbout('two-factor.reset', user.id);
      expect(event.actorId).toBe(admin.id);
      // A role that must use two-factor is sent to enrolment at the next sign-in.
      const agent = agentFor(t.server);
      await signIn(agent, row);
      expect((await agent.get('/')).headers.location).toBe('/account/two-factor');
    });

    it('issues a reset link shown once, stored hashed, and revokes the previous one', async () => {
      const user = await createUser(t.dataSource);
      const first = await act(user.id, 'password-reset-link');
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('no-store');
      const link = /id="reset-link">([^<]+)</.exec(first.text)![1];
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1\/password\/reset\/[\w-]{43}$/);
      const token = link.split('/').pop()!;
      const tokens = t.dataSource.getRepository(OneTimeToken);
      const row = await tokens.findOneByOrFail({
        tokenHash: createHash('sha256').update(token).digest('hex'),
      });
      expect(row).toMatchObject({
        purpose: 'password-reset',
        userId: user.id,
        issuedById: admin.id,
        usedAt: null,
        revokedAt: null,
      });
      expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now());
      const [event] = await eventsAbout('password.reset-link-issued', user.id);
      expect(event.details).not.toContain(token);

      const second = await act(user.id, 'password-reset-link');
      expect(second.status).toBe(200);
      expect(await tokens.countBy({ userId: user.id, revokedAt: IsNull() })).toBe(1);
      expect(await tokens.countBy({ userId: user.id, revokedAt: Not(IsNull()) })).toBe(1);
      expect((await tokens.findOneByOrFail({ id: row.id })).revokedAt).not.toBeNull();
      // The page of the account never shows a link again.
      expect((await adminAgent.get(`/admin/users/${user.id}`)).text).not.toContain(token);
    });
  });

  describe('PIU analysts', () => {
    it('offers no recovery of a PIU analyst and refuses it, leaving the account as it was', async () => {
      const analyst = await createUser(t.dataSource, {
        role: 'piu-analyst',
        org: 'KEN',
        withTwoFactor: true,
      });
      const page = await adminAgent.get(`/admin/users/${analyst.id}`);
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.text).not.toContain(`/admin/users/${analyst.id}/two-factor/reset`);
      expect(page.text).not.toContain(`/admin/users/${analyst.id}/password-reset-link`);
      expect(page.text).toContain('are for their State’s focal point');
      // Suspending stays the admin's.
      expect(page.text).toContain(`/admin/users/${analyst.id}/deactivate`);

      const reset = await act(analyst.id, 'two-factor/reset');
      expect(reset.status).toBe(403);
      expect(reset.text).toContain('recovered by their State’s focal point');
      const link = await act(analyst.id, 'password-reset-link');
      expect(link.status).toBe(403);
      const row = await users().findOneByOrFail({ id: analyst.id });
      expect(row.totpSecret).toBe(analyst.totpSecret);
      expect(await t.dataSource.getRepository(OneTimeToken).countBy({ userId: analyst.id })).toBe(
        0,
      );
      expect(await eventsAbout('two-factor.reset', analyst.id)).toHaveLength(0);

      const deactivated = await act(analyst.id, 'deactivate');
      expect(deactivated.status).toBe(303);
      expect((await users().findOneByOrFail({ id: analyst.id })).active).toBe(false);
    });

    it('still recovers other accounts (an official)', async () => {
      const official = await createUser(t.dataSource, { withTwoFactor: true });
      const page = await adminAgent.get(`/admin/users/${official.id}`);
      expect(page.text).toContain(`/admin/users/${official.id}/two-factor/reset`);
      expect(page.text).toContain(`/admin/users/${official.id}/password-reset-link`);
    });
  });

  describe('Member States', () => {
    it('lists the 193 States with their regions and filters by region and status', async () => {
      const all = await adminAgent.get('/admin/member-states');
      expect(all.status).toBe(200);
      expect(all.text).toContain('193 results');
      expect(all.text).toContain('Kenya');
      expect(all.text).toContain('Eastern Africa');
      const europe = await adminAgent.get('/admin/member-states?region=Europe');
      expect(europe.text).toContain('France');
      expect(europe.text).not.toContain('>Kenya<');
      const iwg = await t.dataSource
        .getRepository(IwgRegion)
        .save({ code: 'test-west', name: 'Test West Africa IWG' });
      await t.dataSource
        .getRepository(Organisation)
        .update({ code: In(['GHA', 'NGA']) }, { iwgRegionId: iwg.id });
      const inIwg = await adminAgent.get('/admin/member-states?iwg=test-west');
      expect(inIwg.text).toContain('2 results');
      expect(inIwg.text).toContain('Ghana');
      expect(inIwg.text).toContain('Test West Africa IWG');
      const noIwg = await adminAgent.get('/admin/member-states?iwg=none');
      expect(noIwg.text).not.toContain('>Ghana<');
      expect(noIwg.text).toContain('>Kenya<');
      const bad = await adminAgent.get('/admin/member-states?status=famous');
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('Choose one of the options.');
    });

    it('lets staff change a status, audited with from/to, and filters on it', async () => {
      const { user: staff, agent } = await signedIn({ role: 'staff', withTwoFactor: true });
      const response = await postForm(
        agent,
        '/states/BRB/record',
        '/admin/member-states/BRB/status',
        {
          status: 'joined',
        },
      );
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/states/BRB/record');
      const organisations = t.dataSource.getRepository(Organisation);
      expect((await organisations.findOneByOrFail({ code: 'BRB' })).programmeStatus).toBe('joined');
      const [event] = await eventsAbout('member-state.status-changed', 'BRB');
      expect(event.actorId).toBe(staff.id);
      expect(event.targetType).toBe('member-state');
      expect(JSON.parse(event.details!)).toEqual({
        from: 'none',
        to: 'joined',
        effectiveOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });

      const page = await agent.get('/states/BRB/record');
      expect(page.text).toContain('Programme status of Barbados changed to Joined.');
      expect(page.text).toContain(staff.name);
      const filtered = await agent.get('/admin/member-states?status=joined&region=Americas');
      expect(filtered.text).toContain('Barbados');
      expect(filtered.text).not.toContain('Kenya');

      const back = await postForm(agent, '/states/BRB/record', '/admin/member-states/brb/status', {
        status: 'none',
      });
      expect(back.status).toBe(303);
      expect((await organisations.findOneByOrFail({ code: 'BRB' })).programmeStatus).toBeNull();
    });

    it('refuses a bad or unchanged status (400) and answers 404 for an unknown State', async () => {
      const bad = await postForm(
        adminAgent,
        '/states/FJI/record',
        '/admin/member-states/FJI/status',
        {
          status: 'conquered',
        },
      );
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('Choose one of the statuses.');
      const same = await postForm(
        adminAgent,
        '/states/FJI/record',
        '/admin/member-states/FJI/status',
        {
          status: 'none',
        },
      );
      expect(same.status).toBe(400);
      expect(same.text).toContain('The State already has this status.');
      expect(await eventsAbout('member-state.status-changed', 'FJI')).toEqual([]);
      expect((await adminAgent.get('/admin/member-states/XXX')).status).toBe(404);
      expect((await adminAgent.get('/admin/member-states/UNOCT')).status).toBe(404);
      expect((await adminAgent.get('/admin/member-states/CTE')).status).toBe(404);
    });
  });

  describe('audit log', () => {
    const marker = 'audit-e2e.example.org';

    /** Events written straight to the table, `count` of them, oldest first. */
    async function seedEvents(count: number, fields: Partial<AuditEvent> = {}) {
      const base = Date.UTC(2026, 0, 10, 12, 0, 0);
      const rows = Array.from({ length: count }, (_, i) => ({
        occurredAt: new Date(base + i * 60_000),
        actorEmail: `pager@${marker}`,
        action: 'sessions.ended',
        targetType: 'user',
        targetId: String(1000 + i),
        ...fields,
      }));
      // In chunks of 100 rows: ids follow the order of the list on both engines.
      for (let i = 0; i < rows.length; i += 100) await events().insert(rows.slice(i, i + 100));
    }

    it('shows events newest first, filtered, in pages of 50 with older and newer links', async () => {
      await seedEvents(60);
      const first = await adminAgent.get(`/admin/audit?actor=PAGER@${marker}`);
      expect(first.status).toBe(200);
      const targets = (text: string) =>
        [...text.matchAll(/>user:(\d+)<\/a>/g)].map((m) => Number(m[1]));
      const page1 = targets(first.text);
      expect(page1).toHaveLength(50);
      expect(page1[0]).toBe(1059);
      expect(page1[49]).toBe(1010);
      const older = unescape(/href="([^"]+)" rel="next"/.exec(first.text)![1]);
      expect(older).toMatch(/before=\d+/);
      const second = await adminAgent.get(older);
      expect(targets(second.text)).toEqual([
        1009, 1008, 1007, 1006, 1005, 1004, 1003, 1002, 1001, 1000,
      ]);
      expect(second.text).not.toContain('rel="next"');
      const newer = unescape(/href="([^"]+)" rel="prev"/.exec(second.text)![1]);
      const back = await adminAgent.get(newer);
      expect(targets(back.text)).toEqual(page1);
      expect(back.text).toContain('rel="next"');
      expect(back.text).not.toContain('rel="prev"');

      const byTarget = await adminAgent.get('/admin/audit?target=user:1042');
      expect(targets(byTarget.text)).toEqual([1042]);
      const byDay = await adminAgent.get(
        `/admin/audit?actor=${marker}&from=2026-01-10&to=2026-01-10&action=sessions.ended`,
      );
      expect(targets(byDay.text)).toHaveLength(50);
      const otherDay = await adminAgent.get(`/admin/audit?actor=${marker}&from=2026-01-11`);
      expect(otherDay.text).toContain('Nothing matches these filters.');
    });

    it('shows the actions of this suite', async () => {
      const page = await adminAgent.get(`/admin/audit?action=login.succeeded&actor=${admin.email}`);
      expect(page.text).toContain('<code>login.succeeded</code>');
    });

    it('re-renders the filters with a message for a bad date (400)', async () => {
      const response = await adminAgent.get('/admin/audit?from=2026-02-30&actor=keep-me');
      expect(response.status).toBe(400);
      expect(response.text).toContain('Enter a date as YYYY-MM-DD.');
      expect(response.text).toContain('value="keep-me"');
      expect((await adminAgent.get('/admin/audit?to=yesterday')).status).toBe(400);
    });

    it('exports the filtered events as RFC 4180 CSV with formula cells neutralised', async () => {
      await events().insert([
        {
          occurredAt: new Date(Date.UTC(2026, 1, 1, 8, 0, 0)),
          actorEmail: `=cmd@${marker}`,
          action: 'access.denied',
          targetType: 'user',
          targetId: '-7',
          reason: 'line one\r\nline "two", with comma',
          details: JSON.stringify({ note: '+SUM(A1)', path: '/admin/users' }),
          ip: '@10.0.0.1',
        },
        {
          occurredAt: new Date(Date.UTC(2026, 1, 1, 9, 0, 0)),
          actorEmail: `plain@${marker}`,
          action: 'access.denied',
        },
      ]);
      const response = await adminAgent.get(
        `/admin/audit.csv?action=access.denied&actor=${marker}`,
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="audit-log-\d{8}-\d{6}\.csv"$/,
      );
      const text = response.text;
      expect(text.split('\r\n')[0]).toBe(
        'id,occurred_at,actor_id,actor_email,ip,action,target_type,target_id,reason,details,correlation_id',
      );
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text).toContain(`,'=cmd@${marker},`);
      expect(text).toContain('"line one\r\nline ""two"", with comma"');
      const rows = parse<Record<string, string>>(text, { columns: true });
      expect(rows).toHaveLength(2);
      const [exported] = await events().find({
        where: { action: 'audit.exported' },
        order: { id: 'DESC' },
        take: 1,
      });
      expect(exported.actorId).toBe(admin.id);
      expect(JSON.parse(exported.details!)).toEqual({
        filters: { action: 'access.denied', actor: marker },
      });
      expect(rows[0]).toMatchObject({
        occurred_at: '2026-02-01T09:00:00.000Z',
        actor_email: `plain@${marker}`,
        target_id: '',
      });
      expect(rows[1]).toMatchObject({
        occurred_at: '2026-02-01T08:00:00.000Z',
        actor_email: `'=cmd@${marker}`,
        ip: "'@10.0.0.1",
        action: 'access.denied',
        target_type: 'user',
        target_id: "'-7",
        reason: 'line one\r\nline "two", with comma',
        details: '{"note":"+SUM(A1)","path":"/admin/users"}',
      });
    });

    it('exports more than one batch without losing or repeating an event', async () => {
      await seedEvents(1203, { actorEmail: `bulk@${marker}`, action: 'logout' });
      const response = await adminAgent.get(`/admin/audit.csv?actor=bulk@${marker}`);
      const rows = parse<Record<string, string>>(response.text, { columns: true });
      expect(rows).toHaveLength(1203);
      const ids = rows.map((row) => Number(row.id));
      expect(new Set(ids).size).toBe(1203);
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    });

    it('offers no way to change or delete an event', async () => {
      const [event] = await events().find({ order: { id: 'DESC' }, take: 1 });
      for (const path of [`/admin/audit/${event.id}`, `/admin/audit/${event.id}/delete`]) {
        const response = await postForm(adminAgent, '/admin/audit', path, {});
        expect(response.status).toBe(404);
      }
      expect(await events().countBy({ id: event.id })).toBe(1);
    });
  });
});
