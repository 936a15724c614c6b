import { SearchIndex } from '../../src/search/search-index.service';
import { signIn, startBrowserHarness, watchConsole, type BrowserHarness } from '../support/browser';
import { createUser } from '../support/factories';

describe('search from the header', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('finds, highlights and narrows by kind, in a phone-wide window, without script errors', async () => {
    const { t, browser, base } = harness;
    const official = await createUser(t.dataSource, { role: 'official', org: 'KEN' });
    const programme = { level: 'programme', regionId: null, stateId: null } as const;
    await t.app.get(SearchIndex).putMany([
      {
        kind: 'resource',
        refId: 1,
        title: 'Passenger data: a guide for PIUs',
        body: 'How a passenger information unit reads API and PNR data.',
        date: new Date('2026-03-01T00:00:00Z'),
        url: '/library/1',
        visibility: programme,
      },
      {
        kind: 'thread',
        refId: 2,
        title: 'Données des passagers',
        body: 'Discussion sur les données passagers.',
        language: 'fr',
        date: new Date('2026-03-02T00:00:00Z'),
        url: '/iwg/1/threads/2',
        visibility: programme,
      },
    ]);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await signIn(page, base, official);

    const box = page.getByRole('searchbox', { name: 'Search the platform' });
    await box.fill('passenger');
    await box.press('Enter');
    await page.waitForURL(`${base}/search?q=passenger`);
    expect(await page.locator('.search-hit').count()).toBe(1);
    expect(await page.locator('.search-hit mark').first().textContent()).toBe('Passenger');

    await box.fill('DONNEES');
    await box.press('Enter');
    await page.waitForURL(`${base}/search?q=DONNEES`);
    expect(await page.locator('.search-hit__title').textContent()).toBe('Données des passagers');
    await page.getByRole('link', { name: 'Threads (1)' }).click();
    await page.waitForURL(/kind=thread/);
    expect(await page.locator('.search-hit').count()).toBe(1);
    await page.getByRole('link', { name: 'Resources (0)' }).click();
    expect(await page.getByText('Nothing of this kind matches').count()).toBe(1);

    const wider = await page.evaluate<number>(
      `document.scrollingElement.scrollWidth - document.documentElement.clientWidth`,
    );
    expect(wider).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
