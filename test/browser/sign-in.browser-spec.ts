import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, ARTIFACTS } from '../support/browser';
import { createUser, STRONG_PASSWORD, totp } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('signing in with Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('an admin signs in, is sent to set up two-step verification, enrols and reaches the dashboard', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin', name: 'Aïcha Benali' });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${base}/`);
    expect(page.url()).toContain('/login');
    await page.getByLabel('E-mail address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/account/two-factor');
    expect(await page.locator('.qr svg').count()).toBe(1);
    const secret = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code', { exact: true }).fill(totp.codeAt(secret));
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
