import { join } from 'node:path';
import {
  ARTIFACTS,
  startBrowserHarness,
  watchConsole,
  type BrowserHarness,
} from '../support/browser';
import { createUser, STRONG_PASSWORD, totp } from '../support/factories';

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
    await inviter.goto(`${base}/login`);
    await inviter.getByLabel('E-mail address').fill(focalPoint.email);
    await inviter.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
    await inviter.getByRole('button', { name: 'Sign in' }).click();
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
    await analyst.getByLabel('E-mail address').fill('faith.chebet@piu.example.org');
    await analyst.getByLabel('Password', { exact: true }).fill(ANALYST_PASSWORD);
    await analyst.getByRole('button', { name: 'Sign in' }).click();

    // PIU analysts must use two-step verification before anything else.
    await analyst.waitForURL('**/account/two-factor');
    const secret = (await analyst.locator('#totp-secret').innerText()).replace(/\s/g, '');
    await analyst.getByLabel('Code', { exact: true }).fill(totp.codeAt(secret));
    // Enrolling asks for the password again.
    await analyst.getByLabel('Your password').fill(ANALYST_PASSWORD);
    await analyst.getByRole('button', { name: 'Turn on' }).click();
    expect(await analyst.locator('#recovery-codes li').count()).toBe(10);
    await analyst.getByRole('link', { name: 'I have saved them' }).click();
    await analyst.waitForURL(`${base}/`);
    expect(await analyst.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Welcome, Faith Chebet',
    );
    expect(await analyst.locator('main').innerText()).toContain('Kenya');
    await analyst.screenshot({ path: join(ARTIFACTS, 'analyst-dashboard.png'), fullPage: true });

    // Next day: sign out and back in with the authenticator.
    await analyst.getByRole('button', { name: 'Sign out' }).click();
    await analyst.getByLabel('E-mail address').fill('faith.chebet@piu.example.org');
    await analyst.getByLabel('Password', { exact: true }).fill(ANALYST_PASSWORD);
    await analyst.getByRole('button', { name: 'Sign in' }).click();
    await analyst.waitForURL('**/login/two-factor');
    // A new time step: the enrolment code cannot be replayed.
    const nextStep = Date.now() + 30_000;
    await analyst.getByLabel('Code', { exact: true }).fill(totp.codeAt(secret, nextStep));
    await analyst.getByRole('button', { name: 'Verify' }).click();
    await analyst.waitForURL(`${base}/`);
    expect(analystErrors).toEqual([]);
    await context.close();
  });
});
