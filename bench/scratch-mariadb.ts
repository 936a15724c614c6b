import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '../src/config/app-config';
import { loadConfig } from '../src/config/load-config';
import { createScratchDatabase } from '../src/database/scratch-database';

/**
 * A scratch database for a bench on MARIADB_URL, else a mysql:// DATABASE_URL, else the local
 * server; the reason as text when none answers (the bench then says it skipped MariaDB).
 */
export async function scratchMariadb(prefix: string): Promise<DatabaseConfig | string> {
  const url =
    process.env.MARIADB_URL ??
    (process.env.DATABASE_URL?.startsWith('mysql') || process.env.DATABASE_URL?.startsWith('maria')
      ? process.env.DATABASE_URL
      : 'mysql://root@127.0.0.1:3306/test');
  const dir = mkdtempSync(join(tmpdir(), `cttp-${prefix}-config-`));
  try {
    const server = loadConfig({ DATA_DIR: dir, DATABASE_URL: url }).database;
    return await createScratchDatabase(server, prefix);
  } catch (error) {
    return `${url}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
