import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorFor } from '../../src/common/actor/actor';
import { extractText } from '../../src/library/extraction/text-extractor';
import { TrainingAuthoringService } from '../../src/training/training-authoring.service';
import { UsersService } from '../../src/users/users.service';
import {
  ARTIFACTS,
  signIn,
  startBrowserHarness,
  watchConsole,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';
import { SMALL_COURSE } from '../support/training-fixture';

const SOURCE = SMALL_COURSE.replace('![Diagram](library:12)\n', '').replace('Attachment: 14\n', '');

describe('training with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('a PIU analyst takes the course and downloads the certificate', async () => {
    const { t, browser, base } = harness;
    const staff = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
    const author = actorFor((await t.app.get(UsersService).findAuthenticated(staff.id))!);
    const authoring = t.app.get(TrainingAuthoringService);
    const course = await authoring.create(author, {
      title: 'PIU governance basics',
      source: SOURCE,
    });
    await authoring.publish(author, course.id, {
      title: 'PIU governance basics',
      source: SOURCE,
      revision: course.revision,
    });
    const analyst = await createUser(t.dataSource, {
      role: 'piu-analyst',
      org: 'KEN',
      name: 'Faith Chebet',
      withTwoFactor: true,
    });
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await signIn(page, base, analyst);

    await page.getByRole('link', { name: 'Training' }).first().click();
    await page.getByRole('link', { name: 'PIU governance basics' }).click();
    await page.getByRole('button', { name: 'Enrol on this course' }).click();
    await page.waitForURL(`**/training/courses/${course.id}`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain(
      'You are enrolled',
    );

    // The first lesson, read and marked; then on through the module.
    await page.getByRole('link', { name: 'Why a law' }).click();
    await expect(page.locator('article.lesson strong').innerText()).resolves.toBe('personal data');
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await expect(page.getByText('You have read this lesson.').count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Next lesson: What the law says' }).click();
    await page.getByRole('link', { name: 'Go to the module’s quiz' }).click();

    // A wrong first try: the feedback of the answer chosen, and the module after stays shut.
    await page.getByLabel('1373 (2001)').check();
    await page.getByLabel('The colour of the office').check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await expect(page.getByText('That one is about terrorist financing.').count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Try again' }).click();
    await page.getByLabel('2396 (2017)').check();
    await page.getByLabel('Purposes').check();
    await page.getByLabel('Retention').check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await expect(page.getByText('Passed with 100%.').count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Continue with: Carriers' }).click();
    await page.getByRole('link', { name: 'Go to the module’s quiz' }).click();
    await page.getByLabel('Carriers', { exact: true }).check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.getByRole('link', { name: 'Continue with the final assessment' }).click();
    await page.getByLabel('a legal basis').check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await expect(page.getByText('You have completed the course.').count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Back to the course' }).click();
    await page.screenshot({ path: join(ARTIFACTS, 'training-completed.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download your certificate (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^certificate-[A-Z2-9-]{23}\.pdf$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await extractText(file, 'pdf');
    expect(text).toContain('Faith Chebet');
    expect(text).toContain('PIU governance basics');
    expect(errors).toEqual([]);
    await context.close();
  });
});
