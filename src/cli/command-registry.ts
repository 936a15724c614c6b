import type { CliCommandEntry } from './cli-command';
import { screeningCommands } from '../screening/cli/screening-commands';
import { platformCommands } from './platform-commands';

/** Every command of the one CLI entry. Each module contributes its own list. */
export const commandRegistry: readonly CliCommandEntry[] = [
  ...platformCommands,
  ...screeningCommands,
];
