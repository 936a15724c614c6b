import { AuditEvent } from '../src/audit/audit-event.entity';
import { OneTimeToken } from '../src/auth/tokens/one-time-token.entity';
import { StartupService } from '../src/startup.service';
import { OneTimeTokensService } from '../src/auth/tokens/one-time-tokens.service';
import { CURRENT_TERMS_VERSION } from '../src/auth/terms/terms-version';
import { Organisation } from '../src/organisations/organisation.entity';
import { User } from '../src/users/user.entity';
import { createUser } from './support/factories';
import { agentFor, postForm, signIn, type Agent } from './support/http';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

const NEW_PASSWORD = 'copper-meadow-tundra-58-kestrel';

/** The path of a link on the portal (the test app's PUBLIC_URL is http://127.0.0.1). */
const pathOf = (link: string) => new URL(link).pathname;

describe('invitations', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let adminAgent: Agent;
  let kenyaFocalAgent: Agent;
  let kenyaFocal: User;
  let organisationId: (code: string) => Promise<number>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: sink.url });
    organisationId = async (code) =>
      (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code })).id;
    adminAgent = agentFor(t.server);
    await signIn(
      adminAgent,
      await createUser(t.dataSource, { role: 'admin', withTwoFactor: true }),
    );
    kenyaFocal = await createUser(t.dataSource, {
      role: 'focal-point',
      org: 'KEN',
      name: 'Wanjiru Kamau',
    });
    kenyaFocalAgent = agentFor(t.server);
    await signIn(kenyaFocalAgent, kenyaFocal);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const tokens = () => t.dataSource.getRepository(OneTimeToken);
  const audits = (action: string, targetId?: number) =>
    t.dataSource
      .getRepository(AuditEvent)
      .countBy({ action, ...(targetId === undefined ? {} : { targetId: String(targetId) }) });
  const invite = (agent: Agent, fields: Record<string, string>) =>
    postForm(agent, '/invitations/new', '/invitations', fields);
  const linkOnPage = (html: string) => /id="invitation-link"[^>]*value="([^"]+)"/.exec(html)?.[1];
  const accept = (path: string, fields: Record<string, string>) =>
    postForm(agentFor(t.server), path, path, fields);

  it('admin invites, the e-mail carries the link, the invitee registers and signs in', async () => {
    const kenya = await organisationId('KEN');
    const created = await invite(adminAgent, {
      email: '  Amina.Odhiambo@Interior.go.KE ',
      role: 'official',
      organisationId: String(kenya),
    });
    expect(created.status).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.text).toContain('The invitation was e-mailed to amina.odhiambo@interior.go.ke');
    const shown = linkOnPage(created.text)!;
    expect(shown).toMatch(/^http:\/\/127\.0\.0\.1\/invitations\/accept\/[\w-]{43}$/);

    const mail = await sink.nextMessage({ to: 'amina.odhiambo@interior.go.ke' });
    expect(mail.subject).toBe('Your invitation to the CT Travel Collaborative Platform');
    expect(mail.text).toContain('as Member State official (Kenya)');
    expect(mail.links).toEqual([shown]);

    const row = await tokens().findOneByOrFail({ email: 'amina.odhiambo@interior.go.ke' });
    expect(row).toMatchObject({ purpose: 'invitation', role: 'official', organisationId: kenya });
    expect(row.issuedById).not.toBeNull();
    expect(row.tokenHash).not.toContain(pathOf(shown).split('/').pop());
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.9 * 24 * 3600_000);
    expect(row.expiresAt.getTime()).toBeLessThan(Date.now() + 7.1 * 24 * 3600_000);
    expect(await audits('invitation.sent', row.id)).toBe(1);

    const path = pathOf(mail.links[0]);
    const visitor = agentFor(t.server);
    const page = await visitor.get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('amina.odhiambo@interior.go.ke');
    expect(page.text).toContain('Member State official, Kenya');
    expect(page.text).toContain('Terms of use');
    expect(page.text).toContain(`Version ${CURRENT_TERMS_VERSION}`);

    const done = await postForm(visitor, path, path, {
      name: 'Amina Odhiambo',
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
      accept: 'on',
    });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/login');
    const login = await visitor.get('/login');
    expect(login.text).toContain('Your account is ready');

    const user = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'amina.odhiambo@interior.go.ke' });
    expect(user).toMatchObject({
      name: 'Amina Odhiambo',
      role: 'official',
      organisationId: kenya,
      termsVersion: CURRENT_TERMS_VERSION,
      active: true,
    });
    expect(user.termsAcceptedAt).not.toBeNull();
    const used = await tokens().findOneByOrFail({ id: row.id });
    expect(used.usedAt).not.toBeNull();
    expect(used.userId).toBe(user.id);
    expect(await audits('invitation.accepted', row.id)).toBe(1);

    await signIn(visitor, user, NEW_PASSWORD);
    const home = await visitor.get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Welcome, Amina Odhiambo');

    const again = await agentFor(t.server).get(path);
    expect(again.status).toBe(404);
    expect(again.text).toContain('This link does not work');
    const list = await adminAgent.get('/invitations?status=accepted');
    expect(list.text).toContain('amina.odhiambo@interior.go.ke');
  });

  it('lets a focal point invite a PIU analyst of their own State, who must then enrol 2FA', async () => {
    const form = await kenyaFocalAgent.get('/invitations/new');
    expect(form.status).toBe(200);
    expect(form.text).toContain('id="organisation-fixed"');
    expect(form.text).toContain('Kenya');
    expect(form.text).not.toContain('name="organisationId"');
    expect(form.text).toContain('value="piu-analyst"');
    expect(form.text).not.toContain('value="staff"');

    const created = await invite(kenyaFocalAgent, {
      email: 'analyst.one@piu.go.ke',
      role: 'piu-analyst',
    });
    expect(created.status).toBe(201);
    const mail = await sink.nextMessage({ to: 'analyst.one@piu.go.ke' });
    expect(mail.text).toContain('Wanjiru Kamau has invited you');
    const row = await tokens().findOneByOrFail({ email: 'analyst.one@piu.go.ke' });
    expect(row.organisationId).toBe(await organisationId('KEN'));
    expect(row.issuedById).toBe(kenyaFocal.id);

    const path = pathOf(mail.links[0]);
    const agent = agentFor(t.server);
    const done = await postForm(agent, path, path, {
      name: 'Otieno Mwangi',
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
      accept: 'on',
    });
    expect(done.status).toBe(303);
    const analyst = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'analyst.one@piu.go.ke' });
    expect(analyst.role).toBe('piu-analyst');
    await signIn(agent, analyst, NEW_PASSWORD);
    const home = await agent.get('/');
    expect(home.status).toBe(303);
    expect(home.headers.location).toBe('/account/two-factor');
  });

  it("puts a focal point's pending invitations on their home page, and not an official's", async () => {
    const focal = await createUser(t.dataSource, { role: 'focal-point', org: 'GHA' });
    const agent = agentFor(t.server);
    await signIn(agent, focal);
    const empty = await agent.get('/');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('id="dash-pending-invitations"');
    expect(empty.text).toContain('No invitation is waiting for an answer.');

    expect((await invite(agent, { email: 'kofi@gov.gh', role: 'official' })).status).toBe(201);
    const home = await agent.get('/');
    expect(home.text).toContain('1 invitation has not been accepted yet.');
    expect(home.text).toContain('kofi@gov.gh');
    // Kenya's focal point does not see Ghana's invitation on their page.
    expect((await kenyaFocalAgent.get('/')).text).not.toContain('kofi@gov.gh');

    const official = agentFor(t.server);
    await signIn(official, await createUser(t.dataSource, { role: 'official', org: 'GHA' }));
    const officialHome = await official.get('/');
    expect(officialHome.status).toBe(200);
    expect(officialHome.text).not.toContain('dash-pending-invitations');
  });

  it('keeps a focal point to officials and analysts of their own State', async () => {
    const before = await tokens().count();
    const otherState = await invite(kenyaFocalAgent, {
      email: 'someone@interieur.gouv.fr',
      role: 'official',
      organisationId: String(await organisationId('FRA')),
    });
    expect(otherState.status).toBe(400);
    expect(otherState.text).toContain('You can only invite colleagues of your own State.');
    expect(otherState.text).toContain('value="someone@interieur.gouv.fr"');

    const staff = await invite(kenyaFocalAgent, { email: 'staff@unoct.org', role: 'staff' });
    expect(staff.status).toBe(400);
    expect(staff.text).toContain('You cannot invite someone with this role.');
    expect(staff.text).toMatch(/id="field-role"[^>]*aria-invalid="true"/);
    const focal = await invite(kenyaFocalAgent, { email: 'fp2@gov.ke', role: 'focal-point' });
    expect(focal.status).toBe(400);
    expect(await tokens().count()).toBe(before);
  });

  it('refuses other roles the whole area (403) and anonymous visitors go to the login page', async () => {
    for (const role of ['official', 'staff', 'partner', 'expert'] as const) {
      const agent = agentFor(t.server);
      await signIn(agent, await createUser(t.dataSource, { role, withTwoFactor: true }));
      expect((await agent.get('/invitations')).status).toBe(403);
      expect((await agent.get('/invitations/new')).status).toBe(403);
      const post = await postForm(agent, '/', '/invitations', {
        email: 'x@example.org',
        role: 'official',
      });
      expect(post.status).toBe(403);
    }
    const anonymous = await agentFor(t.server).get('/invitations');
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.location).toBe('/login?next=%2Finvitations');
  });

  it('refuses an admin inviting a PIU analyst or a role into the wrong kind of organisation', async () => {
    const form = await adminAgent.get('/invitations/new');
    expect(form.text).not.toContain('value="piu-analyst"');
    expect(form.text).toContain('<optgroup label="Member States">');
    const analyst = await invite(adminAgent, {
      email: 'analyst@piu.go.ke',
      role: 'piu-analyst',
      organisationId: String(await organisationId('KEN')),
    });
    expect(analyst.status).toBe(400);
    expect(analyst.text).toContain('You cannot invite someone with this role.');
    const mismatch = await invite(adminAgent, {
      email: 'official@unoct.org',
      role: 'official',
      organisationId: String(await organisationId('UNOCT')),
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.text).toContain('This role does not belong in this organisation.');
    const missing = await invite(adminAgent, { email: 'nobody-org@example.org', role: 'staff' });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('Choose an organisation.');
    const staff = await invite(adminAgent, {
      email: 'new.staff@unoct.org',
      role: 'staff',
      organisationId: String(await organisationId('UNOCT')),
    });
    expect(staff.status).toBe(201);
    expect(await tokens().countBy({ email: 'analyst@piu.go.ke' })).toBe(0);
  });

  it('refuses an address that has an account or a pending invitation', async () => {
    const existing = await createUser(t.dataSource, { role: 'official' });
    const kenya = String(await organisationId('KEN'));
    const taken = await invite(adminAgent, {
      email: existing.email.toUpperCase(),
      role: 'official',
      organisationId: kenya,
    });
    expect(taken.status).toBe(400);
    expect(taken.text).toContain('This address already has an account.');
    const first = await invite(adminAgent, {
      email: 'twice@gov.ke',
      role: 'official',
      organisationId: kenya,
    });
    expect(first.status).toBe(201);
    const second = await invite(kenyaFocalAgent, { email: 'Twice@gov.ke', role: 'official' });
    expect(second.status).toBe(400);
    expect(second.text).toContain('already has a pending invitation');
    expect(await tokens().countBy({ email: 'twice@gov.ke' })).toBe(1);
  });

  it("hides another State's invitations from a focal point (404, logged)", async () => {
    const created = await invite(adminAgent, {
      email: 'official@interieur.gouv.fr',
      role: 'official',
      organisationId: String(await organisationId('FRA')),
    });
    expect(created.status).toBe(201);
    const row = await tokens().findOneByOrFail({ email: 'official@interieur.gouv.fr' });
    const list = await kenyaFocalAgent.get('/invitations');
    expect(list.status).toBe(200);
    expect(list.text).toContain('analyst.one@piu.go.ke');
    expect(list.text).not.toContain('official@interieur.gouv.fr');
    expect((await kenyaFocalAgent.get(`/invitations/${row.id}`)).status).toBe(404);
    const revoke = await postForm(
      kenyaFocalAgent,
      '/invitations',
      `/invitations/${row.id}/revoke`,
      {},
    );
    expect(revoke.status).toBe(404);
    expect((await tokens().findOneByOrFail({ id: row.id })).revokedAt).toBeNull();
    expect(await audits('access.denied', row.id)).toBe(2);
    expect((await adminAgent.get(`/invitations/${row.id}`)).text).toContain(
      'official@interieur.gouv.fr',
    );
    expect((await kenyaFocalAgent.get('/invitations/nonsense')).status).toBe(404);
  });

  it('revokes a pending invitation: its link stops working; used and expired links too', async () => {
    const created = await invite(kenyaFocalAgent, { email: 'revoke.me@gov.ke', role: 'official' });
    const path = pathOf(linkOnPage(created.text)!);
    expect((await agentFor(t.server).get(path)).status).toBe(200);
    const row = await tokens().findOneByOrFail({ email: 'revoke.me@gov.ke' });
    const revoked = await postForm(
      kenyaFocalAgent,
      '/invitations',
      `/invitations/${row.id}/revoke`,
      {},
    );
    expect(revoked.status).toBe(303);
    expect(revoked.headers.location).toBe('/invitations');
    expect((await kenyaFocalAgent.get('/invitations')).text).toContain('has been revoked');
    expect((await tokens().findOneByOrFail({ id: row.id })).revokedAt).not.toBeNull();
    expect(await audits('invitation.revoked', row.id)).toBe(1);
    const page = await agentFor(t.server).get(path);
    expect(page.status).toBe(404);
    const post = await accept(path, {
      name: 'X',
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
      accept: 'on',
    }).catch((error: Error) => error);
    // No form on a dead link, so no CSRF token to post with.
    expect(post).toBeInstanceOf(Error);
    const again = await postForm(
      kenyaFocalAgent,
      '/invitations',
      `/invitations/${row.id}/revoke`,
      {},
    );
    expect(again.status).toBe(303);
    expect((await kenyaFocalAgent.get('/invitations')).text).toContain(
      'Only a pending invitation can be revoked.',
    );

    const expiring = await invite(kenyaFocalAgent, { email: 'late@gov.ke', role: 'official' });
    const expiringPath = pathOf(linkOnPage(expiring.text)!);
    await tokens().update({ email: 'late@gov.ke' }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await agentFor(t.server).get(expiringPath);
    expect(expired.status).toBe(404);
    expect(expired.text).toContain('This link does not work');
    const list = await kenyaFocalAgent.get('/invitations?status=expired');
    expect(list.text).toContain('late@gov.ke');
    expect(list.text).not.toContain('revoke.me@gov.ke');
    expect((await kenyaFocalAgent.get('/invitations?status=revoked')).text).toContain(
      'revoke.me@gov.ke',
    );
    expect((await agentFor(t.server).get('/invitations/accept/not-a-token')).status).toBe(404);
  });

  it('re-renders a weak password with the estimator feedback and creates nothing', async () => {
    const created = await invite(kenyaFocalAgent, { email: 'weak@gov.ke', role: 'official' });
    const path = pathOf(linkOnPage(created.text)!);
    const agent = agentFor(t.server);
    const weak = await postForm(agent, path, path, {
      name: 'Grace Wambui',
      password: 'GraceWambui2024',
      passwordAgain: 'GraceWambui2024',
      accept: 'on',
    });
    expect(weak.status).toBe(400);
    expect(weak.text).toContain('This password is too easy to guess.');
    expect(weak.text).toMatch(/<input id="field-password"[^>]*aria-invalid="true"/);
    expect(weak.text).toContain('value="Grace Wambui"');
    expect(weak.text).not.toContain('GraceWambui2024');

    const common = await postForm(agent, path, path, {
      name: 'Grace Wambui',
      password: 'password123456',
      passwordAgain: 'password123456',
      accept: 'on',
    });
    expect(common.status).toBe(400);
    expect(common.text).toMatch(/commonly used password|frequently used password/i);

    const short = await postForm(agent, path, path, {
      name: 'Grace Wambui',
      password: 'short',
      passwordAgain: 'other',
    });
    expect(short.status).toBe(400);
    expect(short.text).toContain('Use at least 12 characters.');
    expect(short.text).toContain('The two passwords are not the same.');
    expect(short.text).toContain('You must accept the terms');

    const noName = await postForm(agent, path, path, {
      name: '  ',
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
      accept: 'on',
    });
    expect(noName.status).toBe(400);
    expect(noName.text).toContain('Enter your name.');

    expect(await t.dataSource.getRepository(User).countBy({ email: 'weak@gov.ke' })).toBe(0);
    expect((await tokens().findOneByOrFail({ email: 'weak@gov.ke' })).usedAt).toBeNull();
  });

  it('accepts a link once when it is submitted twice at the same time', async () => {
    const created = await invite(kenyaFocalAgent, { email: 'race@gov.ke', role: 'official' });
    const path = pathOf(linkOnPage(created.text)!);
    const fields = {
      name: 'Race Condition',
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
      accept: 'on',
    };
    const [a, b] = await Promise.all([accept(path, fields), accept(path, fields)]);
    expect([a.status, b.status].sort()).toEqual([303, 404]);
    expect(await t.dataSource.getRepository(User).countBy({ email: 'race@gov.ke' })).toBe(1);
  });

  // Last in the suite: it stops the mail server.
  it('still creates the invitation and shows the link when the mail server does not answer', async () => {
    await sink.stop();
    const created = await invite(kenyaFocalAgent, { email: 'unlucky@gov.ke', role: 'official' });
    expect(created.status).toBe(201);
    expect(created.text).toContain('The e-mail to unlucky@gov.ke could not be sent.');
    const path = pathOf(linkOnPage(created.text)!);
    expect((await agentFor(t.server).get(path)).status).toBe(200);
  });
});

