import { join } from 'node:path';
import { actorFor } from '../../src/common/actor/actor';
import { RoadmapEditing } from '../../src/programme/roadmaps/roadmap-editing.service';
import { RoadmapStep } from '../../src/programme/roadmaps/roadmap-step.entity';
import { UsersService } from '../../src/users/users.service';
import {
  ARTIFACTS,
  signIn,
  startBrowserHarness,
  watchConsole,
  wcagViolations,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';

describe('roadmaps with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('staff edit a step, see it on the timeline, and the focal point blocks it with a reason', async () => {
    const { t, browser, base } = harness;
    const staffUser = await createUser(t.dataSource, {
      role: 'staff',
      name: 'Sara Staff',
      withTwoFactor: true,
    });
    const focalUser = await createUser(t.dataSource, { role: 'focal-point', name: 'Fatuma Focal' });
    const staffActor = actorFor((await t.app.get(UsersService).findAuthenticated(staffUser.id))!);
    const editing = t.app.get(RoadmapEditing);
    const base_ = {
      description: '',
      startOn: '2026-01-05',
      dueOn: '2026-04-30',
      status: 'not-started' as const,
      weight: 2,
      dependsOn: [],
    };
    const law = await editing.create(staffActor, 'KEN', {
      ...base_,
      pillar: 'legislative',
      title: 'Adopt the PNR regulation',
    });
    const carriers = await editing.create(staffActor, 'KEN', {
      ...base_,
      pillar: 'carrier-engagement',
      title: 'Connect carriers for PNR',
      startOn: '2026-05-01',
      dueOn: '2026-09-30',
    });

    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await signIn(page, base, staffUser);
    await page.goto(`${base}/states/KEN/roadmap/steps/${carriers.id}`);
    await page.getByRole('link', { name: 'Edit the step' }).click();
    await page.getByLabel('Title').fill('Connect the carriers for PNR (PNRGOV)');
    await page.getByLabel('Weight').fill('4');
    await page.getByLabel('Owner').selectOption({ label: 'Fatuma Focal' });
    await page.getByLabel('Adopt the PNR regulation').check();
    // A wrong date first: the form comes back with its message and what was typed.
    await page.getByLabel('Due date').fill('2026-04-01');
    await page.getByRole('button', { name: 'Save the step' }).click();
    await expect(
      page.getByText('The due date cannot come before the start date.').isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe(
      'Connect the carriers for PNR (PNRGOV)',
    );
    // The browser logs the form's 400 as a failed load: expected here, so not an error.
    expect(errors.splice(0)).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
    await page.getByLabel('Due date').fill('2026-10-31');
    await page.getByRole('button', { name: 'Save the step' }).click();
    await page.waitForURL(`**/states/KEN/roadmap/steps/${carriers.id}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Connect the carriers for PNR (PNRGOV)',
    );
    await expect(page.locator('#depends-on').innerText()).resolves.toContain(
      'Adopt the PNR regulation',
    );
    await expect(page.locator('#step-history').innerText()).resolves.toContain(
      'Connect carriers for PNR → Connect the carriers for PNR (PNRGOV)',
    );

    // The roadmap: the timeline draws both steps, the dependency's arrow and today's line.
    await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
    const gantt = page.locator('#gantt svg');
    await expect(gantt.getAttribute('role')).resolves.toBe('group');
    await expect(gantt.locator('title').first().textContent()).resolves.toBe(
      'Timeline of the roadmap of Kenya',
    );
    await expect(gantt.locator('.gantt__step').count()).resolves.toBe(2);
    await expect(gantt.locator('.gantt__dependencies path').count()).resolves.toBe(1);
    await expect(gantt.locator('.gantt__today').count()).resolves.toBe(1);
    const box = await gantt.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await page.screenshot({ path: join(ARTIFACTS, 'roadmap.png'), fullPage: true });
    await expect(page.locator('#gantt-narrow').isVisible()).resolves.toBe(false);
    // On a 390 px phone: the narrow drawing, titles above the bars, as wide as its frame (no
    // sideways scrolling) and its titles as tall as the page's small print, not shrunk.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.locator('#gantt').isVisible()).resolves.toBe(false);
    const narrow = page.locator('#gantt-narrow svg');
    await expect(narrow.isVisible()).resolves.toBe(true);
    await expect(narrow.locator('.gantt__step').count()).resolves.toBe(2);
    // A string, as the other specs do: the test's TypeScript has no DOM types.
    const fit = await page.evaluate<{ frame: number; drawn: number; page: number; text: number }>(
      `(() => {
        const frame = document.querySelector('#gantt-narrow');
        const drawn = frame.querySelector('svg').getBoundingClientRect().width;
        const title = frame.querySelector('.gantt__step a tspan');
        return {
          frame: frame.clientWidth,
          drawn,
          page: document.documentElement.scrollWidth,
          text: parseFloat(getComputedStyle(title).fontSize) * (drawn / 360),
        };
      })()`,
    );
    expect(fit.drawn).toBeLessThanOrEqual(fit.frame);
    expect(fit.drawn).toBeGreaterThan(300);
    expect(fit.page).toBeLessThanOrEqual(390);
    expect(fit.text).toBeGreaterThanOrEqual(12);
    await narrow.screenshot({ path: join(ARTIFACTS, 'roadmap-timeline-390.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
    // A bar's title links to its step.
    await page.locator('#gantt').getByRole('link', { name: 'Adopt the PNR regulation' }).click();
    await page.waitForURL(`**/states/KEN/roadmap/steps/${law.id}`);
    expect(errors).toEqual([]);
    await context.close();

    // The focal point: the status form only.
    // axe-core is added to the page as a script: this context lets it in (the staff's above checked the page's own CSP).
    const focalContext = await browser.newContext({ bypassCSP: true });
    const focal = await focalContext.newPage();
    await signIn(focal, base, focalUser);
    await focal.goto(`${base}/states/KEN/roadmap/steps/${carriers.id}`);
    await expect(focal.getByRole('link', { name: 'Edit the step' }).count()).resolves.toBe(0);
    await focal.getByLabel('Status', { exact: true }).selectOption({ label: 'Blocked' });
    await focal.getByLabel('Why it is blocked').fill('The regulation is not adopted yet.');
    await focal.getByRole('button', { name: 'Save the status' }).click();
    await expect(focal.locator('#blocked-reason').innerText()).resolves.toContain(
      'The regulation is not adopted yet.',
    );
    expect(await wcagViolations(focal)).toEqual([]);
    // The roadmap with its timeline, checked by axe-core too.
    await focal.goto(`${base}/states/KEN/roadmap`);
    expect(await wcagViolations(focal)).toEqual([]);
    // And on a phone, with the narrow timeline.
    await focal.setViewportSize({ width: 390, height: 844 });
    expect(await wcagViolations(focal)).toEqual([]);
    await focalContext.close();
    const saved = await t.dataSource
      .getRepository(RoadmapStep)
      .findOneByOrFail({ id: carriers.id });
    expect(saved).toMatchObject({
      status: 'blocked',
      weight: 4,
      dueOn: '2026-10-31',
      ownerId: focalUser.id,
    });
  });
});
