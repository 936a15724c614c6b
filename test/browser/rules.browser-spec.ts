import { join } from 'node:path';
import { ScreeningRule } from '../../src/piu/rules/screening-rule.entity';
import {
  ARTIFACTS,
  signIn,
  startBrowserHarness,
  watchConsole,
  wcagViolations,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';

describe('the rule form with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('an analyst builds a rule: operators follow the field, an error shows at its condition', async () => {
    const { t, browser, base } = harness;
    const analyst = await createUser(t.dataSource, {
      role: 'piu-analyst',
      org: 'KEN',
      withTwoFactor: true,
    });
    // CSP bypassed only so axe-core can be injected to check the pages.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await signIn(page, base, analyst);
    await page.goto(`${base}/screening/rules/new`);
    await page.getByLabel('Routine screening of flights').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/screening/rules/new');

    await page.getByLabel('Name').fill('Young travellers on one-way tickets');
    await page.locator('#node-1-field').selectOption('traveller.ageAtDeparture');
    // The script hides what a number does not take, at once.
    await expect(page.locator('#node-1-op option[value="starts with"]').isDisabled()).resolves.toBe(
      true,
    );
    await page.locator('#node-1-op').selectOption('between');
    await page.locator('#node-1-value').fill('30, 18');
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.waitForURL('**/screening/rules/new/compose');
    await expect(page.locator('#node-1-value').inputValue()).resolves.toBe('30, 18');
    await page.locator('#node-2-field').selectOption('journey.oneWay');
    await page.locator('#node-2-value').fill('true');
    await page.getByRole('button', { name: 'Save' }).last().click();
    await expect(page.locator('#error-node-1').innerText()).resolves.toBe(
      'The low bound 30 is above the high bound 18: swap them.',
    );
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'rule-form-error.png'), fullPage: true });

    await page.locator('#node-1-value').fill('18, 30');
    await page.getByRole('button', { name: 'Save' }).last().click();
    await page.waitForURL(/\/screening\/rules\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Young travellers on one-way tickets',
    );
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'rule-page.png'), fullPage: true });
    const rule = await t.dataSource
      .getRepository(ScreeningRule)
      .findOneByOrFail({ name: 'Young travellers on one-way tickets' });
    expect(JSON.parse(rule.criteria)).toEqual({
      all: [
        { field: 'traveller.ageAtDeparture', op: 'between', value: [18, 30] },
        { field: 'journey.oneWay', op: '=', value: true },
      ],
    });
    // The form with its errors answers 400, which Chromium logs; nothing else may show.
    expect(errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
  });
});