describe('without SMTP: links shown on screen, and the first-admin set-up link', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** The link the server prints once it listens (startServer; test/startup.e2e-spec.ts). */
  const setupPath = () => {
    const link = t.app.get(StartupService).setupLink;
    const match = /^http:\/\/127\.0\.0\.1(\/setup\/[\w-]+)$/.exec(link ?? '');
    if (!match) throw new Error(`no set-up link: ${link}`);
    return match[1];
  };

  it('creates the first admin from the printed link once, with the terms accepted', async () => {
    const path = setupPath();
    const agent = agentFor(t.server);
    const page = await agent.get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Set up the platform');

    const weak = await postForm(agent, path, path, {
      email: 'admin@unoct.org',
      name: 'Platform Admin',
      password: 'admin@unoct.org1',
      passwordAgain: 'admin@unoct.org1',
      accept: 'on',
    });
    expect(weak.status).toBe(400);
    expect(weak.text).toContain('This password is too easy to guess.');
    expect(await t.dataSource.getRepository(User).countBy({ role: 'admin' })).toBe(0);

    const done = await postForm(agent, path, path, {
      email: 'Admin@UNOCT.org',
      name: 'Platform Admin',
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
      accept: 'on',
    });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/login');
    const admin = await t.dataSource.getRepository(User).findOneByOrFail({ role: 'admin' });
    expect(admin).toMatchObject({
      email: 'admin@unoct.org',
      name: 'Platform Admin',
      termsVersion: CURRENT_TERMS_VERSION,
    });
    const row = await t.dataSource
      .getRepository(OneTimeToken)
      .findOneByOrFail({ purpose: 'setup', userId: admin.id });
    expect(row.usedAt).not.toBeNull();
    expect(
      await t.dataSource.getRepository(AuditEvent).countBy({ action: 'setup.admin-created' }),
    ).toBe(1);

    await signIn(agent, admin, NEW_PASSWORD);
    expect((await agent.get('/')).headers.location).toBe('/account/two-factor');

    expect((await agentFor(t.server).get(path)).status).toBe(404);
    // Any other set-up link is dead too once an administrator exists.
    const { token } = await t.app.get(OneTimeTokensService).issue('setup', 3600_000, {});
    const other = await agentFor(t.server).get(`/setup/${token}`);
    expect(other.status).toBe(404);
    expect(other.text).toContain('already has an administrator');
  });

  it('shows the invitation link to the inviter when no e-mail can go out', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin', withTwoFactor: true });
    const agent = agentFor(t.server);
    await signIn(agent, admin);
    const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const created = await postForm(agent, '/invitations/new', '/invitations', {
      email: 'focal@gov.ke',
      role: 'focal-point',
      organisationId: String(kenya.id),
    });
    expect(created.status).toBe(201);
    expect(created.text).toContain('E-mail is not set up on this platform: give focal@gov.ke');
    expect(created.text).toMatch(
      /id="invitation-link"[^>]*value="http:\/\/127\.0\.0\.1\/invitations\/accept\//,
    );
  });

  it('tells a person who forgot their password to ask an administrator', async () => {
    const page = await agentFor(t.server).get('/password/forgot');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Ask an administrator for a password reset link.');
    expect(page.text).not.toContain('name="email"');
  });
});
