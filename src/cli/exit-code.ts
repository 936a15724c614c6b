import { ScreeningError } from '../screening/screening-error';
import { CliError } from './cli-error';

/** The exit codes of every command: 0 done, 1 failed, 2 the input or arguments were wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/**
 * The one mapping from an error to an exit code. Errors the user can fix by changing the
 * command or its files (a CliError, and every ScreeningError: a list, rule file or message that
 * cannot be used) are bad input; anything else is a failure of the program or its environment.
 */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof ScreeningError) return EXIT_BAD_INPUT;
  // node:util parseArgs refusing an option, from a command that calls it directly.
  if ((error as { code?: unknown } | null)?.code?.toString().startsWith('ERR_PARSE_ARGS_')) {
    return EXIT_BAD_INPUT;
  }
  return EXIT_FAILURE;
}
