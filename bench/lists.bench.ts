import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { actorFor, type Actor } from '../src/common/actor/actor';
import type { DatabaseConfig } from '../src/config/app-config';
import { loadConfig } from '../src/config/load-config';
import { dropScratchDatabase } from '../src/database/scratch-database';
import { createApp } from '../src/main';
import { Organisation } from '../src/organisations/organisation.entity';
import {
  fieldChanges,
  fingerprintOf,
  compareFingerprints,
} from '../src/piu/watchlists/watchlist-diff';
import { WatchlistIndexService } from '../src/piu/watchlists/watchlist-index.service';
import { WatchlistLoaderService } from '../src/piu/watchlists/watchlist-loader.service';
import { WatchlistsService } from '../src/piu/watchlists/watchlists.service';
import { sharedDataDir } from '../src/screening/cli/evaluation/shared-data';
import { loadOfacFolder } from '../src/screening/watchlists/ofac-importer';
import { loadUnList } from '../src/screening/watchlists/un-list-importer';
import type { WatchlistVersion } from '../src/screening/watchlists/watchlist-entry';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { ENGINES } from './support/portal';
import { scratchMariadb } from './scratch-mariadb';

/**
 * Watchlist versions on both engines: the engine's import of the real UN list and OFAC sets
 * (SHARED_DATA_DIR), the portal's write of a version (entries, diff, report, one transaction),
 * the rebuild of the State's index in the background, and a version of OFAC with 1,000 entries
 * changed (diff included). Prints figures; asserts nothing.
 */
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const line = (label: string, value: string) =>
  process.stdout.write(`${label.padEnd(46)} ${value}\n`);

function sources(): { name: string; read: () => WatchlistVersion }[] {
  const data = sharedDataDir();
  const un = join(data, 'watchlists', 'un', 'consolidated.xml');
  const ofac = join(data, 'watchlists', 'ofac', '2024-07-02');
  const list: { name: string; read: () => WatchlistVersion }[] = [];
  if (existsSync(un)) list.push({ name: 'UN consolidated', read: () => loadUnList(un) });
  if (existsSync(ofac)) list.push({ name: 'OFAC 2024-07-02', read: () => loadOfacFolder(ofac) });
  return list;
}

async function benchEngine(engine: string, database: DatabaseConfig, dataDir: string) {
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
  const app = await createApp(config);
  await app.init();
  try {
    const dataSource = app.get(DataSource);
    const state = await dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const users = dataSource.getRepository(User);
    const saved = await users.save(
      users.create({
        email: `bench-lists-${engine}@example.org`,
        name: 'Bench',
        role: 'piu-analyst',
        organisationId: state.id,
        passwordHash: 'x',
        piuSupervisor: true,
      }),
    );
    const actor: Actor = actorFor((await app.get(UsersService).findAuthenticated(saved.id))!);
    const lists = app.get(WatchlistsService);
    const loader = app.get(WatchlistLoaderService);
    const indexes = app.get(WatchlistIndexService);
    const file = { sha256: '0'.repeat(64), size: 0 };
    for (const source of sources()) {
      let start = process.hrtime.bigint();
      const version = source.read();
      const parse = ms(start);
      const list = await lists.create(actor, { kind: version.kind, name: source.name });
      start = process.hrtime.bigint();
      await loader.load(actor, list, version, { ...file, name: source.name });
      const write = ms(start);
      start = process.hrtime.bigint();
      await indexes.settled();
      const rebuild = ms(start);
      line(
        `${engine} ${source.name} (${version.entries.length} entries)`,
        `import ${parse.toFixed(0)} ms + store ${write.toFixed(0)} ms; index rebuild ${rebuild.toFixed(0)} ms (${indexes.current(state.id)!.index.entryCount} entries in the State's index)`,
      );
      if (version.kind === 'ofac') {
        // 1,000 entries changed (a new alias each): the next version's store, diff included.
        const next = source.read();
        for (const entry of next.entries.slice(0, 1000)) {
          entry.names.push({ full: `${entry.names[0].full} BENCH`, quality: 'good' });
        }
        start = process.hrtime.bigint();
        const stored = await loader.load(actor, list, next, { ...file, name: 'changed' });
        const store = ms(start);
        line(
          `${engine} OFAC, 1,000 entries changed`,
          `store with diff ${store.toFixed(0)} ms (${stored.changedCount} changed)`,
        );
        await indexes.settled();
      }
    }
  } finally {
    await app.close();
  }
}

/** The diff alone, in memory: fingerprints of 18,000 entries and 1,000 field-by-field diffs. */
function benchDiff(): void {
  const ofac = sources().find((source) => source.name.startsWith('OFAC'));
  if (!ofac) return;
  const before = ofac.read();
  const after = ofac.read();
  for (const entry of after.entries.slice(0, 1000)) {
    entry.names.push({ full: `${entry.names[0].full} BENCH`, quality: 'good' });
  }
  let start = process.hrtime.bigint();
  const previous = before.entries.map((e) => ({ reference: e.id, fingerprint: fingerprintOf(e) }));
  const next = after.entries.map((e) => ({ reference: e.id, fingerprint: fingerprintOf(e) }));
  const prints = ms(start);
  start = process.hrtime.bigint();
  const diff = compareFingerprints(previous, next);
  const byId = new Map(before.entries.map((e) => [e.id, e]));
  const afterById = new Map(after.entries.map((e) => [e.id, e]));
  let fields = 0;
  for (const id of diff.changed) fields += fieldChanges(byId.get(id)!, afterById.get(id)!).length;
  line(
    `diff in memory (${diff.changed.length} changed of ${after.entries.length})`,
    `fingerprints of both versions ${prints.toFixed(0)} ms; compare + field diffs ${ms(start).toFixed(0)} ms (${fields} fields)`,
  );
}

async function main(): Promise<void> {
  if (sources().length === 0) {
    process.stdout.write(`no shared data in ${sharedDataDir()}: set SHARED_DATA_DIR\n`);
    return;
  }
  benchDiff();
  if (ENGINES.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'cttp-lists-'));
    try {
      await benchEngine(
        'sqlite',
        loadConfig({ DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'lists.sqlite')}` }).database,
        dir,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!ENGINES.includes('mariadb')) return;
  const scratch = await scratchMariadb('bench_lists');
  if (typeof scratch === 'string') {
    process.stdout.write(`mariadb skipped: no server (${scratch})\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cttp-lists-'));
  try {
    await benchEngine('mariadb', scratch, dir);
  } finally {
    await dropScratchDatabase(scratch);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
