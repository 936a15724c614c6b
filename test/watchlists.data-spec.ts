import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Organisation } from '../src/organisations/organisation.entity';
import { WatchlistIndexService } from '../src/piu/watchlists/watchlist-index.service';
import { WatchlistVersionRecord } from '../src/piu/watchlists/watchlist-version.entity';
import { sharedDataPath } from '../src/screening/cli/evaluation/shared-data';
import type { Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';
import { analystAgent, createList, uploadVersion } from './support/watchlist-fixture';

/**
 * The real UN Consolidated List and OFAC SDN sets from SHARED_DATA_DIR, uploaded through the
 * lists page as a supervisor would, stored, diffed and indexed: the counts SOURCES.md gives.
 */
describe('real watchlists through the portal', () => {
  let t: TestApp;
  let supervisor: Agent;
  let kenya: number;

  beforeAll(async () => {
    t = await startTestApp();
    supervisor = (await analystAgent(t, 'KEN', true)).agent;
    kenya = (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' })).id;
  });
  afterAll(() => t.close());

  const versionOf = async (location: string) =>
    t.dataSource
      .getRepository(WatchlistVersionRecord)
      .findOneByOrFail({ id: Number(/versions\/(\d+)$/.exec(location)![1]) });
  const file = (path: string) => ({ name: path.split('/').pop()!, content: readFileSync(path) });

  it('loads the UN list (730 individuals, 273 entities) and OFAC 2021-07-07 (8,976 entries), then OFAC 2024-07-02 with its diff, and indexes them', async () => {
    const un = await createList(supervisor, 'un', 'UN Consolidated List');
    const unLoaded = await uploadVersion(supervisor, un, {
      file: file(sharedDataPath('watchlists', 'un', 'consolidated.xml')),
    });
    expect(unLoaded.status).toBe(303);
    expect(await versionOf(unLoaded.headers.location)).toMatchObject({
      entryCount: 1003,
      skippedCount: 0,
      addedCount: 1003,
      generatedAt: '2026-02-27T00:00:09.554Z',
    });

    const ofac = await createList(supervisor, 'ofac', 'OFAC SDN');
    const folder = sharedDataPath('watchlists', 'ofac', '2021-07-07');
    const first = await uploadVersion(supervisor, ofac, {
      file: file(join(folder, 'sdn.csv')),
      alt: file(join(folder, 'alt.csv')),
      add: file(join(folder, 'add.csv')),
      comments: file(join(folder, 'sdn_comments.csv')),
    });
    expect(first.status).toBe(303);
    expect(await versionOf(first.headers.location)).toMatchObject({
      entryCount: 8976,
      skippedCount: 0,
      fileName: 'sdn.csv, alt.csv, add.csv, sdn_comments.csv',
    });

    const second = await uploadVersion(supervisor, ofac, {
      file: file(sharedDataPath('watchlists', 'ofac', '2024-07-02', 'sdn.csv')),
    });
    expect(second.status).toBe(303);
    const version = await versionOf(second.headers.location);
    expect(version.entryCount).toBe(15443);
    expect(version.addedCount - version.removedCount).toBe(15443 - 8976);
    // Without alt.csv every entry that had aliases changed: the diff says so field by field.
    expect(version.changedCount).toBeGreaterThan(1000);
    const page = await supervisor.get(`${second.headers.location}?change=changed`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<dt>Names</dt>');

    const indexes = t.app.get(WatchlistIndexService);
    await indexes.settled();
    const current = indexes.current(kenya)!;
    expect(current.index.entryCount).toBe(1003 + 15443);
    expect(current.versionIds).toHaveLength(2);
  });
});
