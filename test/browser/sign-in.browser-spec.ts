import { join } from 'node:path';
import {
  ARTIFACTS,
  enrolTotp,
  startBrowserHarness,
  submitLogin,
  watchConsole,
  type BrowserHarness,
} from '../support/browser';
import { createUser, STRONG_PASSWORD } from '../support/factories';

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
    await submitLogin(page, admin.email);
    await page.waitForURL('**/account/two-factor');
    expect(await page.locator('.qr svg').count()).toBe(1);
    await enrolTotp(page, base, STRONG_PASSWORD);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Welcome, Aïcha Benali',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    // CSP allows no inline script: a page that tried one would log a violation here.
    expect(errors).toEqual([]);
  });
});
