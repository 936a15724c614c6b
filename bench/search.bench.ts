import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { actorFor, type Actor } from '../src/common/actor/actor';
import type { AuthenticatedUser } from '../src/common/auth/authenticated-user';
import type { Role } from '../src/common/identity/role';
import { VisibilityPolicy } from '../src/common/visibility/visibility-policy';
import type { DatabaseConfig } from '../src/config/app-config';
import { loadConfig } from '../src/config/load-config';
import { resolveDataSourceOptions } from '../src/database/data-source-options';
import { dropScratchDatabase } from '../src/database/scratch-database';
import { scratchMariadb } from './scratch-mariadb';
import { corpus, CORPUS_QUERIES } from '../src/search/cli/sample-corpus';
import type { SearchDocument } from '../src/search/search-document';
import { SearchIndex } from '../src/search/search-index.service';

/**
 * Search over 100,000 posts and 10,000 resources (generated, multilingual: en, fr, es, ru, ar,
 * zh) on SQLite and on MariaDB, through the index's own table `search_term` (a scratch database on MARIADB_URL, else a mysql://
 * DATABASE_URL, else the local server; skipped with a note when none answers). Builds the index
 * through SearchIndex.putMany in one transaction, then runs every query of the sample as five
 * users of different reach (staff, partner, two officials, an expert), a first page of 20 with
 * the counts per kind, ROUNDS times each (fewer when a query has used QUERY_SECONDS), and
 * prints p50/p99 per query. BENCH_POSTS, BENCH_RESOURCES, BENCH_ROUNDS, BENCH_QUERY_SECONDS
 * and BENCH_ENGINES=sqlite narrow a run; BENCH_PASSES=2 runs the queries twice on one index.
 */
const POSTS = Number(process.env.BENCH_POSTS ?? 100_000);
const RESOURCES = Number(process.env.BENCH_RESOURCES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
/** A query stops after this many seconds of searching (at least one round): InnoDB is slow on frequent words. */
const QUERY_SECONDS = Number(process.env.BENCH_QUERY_SECONDS ?? 4);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,mariadb').split(',');
/** Times the queries are run over on the same index (each pass prints its table and the load average). */
const PASSES = Number(process.env.BENCH_PASSES ?? 1);
const REGIONS = [1, 2, 3];
const STATES = Array.from({ length: 12 }, (_, index) => index + 1);

function user(role: Role, reach: Partial<AuthenticatedUser>): AuthenticatedUser {
  return {
    id: 1,
    email: 'bench@example.org',
    name: 'Bench',
    role,
    organisationId: 1,
    organisationKind: 'programme',
    organisationCode: 'UNOCT',
    organisationName: 'UNOCT',
    stateId: null,
    iwgRegionId: null,
    guestRegionIds: [],
    assignedStateIds: [],
    twoFactorEnabled: true,
    piuSupervisor: false,
    termsVersion: null,
    timeZone: 'UTC',
    locale: null,
    ...reach,
  };
}

const ACTORS: Actor[] = [
  actorFor(user('staff', {})),
  actorFor(user('partner', {})),
  actorFor(user('official', { stateId: 1, iwgRegionId: 1 })),
  actorFor(user('official', { stateId: 7, iwgRegionId: 3 })),
  actorFor(user('expert', { assignedStateIds: [2, 5] })),
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

async function build(index: SearchIndex, dataSource: DataSource): Promise<number> {
  const started = performance.now();
  const documents: Iterable<SearchDocument>[] = [
    corpus({ kind: 'post', count: POSTS, seed: 1, regionIds: REGIONS, stateIds: STATES }),
    corpus({
      kind: 'resource',
      count: RESOURCES,
      seed: 2,
      regionIds: REGIONS,
      stateIds: STATES,
      bodyWords: 150,
    }),
  ];
  await dataSource.transaction(async (manager) => {
    for (const source of documents) {
      let batch: SearchDocument[] = [];
      for (const document of source) {
        batch.push(document);
        if (batch.length === 1000) {
          await index.putMany(batch, manager);
          batch = [];
        }
      }
      await index.putMany(batch, manager);
    }
  });
  return (performance.now() - started) / 1000;
}

async function benchEngine(name: string, database: DatabaseConfig): Promise<void> {
  const dataSource = new DataSource(await resolveDataSourceOptions(database));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const index = new SearchIndex(dataSource, new VisibilityPolicy());
    const seconds = await build(index, dataSource);
    process.stdout.write(
      `${name}: indexed ${POSTS.toLocaleString('en')} posts and ${RESOURCES.toLocaleString('en')} resources in ${seconds.toFixed(1)} s\n`,
    );
    // Warm the caches and the statements once.
    for (const text of CORPUS_QUERIES)
      await index.search(ACTORS[0], { text, offset: 0, limit: 20 });
    for (let pass = 1; pass <= PASSES; pass += 1) {
      process.stdout.write(
        `${name}, pass ${pass} of ${PASSES}, load average ${loadavg()
          .map((load) => load.toFixed(2))
          .join(' ')}\n`,
      );
      await runQueries(index);
    }
  } finally {
    await dataSource.destroy();
  }
}

async function runQueries(index: SearchIndex): Promise<void> {
  process.stdout.write(
    `${'query'.padEnd(22)} ${'hits (staff)'.padStart(12)} ${'runs'.padStart(5)}  p50 ms  p99 ms\n`,
  );
  const all: number[] = [];
  for (const text of CORPUS_QUERIES) {
    const times: number[] = [];
    let hits = '';
    const budget = performance.now() + QUERY_SECONDS * 1000;
    for (let round = 0; round < ROUNDS && (round === 0 || performance.now() < budget); round += 1) {
      for (const actor of ACTORS) {
        const started = performance.now();
        const results = await index.search(actor, { text, offset: 0, limit: 20 });
        times.push(performance.now() - started);
        if (actor === ACTORS[0]) hits = `${results.total}${results.totalIsMore ? '+' : ''}`;
      }
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    process.stdout.write(
      `${text.padEnd(22)} ${hits.padStart(12)} ${String(times.length).padStart(5)}  ${percentile(times, 50).toFixed(1).padStart(6)}  ${percentile(times, 99).toFixed(1).padStart(6)}\n`,
    );
  }
  all.sort((a, b) => a - b);
  process.stdout.write(
    `${'all queries'.padEnd(22)} ${''.padStart(12)} ${String(all.length).padStart(5)}  ${percentile(all, 50).toFixed(1).padStart(6)}  ${percentile(all, 99).toFixed(1).padStart(6)}\n`,
  );
}

async function main(): Promise<void> {
  process.stdout.write(
    `${ROUNDS} rounds × ${ACTORS.length} users per query, first page of 20 with counts per kind\n`,
  );
  if (ENGINES.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'cttp-search-'));
    try {
      const config = loadConfig({
        DATA_DIR: dir,
        DATABASE_URL: `sqlite:${join(dir, 'search.sqlite')}`,
      });
      await benchEngine('sqlite', config.database);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!ENGINES.includes('mariadb')) return;
  const scratch = await scratchMariadb('bench_search');
  if (typeof scratch === 'string') {
    process.stdout.write(`mariadb  skipped: no server (${scratch})\n`);
    return;
  }
  try {
    await benchEngine('mariadb', scratch);
  } finally {
    await dropScratchDatabase(scratch);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
