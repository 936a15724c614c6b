import { join } from 'node:path';
import { In, Not } from 'typeorm';
import { Assessment } from '../../src/programme/assessments/assessment.entity';
import { AssessmentIndicator } from '../../src/programme/assessments/indicator.entity';
import {
  ARTIFACTS,
  signIn,
  startBrowserHarness,
  watchConsole,
  wcagViolations,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';

describe('an assessment with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it("staff start one from the State's space, fill the questionnaire, send it for review and finalise it; the pages pass axe", async () => {
    const { t, browser, base } = harness;
    // Three questions keep the walk short; the rest of the set is retired for this test.
    await t.dataSource
      .getRepository(AssessmentIndicator)
      .update({ code: Not(In(['LEG-1', 'TEC-2', 'MAR-1'])) }, { active: false });
    const staff = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
    // axe is added to the pages: the portal's policy allows no inline script.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    const errors = watchConsole(page);
    await signIn(page, base, staff);

    await page.goto(`${base}/states/KEN`);
    await page.getByRole('link', { name: 'Start an assessment' }).click();
    await expect(page.getByLabel('Member State').inputValue()).resolves.toBe('KEN');
    await page.getByLabel('Title').fill('Baseline assessment 2026');
    await page.getByLabel('Fieldwork from').fill('2026-03-02');
    await page.getByLabel('Fieldwork until').fill('2026-03-06');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/\/programme\/assessments\/\d+$/);
    await expect(page.locator('#assessment-status').innerText()).resolves.toBe('Draft');

    await page.getByRole('link', { name: 'Answer' }).first().click();
    const answers: [string, string][] = [
      ['1 · Planned or started', 'A draft API regulation is with the Attorney General.'],
      ['2 · Partly in place', 'UN list loaded by hand every month.'],
      ['0 · Nothing in place', 'No vessel data reaches the PIU.'],
    ];
    for (const [level, findings] of answers) {
      await page.getByLabel(level).check();
      await page.getByLabel('Findings').fill(findings);
      await page.getByLabel('Recommendations').fill(`Follow up: ${findings}`);
      await page
        .getByRole('button', { name: 'Save and go to the next unanswered indicator' })
        .click();
      await page.waitForLoadState();
    }
    // After the last one, back on the assessment: every indicator has its level.
    await page.waitForURL(/\/programme\/assessments\/\d+#indicator-\d+$/);
    await expect(page.getByText('3 of 3 indicators answered').first().isVisible()).resolves.toBe(
      true,
    );

    await page.getByRole('button', { name: 'Send for review' }).click();
    await expect(page.locator('#assessment-status').innerText()).resolves.toBe('In review');
    await page.getByRole('button', { name: 'Finalise' }).click();
    await expect(page.locator('#assessment-status').innerText()).resolves.toBe('Finalised');
    await expect(
      page.getByText('This assessment is finalised: it can no longer be changed.').isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Change the answer' }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'assessment-finalised.png'), fullPage: true });

    const problems: string[] = [];
    for (const path of [page.url(), `${base}/states/KEN`, `${base}/states/KEN/record`]) {
      await page.goto(path);
      problems.push(...(await wcagViolations(page)).map((problem) => `${path}: ${problem}`));
    }
    await page.screenshot({ path: join(ARTIFACTS, 'state-record.png'), fullPage: true });
    expect(problems).toEqual([]);

    const saved = await t.dataSource.getRepository(Assessment).findOneByOrFail({
      title: 'Baseline assessment 2026',
    });
    expect(saved).toMatchObject({ status: 'finalised', fieldworkFrom: '2026-03-02' });
    expect(errors).toEqual([]);
  });
});
