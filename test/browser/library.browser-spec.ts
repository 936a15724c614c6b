import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IwgRegion } from '../../src/organisations/iwg-region.entity';
import { Organisation } from '../../src/organisations/organisation.entity';
import { pdfOf } from '../../src/library/files/zip-writer';
import {
  ARTIFACTS,
  signIn,
  startBrowserHarness,
  watchConsole,
  wcagViolations,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';
import { actorFor } from '../../src/common/actor/actor';
import { LibraryImport } from '../../src/library/library-import';
import { UsersService } from '../../src/users/users.service';

describe('the library with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('an official uploads a PDF through the form, finds it in the list and downloads it', async () => {
    const { t, browser, base } = harness;
    const region = await t.dataSource
      .getRepository(IwgRegion)
      .save({ code: 'browser-east', name: 'Browser East IWG' });
    await t.dataSource
      .getRepository(Organisation)
      .update({ code: 'KEN' }, { iwgRegionId: region.id });
    const official = await createUser(t.dataSource, { role: 'official', org: 'KEN' });
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await signIn(page, base, official);

    await page.getByRole('link', { name: 'Library' }).first().click();
    await page.getByRole('link', { name: 'Add a resource' }).click();
    await page.getByLabel('Title').fill('Kenya PIU handbook');
    await page.getByLabel('Summary').fill('What the unit does, step by step.');
    await page.getByLabel('Passenger Information Unit').check();
    await page.getByLabel('Tags').fill('handbook, PIU');
    await page.getByLabel('Who may see it').selectOption({ label: 'Kenya' });
    const pdf = pdfOf(['Kenya PIU handbook']);
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'handbook.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await page.waitForURL(/\/library\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Kenya PIU handbook',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'library-resource.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('handbook.pdf');
    expect(readFileSync(await download.path())).toEqual(pdf);

    // The inline preview: Chromium's PDF viewer shows it under the script-free policy.
    const resourceUrl = page.url();
    const preview = await page.goto(`${resourceUrl}/preview`);
    expect(preview?.status()).toBe(200);
    expect((await preview!.allHeaders())['content-security-policy']).toMatch(
      /default-src 'none'.*sandbox/,
    );
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ARTIFACTS, 'library-preview.png') });

    await page.goto(`${base}/library?tag=handbook`);
    await expect(page.getByRole('link', { name: 'Kenya PIU handbook' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("staff's library pages pass WCAG 2.1 AA and fit a 390 px phone", async () => {
    const { t, browser, base } = harness;
    const staff = await createUser(t.dataSource, {
      role: 'staff',
      name: 'Tomás Rivera',
      withTwoFactor: true,
    });
    const expert = await createUser(t.dataSource, { role: 'expert', name: 'Lukas Brandt' });
    const users = t.app.get(UsersService);
    const library = t.app.get(LibraryImport);
    const asStaff = actorFor((await users.findAuthenticated(staff.id))!);
    const fields = {
      kind: 'file',
      title: 'Model Terms of Reference for a Passenger Information Unit, with a long title',
      summary: 'Generic Terms of Reference a State adapts when it sets up its PIU.',
      pillars: ['piu', 'legislative', 'maritime'],
      tags: 'ToR, PIU governance, data protection',
      language: 'en',
      documentDate: '2026-03-15',
      visibility: 'programme',
    };
    const { id } = await library.add(asStaff, fields, {
      name: 'a-very-long-file-name-for-the-terms-of-reference-of-a-piu.pdf',
      content: pdfOf(['Terms of Reference']),
    });
    await library.add(
      asStaff,
      { ...fields, title: 'Mandat type', language: 'fr', translationOf: String(id) },
      { name: 'mandat.txt', content: Buffer.from('mandat') },
    );
    await library.addVersion(asStaff, id, { name: 'tor-v2.txt', content: Buffer.from('v2') }, 'v2');
    await library.add(
      actorFor((await users.findAuthenticated(expert.id))!),
      { ...fields, title: 'A proposal from the Pool of Experts' },
      { name: 'proposal.txt', content: Buffer.from('proposal') },
    );
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, base, staff);
    const found: Record<string, string[]> = {};
    for (const path of [
      '/library',
      '/library/new',
      `/library/${id}`,
      `/library/${id}/edit`,
      `/library/${id}/versions/new`,
      '/library/review',
    ]) {
      await page.goto(base + path);
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        const problems = await wcagViolations(page);
        const overflow = await page.evaluate<number>(
          `document.scrollingElement.scrollWidth - document.documentElement.clientWidth`,
        );
        if (overflow > 0) problems.push(`${overflow} px wider than the screen`);
        if (problems.length > 0) found[`${path} @${width}px`] = problems;
      }
    }
    await page.screenshot({ path: join(ARTIFACTS, 'library-phone.png'), fullPage: true });
    expect(found).toEqual({});
    await context.close();
  });

  it('refuses a program renamed .pdf and keeps what was typed', async () => {
    const { t, browser, base } = harness;
    const official = await createUser(t.dataSource, { role: 'official', org: 'KEN' });
    const page = await browser.newPage();
    await signIn(page, base, official);
    await page.goto(`${base}/library/new`);
    await page.getByLabel('Title').fill('Not really a PDF');
    await page.getByLabel('Legislative').check();
    await page.getByLabel('Who may see it').selectOption({ label: 'Kenya' });
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]),
    });
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await expect(page.locator('#error-file').innerText()).resolves.toContain(
      'This file is a program',
    );
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Not really a PDF');
    await page.close();
  });
});
