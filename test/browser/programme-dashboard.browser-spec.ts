import { join } from 'node:path';
import { Organisation, PROGRAMME_STATUSES } from '../../src/organisations/organisation.entity';
import { ReferenceDataCache } from '../../src/organisations/reference-data.cache';
import {
  ARTIFACTS,
  signIn,
  startBrowserHarness,
  watchConsole,
  wcagViolations,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';

describe('the programme dashboard in Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('shows the map and filters by region and pillar with scripts turned off', async () => {
    const { t, browser, base } = harness;
    const organisations = t.dataSource.getRepository(Organisation);
    const implementing = PROGRAMME_STATUSES[3];
    for (const code of ['KEN', 'UGA', 'BRA'])
      await organisations.update({ code }, { programmeStatus: implementing });
    t.app.get(ReferenceDataCache).invalidate();
    const staff = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });

    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await signIn(page, base, staff);
    await page.getByRole('link', { name: 'Programme dashboard' }).click();
    await page.waitForURL(`${base}/programme`);
    expect(await page.locator('#programme-summary').innerText()).toContain(
      '3 Member States of 193',
    );
    const map = page.getByRole('img', {
      name: 'World map of the Member States by programme status',
    });
    expect(await map.isVisible()).toBe(true);
    const box = (await map.boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    expect(await page.locator('path[data-code="KEN"] title').textContent()).toBe(
      'Kenya: Implementing',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'programme-dashboard.png'), fullPage: true });

    // The filters are a plain GET form: no script needed.
    await page.getByLabel('Region', { exact: true }).selectOption('Africa');
    await page.getByLabel('Pillar', { exact: true }).selectOption('piu');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(`${base}/programme?region=Africa&pillar=piu`);
    expect(await page.locator('#programme-summary').innerText()).toContain('2 Member States of 54');
    expect(await page.locator('path[data-code="BRA"]').getAttribute('fill')).toBe('#eceef1');
    expect(await page.getByLabel('Region', { exact: true }).inputValue()).toBe('Africa');

    // The table alternative opens and names the States of the filter.
    await page.getByText('The map as a table').click();
    const table = page.getByRole('table', { name: 'Member States in the programme, by status' });
    expect(await table.innerText()).toContain('Kenya');
    expect(await table.innerText()).not.toContain('Brazil');

    await page.getByRole('link', { name: 'Clear the filter' }).click();
    await page.waitForURL(`${base}/programme`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('passes WCAG 2.1 AA and fits a phone-wide screen, as a partner sees it', async () => {
    const { t, browser, base } = harness;
    const partner = await createUser(t.dataSource, { role: 'partner' });
    // The test injects axe as an inline script, which the portal's CSP rightly forbids.
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await signIn(page, base, partner);
    await page.goto(`${base}/programme?region=Asia`);
    expect(await wcagViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    const wider = await page.evaluate<number>(
      `document.scrollingElement.scrollWidth - document.documentElement.clientWidth`,
    );
    expect(wider).toBe(0);
    await context.close();
  });
});
