import { join } from 'node:path';
import {
  ARTIFACTS,
  enrolTotp,
  signIn,
  startBrowserHarness,
  submitCode,
  submitLogin,
  watchConsole,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';

const ANALYST_PASSWORD = 'copper-meadow-signal-81-orchard';

describe('an invitation, from the focal point to the dashboard of the analyst, in Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('a focal point invites a PIU analyst, who registers, enrols TOTP, signs in and sees the dashboard', async () => {
    const { t, browser, base } = harness;
    const focalPoint = await createUser(t.dataSource, {
      role: 'focal-point',
      org: 'KEN',
      name: 'Wanjiru Kamau',
    });

    const inviter = await browser.newPage();
    const inviterErrors = watchConsole(inviter);
    await signIn(inviter, base, focalPoint);
    await inviter.getByRole('link', { name: 'Invitations' }).click();
    await inviter.goto(`${base}/invitations/new`);
    await inviter.getByLabel('E-mail address').fill('faith.chebet@piu.example.org');
    await inviter.getByLabel('Role').selectOption('piu-analyst');
    await inviter.getByRole('button', { name: 'Send the invitation' }).click();
    const link = await inviter.locator('#invitation-link').inputValue();
    expect(link).toMatch(/\/invitations\/accept\/[\w-]{43}$/);
    expect(inviterErrors).toEqual([]);

    // The analyst, in a browser of their own.
    const context = await browser.newContext();
    const analyst = await context.newPage();
    const analystErrors = watchConsole(analyst);
    await analyst.goto(link.replace(/^https?:\/\/[^/]+/, base));
    await analyst.getByLabel('Your full name').fill('Faith Chebet');
    await analyst.getByLabel('Choose a password').fill(ANALYST_PASSWORD);
    await analyst.getByLabel('The same password again').fill(ANALYST_PASSWORD);
    await analyst.getByLabel(/I have read and accept/).check();
    await analyst.getByRole('button', { name: 'Create my account' }).click();
    await analyst.waitForURL('**/login**');
    await submitLogin(analyst, 'faith.chebet@piu.example.org', ANALYST_PASSWORD);

    // PIU analysts must use two-step verification before anything else.
    await analyst.waitForURL('**/account/two-factor');
    const secret = await enrolTotp(analyst, base, ANALYST_PASSWORD);
    expect(await analyst.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Welcome, Faith Chebet',
    );
    expect(await analyst.locator('main').innerText()).toContain('Kenya');
    await analyst.screenshot({ path: join(ARTIFACTS, 'analyst-dashboard.png'), fullPage: true });

    // Next day: sign out and back in with the authenticator.
    await analyst.getByRole('button', { name: 'Sign out' }).click();
    await submitLogin(analyst, 'faith.chebet@piu.example.org', ANALYST_PASSWORD);
    await analyst.waitForURL('**/login/two-factor');
    // A new time step: the enrolment code cannot be replayed.
    await submitCode(analyst, secret, Date.now() + 30_000);
    await analyst.waitForURL(`${base}/`);
    expect(analystErrors).toEqual([]);
    await context.close();
  });
});
