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

  it("keeps an expert's availability table legible on a phone: its words whole, the table scrolling in its box", async () => {
    const { t, browser, base } = harness;
    const expertUser = await createUser(t.dataSource, { role: 'expert', name: 'Ines Moreau' });
    await activeExpertProfile(t.dataSource, expertUser.id);
    const expert = await signedInPage(browser, base, expertUser, {
      viewport: { width: 390, height: 844 },
    });
    await expert.goto(`${base}/experts/profile`);
    const form = expert.locator('#availability form').last();
    await form.getByLabel('Unavailable').check();
    await form.getByLabel('From', { exact: true }).fill(plainIn(10));
    await form.getByLabel('To', { exact: true }).fill(plainIn(20));
    await form
      .getByLabel('Note', { exact: true })
      .fill('Annual leave, reachable by e-mail for urgent questions');
    await form.getByRole('button', { name: 'Add the period' }).click();
    const remove = expert.locator('#availability table').getByRole('button', { name: 'Remove' });
    await expect(remove.count()).resolves.toBe(1);
    // Lines of an element's text, counted from its text's line boxes: a column squeezed
    // narrower than a word breaks it ("Rem ove", "No te"). A string: the test is compiled
    // without the DOM library.
    const lines = (selector: string) =>
      expert.evaluate<number>(
        `(() => { const range = document.createRange();` +
          `range.selectNodeContents(document.querySelector(${JSON.stringify(selector)}));` +
          `return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size; })()`,
      );
    await expect(lines('#availability table button')).resolves.toBe(1);
    await expect(lines('#availability th:nth-child(3)')).resolves.toBe(1);
    await expert.screenshot({
      path: join(ARTIFACTS, 'experts-availability-390.png'),
      fullPage: true,
    });
  });
});
