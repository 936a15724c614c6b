import { join } from 'node:path';
import request from 'supertest';
import { paxlst } from '../../src/demo/synthetic-messages';
import { ScreeningHit } from '../../src/piu/pipeline/screening-hit.entity';
import { WatchlistIndexService } from '../../src/piu/watchlists/watchlist-index.service';
import {
  ARTIFACTS,
  startBrowserHarness,
  watchConsole,
  wcagViolations,
  type BrowserHarness,
} from '../support/browser';
import { createUser, STRONG_PASSWORD, totp } from '../support/factories';
import { agentFor, postForm, signIn } from '../support/http';
import { carrierWithKey, screened } from '../support/screening-fixture';
import { analystAgent, createList, NATIONAL_V1, uploadVersion } from '../support/watchlist-fixture';

describe('the hit page with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('shows a hit readably at desktop and phone widths, and says live when a colleague takes it', async () => {
    const { t, browser, base } = harness;
    const supervisor = await analystAgent(t, 'KEN', true);
    const listId = await createList(supervisor.agent, 'csv', 'National watchlist');
    await uploadVersion(supervisor.agent, listId, {
      file: { name: 'national.csv', content: NATIONAL_V1 },
    });
    await t.app.get(WatchlistIndexService).settled();
    const { key } = await carrierWithKey(supervisor.agent, 'KQ', 'Kenya Airways');
    const departure = new Date(Date.now() + 12 * 3_600_000)
      .toISOString()
      .replace(/[-T:]/g, '')
      .slice(0, 12);
    const posted = await request(t.server)
      .post('/api/v1/messages')
      .set({ 'Content-Type': 'application/edifact', 'X-API-Key': key })
      .send(
        paxlst({
          carrier: 'KQ',
          flight: '101',
          from: 'GBLHR',
          to: 'KEMBA',
          departure,
          arrival: departure,
          reference: 'B1',
          travellers: [
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
    const message = await screened(t, posted.body.id as number);
    const hit = await t.dataSource
      .getRepository(ScreeningHit)
      .findOneByOrFail({ flightId: message.flightId! });

    const analyst = await createUser(t.dataSource, {
      role: 'piu-analyst',
      org: 'KEN',
      name: 'Ana Mwangi',
      withTwoFactor: true,
    });
    // CSP bypassed only so axe-core can be injected to check the page.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${base}/login`);
    await page.getByLabel('E-mail address').fill(analyst.email);
    await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/login/two-factor');
    await page.getByLabel('Code', { exact: true }).fill(totp.codeAt(analyst.totpSecret!));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.goto(`${base}/screening/hits/${hit.id}`);
    await page.getByLabel('Routine screening of flights').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`**/screening/hits/${hit.id}`);

    await expect(page.locator('#traveller-name').innerText()).resolves.toBe(
      'QUORVEN ALDRIC TAMSIN',
    );
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      expect([width, await wcagViolations(page)]).toEqual([width, []]);
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect([width, overflow]).toEqual([width, 0]);
      await page.screenshot({ path: join(ARTIFACTS, `hit-page-${width}.png`), fullPage: true });
    }

    // A colleague takes the hit: the open page says so, and shows who has it on reload.
    await page.waitForSelector('[data-hit][data-live="on"]');
    const colleague = await createUser(t.dataSource, {
      role: 'piu-analyst',
      org: 'KEN',
      name: 'Ben Otieno',
      withTwoFactor: true,
    });
    const agent = agentFor(t.server);
    await signIn(agent, colleague);
    await postForm(agent, '/screening/purpose', '/screening/purpose', { purpose: 'screening' });
    const taken = await postForm(
      agent,
      `/screening/hits/${hit.id}`,
      `/screening/hits/${hit.id}/take`,
      {
        revision: '1',
      },
    );
    expect(taken.status).toBe(303);
    await page.waitForSelector('[data-hit-changed]:not([hidden])');
    await page.getByRole('link', { name: 'Show it as it is now' }).click();
    await expect(page.locator('#hit-assignee').innerText()).resolves.toBe(
      'Ben Otieno is reviewing this hit.',
    );
    await expect(page.getByRole('button', { name: 'Take it for review' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
