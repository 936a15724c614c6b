import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig, DatabaseEngine } from '../../config/app-config';
import { parseDatabaseUrl } from '../../config/load-config';
import { createScratchDatabase, dropScratchDatabase } from '../scratch-database';

/** The server the migration tools borrow a scratch database from (MariaDB in CI). */
export const MYSQL_SERVER_URL =
  process.env.MIGRATION_MYSQL_URL || 'mysql://root@127.0.0.1:3306/test';

/** Runs `work` against a brand-new, empty database of `engine`, then throws it away. */
export async function withEmptyDatabase<T>(
  engine: DatabaseEngine,
  work: (database: DatabaseConfig) => Promise<T>,
): Promise<T> {
  if (engine === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'cttp-migrations-'));
    try {
      return await work(parseDatabaseUrl(`sqlite:${join(folder, 'scratch.sqlite')}`));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const scratch = await createScratchDatabase(
    parseDatabaseUrl(MYSQL_SERVER_URL),
    'cttp_migrations',
  );
  try {
    return await work(scratch);
  } finally {
    await dropScratchDatabase(scratch);
  }
}

export const ENGINES: DatabaseEngine[] = ['sqlite', 'mysql'];

/** `--engine sqlite|mysql` or both. */
export function selectedEngines(value: string | undefined): DatabaseEngine[] {
  if (value === undefined) return ENGINES;
  if (value === 'sqlite' || value === 'mysql') return [value];
  throw new Error(`--engine must be sqlite or mysql (got "${value}")`);
}
