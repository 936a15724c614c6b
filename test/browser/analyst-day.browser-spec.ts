import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { paxlst, syntheticTravellers } from '../../src/demo/synthetic-messages';
import { ScreeningHit } from '../../src/piu/pipeline/screening-hit.entity';
import { WatchlistIndexService } from '../../src/piu/watchlists/watchlist-index.service';
import {
  ARTIFACTS,
  signIn,
  startBrowserHarness,
  watchConsole,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';
import { carrierWithKey, eventually, stamp } from '../support/screening-fixture';
import { analystAgent, createList, NATIONAL_V1, uploadVersion } from '../support/watchlist-fixture';

/** A PIU analyst of Kenya in a browser of their own, purpose declared, on the vetting list. */
async function analystAtWork(browser: Browser, base: string, t: BrowserHarness['t']) {
  const analyst = await createUser(t.dataSource, {
    role: 'piu-analyst',
    org: 'KEN',
    withTwoFactor: true,
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchConsole(page);
  await signIn(page, base, analyst);
  await page.goto(`${base}/screening`);
  await page.getByLabel('Routine screening of flights').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(`${base}/screening`);
  await page.locator('[data-vetting][data-live="on"]').waitFor();
  return { analyst, page, errors, close: () => context.close() };
}

const statusOf = (page: Page, hitId: number) =>
  page.locator(`tr[data-hit="${hitId}"] [data-status]`).innerText();

/**
 * The analyst's day, end to end in Chromium: a carrier posts a flight through the API, the hit
 * appears live on two analysts' vetting lists, one takes it and proposes to confirm it (and
 * cannot confirm it herself), the other sees it change hands live and confirms it.
 */
describe('an analyst’s day with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('from a carrier’s message to a hit confirmed by a second analyst', async () => {
    const { t, browser, base } = harness;
    const supervisor = await analystAgent(t, 'KEN', true);
    const listId = await createList(supervisor.agent, 'csv', 'National watchlist');
    const loaded = await uploadVersion(supervisor.agent, listId, {
      file: { name: 'national.csv', content: NATIONAL_V1 },
    });
    expect(loaded.status).toBe(303);
    await t.app.get(WatchlistIndexService).settled();
    const { key } = await carrierWithKey(supervisor.agent, 'KQ', 'Kenya Airways');

    const first = await analystAtWork(browser, base, t);
    const second = await analystAtWork(browser, base, t);

    // The carrier's system posts the manifest of a flight leaving in six hours.
    const posted = await request(t.server)
      .post('/api/v1/messages')
      .set({ 'Content-Type': 'application/edifact', 'X-API-Key': key })
      .send(
        paxlst({
          carrier: 'KQ',
          flight: '451',
          from: 'GBLHR',
          to: 'KEMBA',
          departure: stamp(6),
          arrival: stamp(14),
          reference: 'DAY1',
          travellers: [
            ...syntheticTravellers(20, 300),
            {
              surname: 'QUORVEN',
              givenNames: 'ALDRIC TAMSIN',
              birth: '710402',
              nationality: 'KEN',
              document: 'K1234567',
            },
          ],
        }),
      );
    expect(posted.status).toBe(202);
    const hit = await eventually(
      async () =>
        (await t.dataSource
          .getRepository(ScreeningHit)
          .findOneBy({ messageId: posted.body.id as number })) ?? undefined,
      'the hit',
    );
    // Both lists show it without a reload.
    for (const { page } of [first, second]) {
      await page.locator(`tr[data-hit="${hit.id}"]`).waitFor();
      await expect(page.locator(`tr[data-hit="${hit.id}"] th`).innerText()).resolves.toContain(
        'QUORVEN',
      );
    }

    // The first analyst opens it, takes it and proposes to confirm it.
    await first.page.locator(`tr[data-hit="${hit.id}"] a`).first().click();
    await first.page.waitForURL(`${base}/screening/hits/${hit.id}`);
    await first.page.getByRole('button', { name: 'Take it for review' }).click();
    await first.page.getByRole('status').getByText('You are reviewing this hit.').waitFor();
    // The second analyst's list shows who has it, live.
    await eventually(
      async () => ((await statusOf(second.page, hit.id)) === 'In review' ? true : undefined),
      'the colleague’s list shows the hit in review',
    );
    await first.page
      .getByLabel('Why it is a true match')
      .fill('Passport number and date of birth equal.');
    await first.page.getByRole('button', { name: 'Propose to confirm' }).click();
    await first.page.getByText('a second analyst must approve it (four eyes)').first().waitFor();
    await expect(first.page.getByRole('button', { name: 'Confirm the hit' }).count()).resolves.toBe(
      0,
    );
    await first.page.screenshot({
      path: join(ARTIFACTS, 'analyst-day-proposed.png'),
      fullPage: true,
    });

    // The second analyst confirms it.
    await second.page.locator(`tr[data-hit="${hit.id}"] a`).first().click();
    await second.page.waitForURL(`${base}/screening/hits/${hit.id}`);
    await second.page.getByRole('button', { name: 'Confirm the hit' }).click();
    await second.page.getByRole('status').getByText('Hit confirmed.').waitFor();
    const confirmed = await t.dataSource
      .getRepository(ScreeningHit)
      .findOneByOrFail({ id: hit.id });
    expect(confirmed.status).toBe('confirmed');
    await second.page.screenshot({
      path: join(ARTIFACTS, 'analyst-day-confirmed.png'),
      fullPage: true,
    });

    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.close();
    await second.close();
  });
});
