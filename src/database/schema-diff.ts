import type { DatabaseConfig } from '../config/app-config';
import { resolveDataSourceOptions } from './data-source-options';
import { createDataSource } from './sqlite-transaction-gate';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * Applies the engine's migrations to `database` (which must be empty), then asks TypeORM what
 * the entities still need. Empty up and down lists mean migrations and entities agree.
 */
export async function schemaDiff(database: DatabaseConfig): Promise<SchemaDiff> {
  const dataSource = createDataSource(await resolveDataSourceOptions(database));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((query) => query.query),
      down: sql.downQueries.map((query) => query.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}
