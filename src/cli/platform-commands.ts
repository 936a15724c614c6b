import type { CliCommandEntry } from './cli-command';

/** The portal's own commands (database, accounts, demo data). */
export const platformCommands: CliCommandEntry[] = [];
