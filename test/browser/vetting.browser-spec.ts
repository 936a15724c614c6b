import { join } from 'node:path';
import request from 'supertest';
import { paxlst, syntheticTravellers } from '../../src/demo/synthetic-messages';
import { LiveEvents } from '../../src/live/live-events.service';
import { liveRoom } from '../../src/live/live-rooms';
import { Organisation } from '../../src/organisations/organisation.entity';
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
import { carrierWithKey, eventually, screened, stamp } from '../support/screening-fixture';
import { analystAgent, createList, NATIONAL_V1, uploadVersion } from '../support/watchlist-fixture';

describe('the vetting list with Chromium', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('puts a new hit at its place live, shows who took one, and drops a closed one', async () => {
    const { t, browser, base } = harness;
    const supervisor = await analystAgent(t, 'KEN', true);
    const listId = await createList(supervisor.agent, 'csv', 'National watchlist');
    expect(
      (
        await uploadVersion(supervisor.agent, listId, {
          file: { name: 'n.csv', content: NATIONAL_V1 },
        })
      ).status,
    ).toBe(303);
    await t.app.get(WatchlistIndexService).settled();
    const { key } = await carrierWithKey(supervisor.agent, 'KQ', 'Kenya Airways');
    const stateId = (
      await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' })
    ).id;
    let sequence = 0;
    const send = async (
      flight: string,
      hours: number,
      travellers: Parameters<typeof paxlst>[0]['travellers'],
    ) => {
      const response = await request(t.server)
        .post('/api/v1/messages')
        .set({ 'Content-Type': 'application/edifact', 'X-API-Key': key })
        .send(
          paxlst({
            carrier: 'KQ',
            flight,
            departure: stamp(hours),
            arrival: stamp(hours + 8),
            reference: `B${++sequence}`,
            from: 'GBLHR',
            to: 'KEMBA',
            travellers,
          }),
        );
      expect(response.status).toBe(202);
      const message = await screened(t, response.body.id as number);
      return t.dataSource.getRepository(ScreeningHit).findBy({ flightId: message.flightId! });
    };
    // A medium name hit first: the page opens with it.
    const [medium] = await send('301', 10, [
      { surname: 'BELLIQUE', givenNames: 'SAPHIRA', birth: '850615', nationality: 'UGA' },
      ...syntheticTravellers(2),
    ]);
    expect(medium).toBeDefined();

    const analyst = await createUser(t.dataSource, {
      role: 'piu-analyst',
      org: 'KEN',
      withTwoFactor: true,
    });
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
    await page.goto(`${base}/screening`);
    await page.getByLabel('Routine screening of flights').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${base}/screening`);
    await page.locator('[data-vetting][data-live="on"]').waitFor();
    const badge = page.locator('[data-nav-count="screening"] [data-number]');
    await expect(badge.innerText()).resolves.toBe('1');
    const rowIds = () =>
      page
        .locator('tr[data-hit]')
        .evaluateAll((rows) =>
          rows.map((row) => Number((row as unknown as { dataset: { hit: string } }).dataset.hit)),
        );
    await expect(rowIds()).resolves.toEqual([medium.id]);
    expect(await wcagViolations(page)).toEqual([]);

    // A carrier posts a flight with the listed passport: a critical hit, placed above.
    const [critical] = await send('302', 20, [
      {
        surname: 'QUORVEN',
        givenNames: 'ALDRIC TAMSIN',
        birth: '710402',
        nationality: 'KEN',
        document: 'K1234567',
      },
    ]);
    expect(critical.severity).toBe('critical');
    await page.locator(`tr[data-hit="${critical.id}"]`).waitFor();
    await expect(rowIds()).resolves.toEqual([critical.id, medium.id]);
    await expect(page.locator(`tr[data-hit="${critical.id}"] th`).innerText()).resolves.toBe(
      'QUORVEN, ALDRIC TAMSIN',
    );
    await eventually(
      async () => ((await badge.innerText()) === '2' ? true : undefined),
      'the badge counts the new hit',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'vetting-live.png'), fullPage: true });

    // The hit workflow (another module) tells the room: a colleague took it, then cleared it.
    const live = t.app.get(LiveEvents);
    live.toRoom(liveRoom.screening(stateId), 'screening.hitChanged', {
      stateId,
      hitId: medium.id,
      status: 'in-review',
      assigneeId: 999_999,
      assignee: 'Amina Colleague',
      openHits: 2,
    });
    await page.getByText('taken by Amina Colleague').waitFor();
    await expect(
      page.locator(`tr[data-hit="${medium.id}"] [data-status]`).innerText(),
    ).resolves.toBe('In review');
    live.toRoom(liveRoom.screening(stateId), 'screening.hitChanged', {
      stateId,
      hitId: medium.id,
      status: 'cleared',
      assigneeId: 999_999,
      assignee: 'Amina Colleague',
      openHits: 1,
    });
    await page.locator(`tr[data-hit="${medium.id}"]`).waitFor({ state: 'detached' });
    await expect(rowIds()).resolves.toEqual([critical.id]);
    await eventually(
      async () => ((await badge.innerText()) === '1' ? true : undefined),
      'the badge follows the State’s count',
    );

    await page.getByRole('link', { name: 'Flights', exact: true }).first().click();
    await page.waitForURL(`${base}/screening/flights`);
    expect(await wcagViolations(page)).toEqual([]);
    await page.locator('tr[data-flight] a').first().click();
    await page.waitForURL(/\/screening\/flights\/\d+$/);
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'vetting-flight.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
