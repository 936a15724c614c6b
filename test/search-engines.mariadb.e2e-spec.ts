import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { actorFor, type Actor } from '../src/common/actor/actor';
import type { Role } from '../src/common/identity/role';
import { parseDatabaseUrl } from '../src/config/load-config';
import {
  CANDIDATE_CAP,
  COUNT_CAP,
  SearchIndex,
  type SearchRequest,
} from '../src/search/search-index.service';
import { authenticatedUser } from './support/authenticated-user';
import { corpus, CORPUS_QUERIES } from '../src/search/cli/sample-corpus';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The same corpus and the same queries on SQLite and MariaDB (the index table search_term): the
 * same hits, in the same order, with the same scores, totals and counts per kind, for users of
 * every reach. Runs with a mysql:// DATABASE_URL (npm run test:db), beside a SQLite app.
 */
describe('search on SQLite and MariaDB', () => {
  let sqlite: TestApp;
  let mariadb: TestApp;

  const REGIONS = [11, 12];
  const STATES = [21, 22, 23, 24];
  const actors: [string, Actor][] = (
    [
      ['staff', 'staff', {}],
      ['partner', 'partner', {}],
      ['official of 21 (region 11)', 'official', { stateId: 21, iwgRegionId: 11 }],
      ['official of 23 (region 12)', 'official', { stateId: 23, iwgRegionId: 12 }],
      ['expert assigned to 22, 24', 'expert', { assignedStateIds: [22, 24] }],
    ] as [string, Role, object][]
  ).map(([name, role, reach]) => [name, actorFor(authenticatedUser(role, reach))]);

  beforeAll(async () => {
    mariadb = await startTestApp();
    const dir = mkdtempSync(join(tmpdir(), 'cttp-search-'));
    sqlite = await startTestApp({}, () => parseDatabaseUrl(`sqlite:${join(dir, 'search.sqlite')}`));
    for (const app of [sqlite, mariadb]) {
      const index = app.app.get(SearchIndex);
      await index.putMany([
        ...corpus({ kind: 'post', count: 600, seed: 7, regionIds: REGIONS, stateIds: STATES }),
        ...corpus({
          kind: 'resource',
          count: 200,
          seed: 8,
          regionIds: REGIONS,
          stateIds: STATES,
          bodyWords: 120,
        }),
      ]);
    }
  });
  afterAll(async () => {
    await sqlite?.close();
    await mariadb?.close();
  });

  it('runs on the two engines', () => {
    expect(sqlite.app.get(SearchIndex).engine).toBe('sqlite');
    expect(mariadb.app.get(SearchIndex).engine).toBe('mysql');
  });

  const cases = actors.flatMap(([name, actor]) =>
    CORPUS_QUERIES.map((text) => [text, name, actor] as const),
  );

  it.each(cases)('%s as %s: same hits, order, scores and counts', async (text, _name, actor) => {
    await sameOnBoth(text, actor);
  });

  // With the caps at 40 and 20, this corpus is counted and ranked as a large one is: counts
  // stop, and searches of several words rank the first 20 rows of their rarest term per kind.
  const capped = (index: SearchIndex, on: boolean) => {
    index.countCap = on ? 40 : COUNT_CAP;
    index.candidateCap = on ? 20 : CANDIDATE_CAP;
  };
  it.each(cases)('%s as %s, counts capped at 40 and 20: the same', async (text, _name, actor) => {
    for (const app of [sqlite, mariadb]) capped(app.app.get(SearchIndex), true);
    try {
      await sameOnBoth(text, actor);
    } finally {
      for (const app of [sqlite, mariadb]) capped(app.app.get(SearchIndex), false);
    }
  });

  it('caps for real (one word at 40, several with a common rarest term at 20)', async () => {
    const index = sqlite.app.get(SearchIndex);
    capped(index, true);
    try {
      for (const [text, cap] of [
        ['programme', 40],
        ['passenger data', 20],
      ] as const) {
        const results = await index.search(actors[0][1], { text, offset: 0, limit: 20 });
        expect(results).toMatchObject({ totalIsMore: true, cap });
        expect(results.counts.post).toBeLessThanOrEqual(cap);
      }
    } finally {
      capped(index, false);
    }
  });

  async function sameOnBoth(text: string, actor: Actor): Promise<void> {
    const requests: SearchRequest[] = [
      { text, offset: 0, limit: 50 },
      { text, offset: 20, limit: 20, kind: 'post' },
      { text, offset: 0, limit: 20, language: 'fr', pillar: 'piu' },
    ];
    for (const request of requests) {
      const [a, b] = await Promise.all(
        [sqlite, mariadb].map((app) => app.app.get(SearchIndex).search(actor, request)),
      );
      const summary = (results: typeof a) => ({
        total: results.total,
        counts: results.counts,
        more: results.more,
        totalIsMore: results.totalIsMore,
        cap: results.cap,
        hits: results.hits.map((hit) => `${hit.kind}:${hit.refId}:${hit.score}`),
      });
      expect(summary(b)).toEqual(summary(a));
    }
  }

  it('finds something for most queries (the comparison is not between two empty lists)', async () => {
    const staff = actors[0][1];
    let nonEmpty = 0;
    for (const text of CORPUS_QUERIES) {
      const results = await sqlite.app
        .get(SearchIndex)
        .search(staff, { text, offset: 0, limit: 5 });
      if (results.total > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(CORPUS_QUERIES.length - 2);
  });
});
