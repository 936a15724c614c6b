import { join } from 'node:path';
import {
  ARTIFACTS,
  startBrowserHarness,
  watchConsole,
  type BrowserHarness,
} from '../support/browser';
import { createUser, STRONG_PASSWORD, totp } from '../support/factories';

describe('signing in with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('an admin signs in, is sent to set up two-step verification, enrols and reaches the dashboard', async () => {
    const { t, browser, base } = harness;
    const admin = await createUser(t.dataSource, { role: 'admin', name: 'Aïcha Benali' });
    const page = await browser.newPage();
    const errors = watchConsole(page);
    await page.goto(`${base}/`);
    expect(page.url()).toContain('/login');
    await page.getByLabel('E-mail address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/account/two-factor');
    expect(await page.locator('.qr svg').count()).toBe(1);
    const secret = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code', { exact: true }).fill(totp.codeAt(secret));
    // Enrolling asks for the password again.
    await page.getByLabel('Your password').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(page.locator('#recovery-codes li').count()).resolves.toBe(10);
    await page.getByRole('link', { name: 'I have saved them' }).click();
    await page.waitForURL(`${base}/`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Welcome, Aïcha Benali',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    // CSP allows no inline script: a page that tried one would log a violation here.
    expect(errors).toEqual([]);
  });
});
