import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { In, Not } from 'typeorm';
import { Assessment } from '../../src/programme/assessments/assessment.entity';
import { AssessmentIndicator } from '../../src/programme/assessments/indicator.entity';
import { RoadmapStep } from '../../src/programme/roadmaps/roadmap-step.entity';
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

/** Checks the rating `value` in the fieldset named `legend` of the form `form`. */
async function rate(page: Page, form: string, legend: string, value: string) {
  await page.locator(form).getByRole('group', { name: legend }).getByLabel(value).check();
}

/**
 * The programme's work end to end, as the "done when" names it: staff finalise an
 * assessment of Kenya, draft its roadmap from it, the focal point asks for an expert from one
 * of the drafted steps, staff match and propose one, she accepts, the State confirms, Kenya's
 * space opens to her, and once the engagement is closed both sides give their feedback.
 */
describe('the programme’s work with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('assessment finalised → roadmap drafted → request → expert matched, accepted, confirmed → the expert sees the State → feedback', async () => {
    const { t, browser, base } = harness;
    // Two questions keep the walk short; the rest of the set is retired for this test.
    await t.dataSource
      .getRepository(AssessmentIndicator)
      .update({ code: Not(In(['PIU-1', 'CAR-1'])) }, { active: false });
    const staffUser = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
    const focalUser = await createUser(t.dataSource, { role: 'focal-point', org: 'KEN' });
    const expertUser = await createUser(t.dataSource, { role: 'expert', name: 'Amina Diallo' });
    await activeExpertProfile(t.dataSource, expertUser.id, {
      pillars: 'piu,carrier-engagement',
      languages: 'en,fr',
      biography: 'Set up two PIUs in West Africa.',
    });

    // 1. Staff assess Kenya and finalise the assessment.
    const staff = await signedInPage(browser, base, staffUser);
    const errors = watchConsole(staff);
    await staff.goto(`${base}/states/KEN`);
    await staff.getByRole('link', { name: 'Start an assessment' }).click();
    await staff.getByLabel('Title').fill('Baseline 2026');
    await staff.getByRole('button', { name: 'Start the assessment' }).click();
    await staff.waitForURL(/\/programme\/assessments\/\d+$/);
    await staff.getByRole('link', { name: 'Answer' }).first().click();
    for (const recommendation of [
      'Train the PIU analysts on the screening workflow',
      'Connect the national carriers for API',
    ]) {
      await staff.getByLabel('1 · Planned or started').check();
      await staff.getByLabel('Findings').fill('Little in place yet.');
      await staff.getByLabel('Recommendations').fill(recommendation);
      await staff
        .getByRole('button', { name: 'Save and go to the next unanswered indicator' })
        .click();
      await staff.waitForLoadState();
    }
    await staff.getByRole('button', { name: 'Send for review' }).click();
    await staff.getByRole('button', { name: 'Finalise' }).click();
    await expect(staff.locator('#assessment-status').innerText()).resolves.toBe('Finalised');
    const assessment = await t.dataSource
      .getRepository(Assessment)
      .findOneByOrFail({ title: 'Baseline 2026' });

    // 2. Staff draft Kenya's roadmap from it: one step per recommendation.
    await staff.goto(`${base}/states/KEN/roadmap`);
    await staff
      .getByRole('button', { name: `Draft the roadmap from assessment ${assessment.id}` })
      .click();
    await staff.waitForLoadState();
    const drafted = await t.dataSource
      .getRepository(RoadmapStep)
      .findBy({ sourceAssessmentId: assessment.id });
    expect(drafted).toHaveLength(2);
    const piuStep = drafted.find((step) => step.pillar === 'piu')!;
    expect(piuStep.description).toContain('Train the PIU analysts');

    // 3. The focal point asks for an expert from that step's page.
    const focal = await signedInPage(browser, base, focalUser);
    errors.push(...watchConsole(focal));
    await focal.goto(`${base}/states/KEN/roadmap/steps/${piuStep.id}`);
    await focal.getByRole('link', { name: 'Ask for an expert for this step' }).click();
    await expect(focal.locator('#field-roadmapStepId').innerText()).resolves.toContain(
      piuStep.title,
    );
    await focal.getByLabel('Topic', { exact: true }).fill('Training the PIU analysts');
    await focal.getByLabel('Language', { exact: true }).fill('fr');
    await focal.getByLabel('Remote').check();
    await focal.getByLabel('From', { exact: true }).fill(plainIn(-1));
    await focal.getByLabel('To', { exact: true }).fill(plainIn(3));
    await focal.getByLabel('Effort').fill('3');
    await focal.getByRole('button', { name: 'Send the request' }).click();
    await focal.waitForURL(/\/experts\/requests\/\d+$/);
    const requestUrl = focal.url();

    // 4. Staff see her ranked with the reasons, and propose her.
    await staff.goto(requestUrl);
    const ranked = staff.locator('.ranked-expert').first();
    await expect(ranked.innerText()).resolves.toContain('Amina Diallo');
    await expect(ranked.innerText()).resolves.toContain('Works on this pillar');
    await ranked.getByRole('link', { name: 'Propose' }).click();
    await staff.locator('#propose').getByRole('button', { name: 'Propose' }).click();
    await staff.waitForURL(/\/experts\/engagements\/\d+$/);
    const engagementUrl = staff.url();

    // 5. Before she accepts, Kenya's space is closed to her; she accepts, the State confirms.
    const expert = await signedInPage(browser, base, expertUser);
    errors.push(...watchConsole(expert));
    expect((await expert.goto(`${base}/states/KEN`))?.status()).toBe(404);
    await expert.goto(engagementUrl);
    await expert.getByRole('button', { name: 'Accept' }).click();
    await focal.goto(engagementUrl);
    await focal.getByRole('button', { name: 'Confirm for the State' }).click();
    await expect(focal.locator('#engagement-status').innerText()).resolves.toBe('Active');

    // 6. The engagement runs today: Kenya's space and the step she works on open to her.
    await expert.goto(`${base}/states/KEN`);
    await expect(expert.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Kenya');
    await expert.goto(`${base}/states/KEN/roadmap/steps/${piuStep.id}`);
    await expect(expert.locator('main').innerText()).resolves.toContain('Amina Diallo');

    // 7. The State closes it, and both sides give their feedback.
    await focal.goto(engagementUrl);
    await focal.getByRole('button', { name: 'Close the engagement' }).click();
    await expect(focal.locator('#engagement-status').innerText()).resolves.toBe('Closed');
    for (const legend of ['Knowledge', 'Communication', 'Responsiveness', 'Fit to the context'])
      await rate(focal, '#state-feedback-form', legend, '4');
    await rate(focal, '#state-feedback-form', 'Would engage again', 'Yes');
    await focal
      .locator('#state-feedback-form')
      .getByLabel('Comments', { exact: true })
      .fill('Clear and practical.');
    await focal.locator('#state-feedback-form').getByRole('button').click();
    await expert.goto(engagementUrl);
    await rate(expert, '#expert-feedback-form', 'How was the engagement? (1 to 5)', '5');
    await expert.locator('#expert-feedback-form').getByRole('button').click();
    await expect(expert.locator('#feedback').innerText()).resolves.toContain(
      'Clear and practical.',
    );
    await expect(expert.locator('#feedback').innerText()).resolves.toContain('Rated 5 out of 5');
    await expert.screenshot({ path: join(ARTIFACTS, 'programme-feedback.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
