import { AuditEvent } from '../src/audit/audit-event.entity';
import { OneTimeTokensService } from '../src/auth/tokens/one-time-tokens.service';
import { Organisation } from '../src/organisations/organisation.entity';
import { StartupService } from '../src/startup.service';
import { createUser, STRONG_PASSWORD } from './support/factories';
import { agentFor, postForm, signIn } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

/** The fields a re-rendered form marks as wrong, with their messages. */
function fieldErrors(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/<p class="field__error" id="error-([\w-]+)">([^<]*)<\/p>/g)].map((m) => [
      m[1],
      m[2].replace(/&#x27;/g, "'"),
    ]),
  );
}

describe('forms report every wrong field at once, each with the right message', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('/setup/:token posted empty flags e-mail, name, password and terms', async () => {
    const path = new URL(t.app.get(StartupService).setupLink!).pathname;
    const response = await postForm(agentFor(t.server), path, path, {
      email: '',
      name: '',
      password: '',
      passwordAgain: '',
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.text)).toEqual({
      email: 'Enter a valid e-mail address.',
      name: 'Enter your name.',
      password: 'Use at least 12 characters.',
      accept: 'You must accept the terms to use the platform.',
    });
    // Each wrong control points at its message.
    expect(response.text).toMatch(
      /id="field-accept"[^>]*aria-invalid="true" aria-describedby="error-accept"/,
    );
    expect(response.text).toMatch(
      /id="field-password"[^>]*aria-invalid="true" aria-describedby="hint-password error-password"/,
    );
  });

  it('an over-long e-mail is said once, as too long; a 201-character name is too long, not missing', async () => {
    const { token } = await t.app.get(OneTimeTokensService).issue('setup', 3600_000, {});
    const path = `/setup/${token}`;
    const response = await postForm(agentFor(t.server), path, path, {
      email: `${'a'.repeat(250)}@example.org`,
      name: 'n'.repeat(201),
      password: STRONG_PASSWORD,
      passwordAgain: STRONG_PASSWORD,
      accept: 'on',
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.text)).toEqual({
      email: 'An e-mail address has at most 254 characters.',
      name: 'Use at most 200 characters for your name.',
    });
  });

  it('/invitations/accept/:token posted empty flags name, password and terms', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin', withTwoFactor: true });
    const agent = agentFor(t.server);
    await signIn(agent, admin);
    const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const created = await postForm(agent, '/invitations/new', '/invitations', {
      email: 'new.official@example.org',
      role: 'official',
      organisationId: String(kenya.id),
    });
    const link = /id="invitation-link"[^>]*value="([^"]+)"/.exec(created.text)![1];
    const path = new URL(link).pathname;
    const response = await postForm(agentFor(t.server), path, path, {
      name: '',
      password: '',
      passwordAgain: '',
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.text)).toEqual({
      name: 'Enter your name.',
      password: 'Use at least 12 characters.',
      accept: 'You must accept the terms to use the platform.',
    });
  });

  it('the profile form flags the name and the languages together', async () => {
    const official = await createUser(t.dataSource, { role: 'official' });
    const agent = agentFor(t.server);
    await signIn(agent, official);
    const response = await postForm(agent, '/account/profile', '/account/profile', {
      name: '',
      otherLanguages: 'sw, zz9',
      timeZone: 'Africa/Nairobi',
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.text)).toEqual({
      name: 'This field is required.',
      otherLanguages: 'Not ISO 639-1 language codes: zz9.',
    });
  });
});

describe('the audit log reads as sentences', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('describes each event, shows one spelling per address, and links targets to their pages', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin', withTwoFactor: true });
    const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const events = t.dataSource.getRepository(AuditEvent);
    const base = { occurredAt: new Date(), actorId: admin.id, actorEmail: admin.email };
    await events.insert([
      {
        ...base,
        ip: '::ffff:10.1.2.3',
        action: 'user.role-changed',
        targetType: 'user',
        targetId: String(admin.id),
        details: JSON.stringify({ from: 'official', to: 'focal-point' }),
      },
      {
        ...base,
        ip: '::1',
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: '77',
        details: JSON.stringify({ email: 'someone@example.org' }),
      },
      {
        ...base,
        ip: '10.1.2.3',
        action: 'access.denied',
        targetType: 'organisation',
        targetId: String(kenya.id),
        details: JSON.stringify({ path: '/states/KEN', code: 'KEN' }),
      },
    ]);
    const agent = agentFor(t.server);
    await signIn(agent, admin);
    const page = await agent.get('/admin/audit');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Role changed from Member State official to National focal point');
    expect(page.text).toContain('Invitation to someone@example.org revoked');
    expect(page.text).toContain('Access refused to /states/KEN');
    expect(page.text).not.toContain('::ffff:');
    expect(page.text.match(/>10\.1\.2\.3</g)).toHaveLength(2);
    expect(page.text).toContain(`<a href="/admin/users/${admin.id}">user:${admin.id}</a>`);
    expect(page.text).toContain('<a href="/invitations/77">invitation:77</a>');
    expect(page.text).toContain(`<a href="/states/KEN">organisation:${kenya.id}</a>`);
    // The action filter offers the descriptions, the codes stay the values.
    expect(page.text).toContain(
      '<option value="user.role-changed">Role changed from … to …</option>',
    );
  });
});
