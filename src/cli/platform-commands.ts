import type { CliCommandEntry } from './cli-command';

/** The portal's own commands (database, accounts, demo data). */
export const platformCommands: CliCommandEntry[] = [
  {
    name: 'migrate',
    summary: 'apply pending migrations to the database DATABASE_URL names',
    usage: 'migrate',
    load: async () => new (await import('../database/cli/migrate.command')).MigrateCommand(),
  },
  {
    name: 'migration:generate',
    summary: 'write a migration per engine from the entities (needs MariaDB for mysql)',
    usage: 'migration:generate --name PascalName [--engine sqlite|mysql]',
    load: async () =>
      new (await import('../database/cli/migration-generate.command')).MigrationGenerateCommand(),
  },
  {
    name: 'migration:check',
    summary: 'fail when the entities and the migrations disagree on either engine',
    usage: 'migration:check [--engine sqlite|mysql]',
    load: async () =>
      new (await import('../database/cli/migration-check.command')).MigrationCheckCommand(),
  },
];
