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
  {
    name: 'users:create',
    summary: 'create an account (password read from standard input)',
    usage: 'users:create --email E --name N --role R (--state ISO3 | --org CODE) < password',
    load: async () => new (await import('../users/cli/users-create.command')).UsersCreateCommand(),
  },
  {
    name: 'users:unlock',
    summary: 'end the lockout of an account early',
    usage: 'users:unlock --email E',
    load: async () => new (await import('../users/cli/users-unlock.command')).UsersUnlockCommand(),
  },
  {
    name: 'search:reindex',
    summary: 'rebuild the search index from every module that lists its documents',
    usage: 'search:reindex [--kind resource|thread|post|meeting|member]…',
    load: async () =>
      new (await import('../search/cli/search-reindex.command')).SearchReindexCommand(),
  },
  {
    name: 'screening:reencrypt',
    summary: 'seal raw messages stored under an earlier ENCRYPTION_KEY again under the current one',
    usage: 'screening:reencrypt',
    load: async () =>
      new (await import('../piu/protection/cli/reencrypt.command')).ReencryptCommand(),
  },
  {
    name: 'seed:demo',
    summary: 'add a believable demo: States in an IWG region and users of every role',
    usage: 'seed:demo',
    load: async () => new (await import('../demo/seed-demo.command')).SeedDemoCommand(),
  },
];
