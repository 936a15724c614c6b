import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { AppConfig, DatabaseConfig } from '../../src/config/app-config';
import { loadConfig, parseDatabaseUrl } from '../../src/config/load-config';
import { createScratchDatabase, dropScratchDatabase } from '../../src/database/scratch-database';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { Clock } from '../../src/jobs/clock';
import { PortalExpressAdapter } from '../../src/common/http/portal-express-adapter';
import { createApp, prepareApp } from '../../src/main';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** The HTTP server, for supertest. */
  server: ReturnType<NestExpressApplication['getHttpServer']>;
  close(): Promise<void>;
}

/** Which engine this run uses: DATABASE_URL (mysql:// or mariadb://) or a fresh SQLite file. */
export function engineUnderTest(): 'sqlite' | 'mysql' {
  const url = process.env.DATABASE_URL ?? '';
  return url.startsWith('mysql') || url.startsWith('mariadb') ? 'mysql' : 'sqlite';
}

/**
 * Boots the real application on a database of its own: a new SQLite file, or a scratch database
 * on the MariaDB/MySQL server DATABASE_URL names (created here, dropped by close()). Real
 * migrations run at start, then the seeding, exactly as in production.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  databaseFor?: (database: DatabaseConfig) => DatabaseConfig,
  options: { clock?: Clock; overrides?: ProviderOverride[] } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cttp-e2e-'));
  let database: DatabaseConfig;
  let scratch: DatabaseConfig | undefined;
  if (engineUnderTest() === 'mysql') {
    // The name is random (time and random bytes); the Jest worker's number in it also keeps two
    // workers' databases apart, and says whose database a crashed run left behind.
    scratch = await createScratchDatabase(
      parseDatabaseUrl(process.env.DATABASE_URL!),
      `cttp_test_w${process.env.JEST_WORKER_ID ?? '0'}`,
    );
    database = scratch;
  } else {
    database = parseDatabaseUrl(`sqlite:${join(dataDir, 'test.sqlite')}`);
  }
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: (databaseFor ? databaseFor(database) : database).url,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PUBLIC_URL: 'http://127.0.0.1',
    THROTTLE_LOGIN_PER_MINUTE: '1000',
    THROTTLE_REQUESTS_PER_MINUTE: '100000',
    ...env,
  });
  const overrides = [
    ...(options.clock ? [{ provide: Clock, useValue: options.clock }] : []),
    ...(options.overrides ?? []),
  ];
  const app = overrides.length > 0 ? await appWith(config, overrides) : await createApp(config);
  await app.init();
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    server: app.getHttpServer(),
    async close() {
      await app.close();
      if (scratch) await dropScratchDatabase(scratch);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A provider the test replaces: the Clock, or a module's source of data (a token). */
export interface ProviderOverride {
  provide: unknown;
  useValue: unknown;
}

/**
 * The same app with some providers replaced: time (job delays, retries, repeats) driven by a
 * given clock, a data source a test feeds.
 */
async function appWith(
  config: AppConfig,
  overrides: ProviderOverride[],
): Promise<NestExpressApplication> {
  let builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] });
  for (const { provide, useValue } of overrides) {
    builder = builder.overrideProvider(provide as string).useValue(useValue);
  }
  const moduleRef = await builder.compile();
  return prepareApp(
    moduleRef.createNestApplication<NestExpressApplication>(new PortalExpressAdapter(), {
      bufferLogs: true,
    }),
    config,
  );
}
