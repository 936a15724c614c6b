import { FOUNDATION_MODULES } from '../foundation-modules';
import {
  Module,
  type DynamicModule,
  type INestApplicationContext,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { IwgModule } from '../iwg/iwg.module';
import { MemberStatesModule } from '../member-states/member-states.module';
import { LibraryModule } from '../library/library.module';
import { databaseRootModule } from '../database/database-root.module';
import { ReferenceDataSeeder } from '../organisations/reference-data.seeder';

/** What database commands need: the data source (migrated), shared services, reference data. */
@Module({})
class CliModule {
  static forRoot(config: AppConfig, modules: readonly Type[] = []): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        databaseRootModule(config.database),
        ...FOUNDATION_MODULES,
        MemberStatesModule,
        ...modules,
        LibraryModule,
        // seed:demo writes the demo IWG's forum through its services.
        IwgModule,
      ],
    };
  }
}

/**
 * Runs `work` inside a Nest application context on DATABASE_URL: migrations applied, reference
 * data seeded. Nest's own logger is off so standard output carries only the command's output.
 */
export async function withApplication<T>(
  work: (app: INestApplicationContext, config: AppConfig) => Promise<T>,
  /** Feature modules the command needs beyond the shared ones (SearchModule for search:reindex). */
  modules: readonly Type[] = [],
): Promise<T> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, modules), {
    logger: false,
    // A wiring error is thrown (and reported as the command's error), not a silent exit(1).
    abortOnError: false,
  });
  try {
    await app.get(ReferenceDataSeeder).seed();
    return await work(app, config);
  } finally {
    await app.close();
  }
}

/** The whole of standard input (a password piped in), without the final newline. */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
