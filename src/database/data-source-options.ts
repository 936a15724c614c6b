import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DataSourceOptions } from 'typeorm';
import { mysqlMigrations } from '../../migrations/mysql';
import { sqliteMigrations } from '../../migrations/sqlite';
import type { DatabaseConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export type ServerFlavour = 'mysql' | 'mariadb';

/**
 * TypeORM options for the engine DATABASE_URL names. Schema changes only ever come from the
 * migrations of that engine; `synchronize` is off everywhere.
 */
export function dataSourceOptions(
  database: DatabaseConfig,
  server: ServerFlavour = 'mysql',
): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    logging: false,
  } as const;
  if (database.engine === 'sqlite') {
    const path = database.sqlitePath ?? ':memory:';
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: path,
      migrations: sqliteMigrations,
      // WAL lets readers run beside the one writer; foreign keys are off by default in SQLite.
      prepareDatabase: (db: { pragma(statement: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    ...common,
    // TypeORM reads MariaDB's catalogue differently (NULL defaults, JSON): the type must match
    // the server or every schema comparison reports phantom changes.
    type: server,
    host: database.host,
    port: database.port,
    username: database.username,
    password: database.password,
    database: database.name,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    migrations: mysqlMigrations,
    // A short connect timeout so a dead server turns into a 503 quickly, not a hung request.
    connectTimeout: 3000,
    // trace: false: mysql2 would capture a stack trace for every query (3 % of a page's CPU)
    // to decorate its errors; TypeORM's QueryFailedError already names the query and its
    // caller (async stack traces).
    extra: { connectionLimit: 10, enableKeepAlive: true, trace: false },
  };
}

/** Asks a MySQL-protocol server whether it is MariaDB (the URL scheme alone may be wrong). */
export async function detectServerFlavour(database: DatabaseConfig): Promise<ServerFlavour> {
  if (database.engine !== 'mysql') return 'mysql';
  const connection = await createConnection({
    host: database.host,
    port: database.port,
    user: database.username,
    password: database.password,
    // At start only, no request waits on it: a server slow to answer on a busy machine (a CI
    // run at load 10 took over 3 s) must not stop the portal from starting.
    connectTimeout: 10_000,
  });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const version = String((rows as { version: string }[])[0]?.version ?? '');
    return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

/** Options for `database`, asking the server its flavour first when it is MySQL-protocol. */
export async function resolveDataSourceOptions(
  database: DatabaseConfig,
): Promise<DataSourceOptions> {
  return dataSourceOptions(database, await detectServerFlavour(database));
}
