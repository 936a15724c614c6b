import type { CliCommand, CliIo } from '../../cli/cli-command';
import { loadConfig } from '../../config/load-config';
import { resolveDataSourceOptions } from '../data-source-options';
import { createDataSource } from '../sqlite-transaction-gate';

/** Applies pending migrations (the portal also does this at start). */
export class MigrateCommand implements CliCommand {
  async run(_args: string[], io: CliIo): Promise<number> {
    const config = loadConfig();
    const dataSource = createDataSource(await resolveDataSourceOptions(config.database));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      io.stdout.write(
        applied.length === 0
          ? 'database is up to date\n'
          : applied.map((migration) => `applied ${migration.name}\n`).join(''),
      );
      return 0;
    } finally {
      await dataSource.destroy();
    }
  }
}
