import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { resolveDataSourceOptions } from './data-source-options';

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
  });
}
