import { join } from 'node:path';
import {
  ARTIFACTS,
  signedInPage,
  startBrowserHarness,
  watchConsole,
  type BrowserHarness,
} from '../support/browser';
import { activeExpertProfile } from '../support/experts-fixture';
import { createUser } from '../support/factories';

const plainIn = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the Pool of Experts with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('request → match → propose → the expert accepts → the State confirms → the expert sees the State', async () => {
    const { t, browser, base } = harness;
    const staffUser = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
    const focalUser = await createUser(t.dataSource, { role: 'focal-point', org: 'KEN' });
    const expertUser = await createUser(t.dataSource, { role: 'expert', name: 'Nadia Haddad' });
    await activeExpertProfile(t.dataSource, expertUser.id);

    // The focal point asks for help.
    const focal = await signedInPage(browser, base, focalUser);
    const errors = watchConsole(focal);
    await focal.getByRole('link', { name: 'Pool of Experts' }).first().click();
    await focal.getByRole('link', { name: 'Ask for an expert' }).first().click();
    await focal.getByLabel('Passenger Information Unit').check();
    await focal.getByLabel('Topic', { exact: true }).fill('Training the PIU analysts');
    await focal.getByLabel('Language', { exact: true }).fill('fr');
    await focal.getByLabel('Remote').check();
    await focal.getByLabel('From', { exact: true }).fill(plainIn(-1));
    await focal.getByLabel('To', { exact: true }).fill(plainIn(3));
    await focal.getByLabel('Effort').fill('3');
    await focal.getByRole('button', { name: 'Send the request' }).click();
    await focal.waitForURL(/\/experts\/requests\/\d+$/);
    const requestUrl = focal.url();

    // Staff see the match with its reasons, and propose her.
    const staff = await signedInPage(browser, base, staffUser);
    await staff.goto(requestUrl);
    const ranked = staff.locator('.ranked-expert').first();
    await expect(ranked.innerText()).resolves.toContain('Nadia Haddad');
    await expect(ranked.innerText()).resolves.toContain('Works on this pillar');
    await ranked.getByRole('link', { name: 'Propose' }).click();
    await staff.locator('#propose').getByRole('button', { name: 'Propose' }).click();
    await staff.waitForURL(/\/experts\/engagements\/\d+$/);
    const engagementUrl = staff.url();
    await staff.screenshot({ path: join(ARTIFACTS, 'experts-engagement.png'), fullPage: true });

    // The expert accepts; the State confirms.
    const expert = await signedInPage(browser, base, expertUser);
    await expert.goto(`${base}/states/KEN`);
    await expect(expert.getByRole('heading', { level: 1 }).innerText()).resolves.not.toBe('Kenya');
    await expert.goto(engagementUrl);
    await expert.getByRole('button', { name: 'Accept' }).click();
    await expect(expert.locator('#engagement-status').innerText()).resolves.toBe(
      'Accepted, awaiting the State',
    );
    await focal.goto(engagementUrl);
    await focal.getByRole('button', { name: 'Confirm for the State' }).click();
    await expect(focal.locator('#engagement-status').innerText()).resolves.toBe('Active');

    // The engagement runs today: Kenya's space opens to the expert.
    await expert.goto(`${base}/states/KEN`);
    await expect(expert.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Kenya');
    expect(errors).toEqual([]);
  });
});
