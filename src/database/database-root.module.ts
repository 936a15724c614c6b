import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { resolveDataSourceOptions } from './data-source-options';
import { createDataSource } from './sqlite-transaction-gate';

/**
 * The data source for the portal and the CLI alike: the engine DATABASE_URL names, with the
 * pending migrations applied at start, each in its own transaction.
 */
export function databaseRootModule(database: DatabaseConfig): DynamicModule {
  return TypeOrmModule.forRootAsync({
    useFactory: async () => ({
      ...(await resolveDataSourceOptions(database)),
      migrationsRun: true,
      migrationsTransactionMode: 'each',
    }),
    // SQLite: one connection for the process, so transactions take turns (the gate's comment).
    dataSourceFactory: (options) => Promise.resolve(createDataSource(options!)),
  });
}
