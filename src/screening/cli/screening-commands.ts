import type { CliCommandEntry } from '../../cli/cli-command';

/** The screening engine's commands. They never open the database. */
export const screeningCommands: CliCommandEntry[] = [];
