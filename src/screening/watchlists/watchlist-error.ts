import { CliError } from '../../cli/cli-error';

/**
 * A watchlist that cannot be loaded at all: unknown list kind, missing file or folder, XML or
 * CSV that is not well formed. The message is one line naming the source and the place
 * (line, row) so a person can fix the file. It extends CliError (plain TypeScript, no Nest) so
 * the CLI prints it as `error: …` and exits with code 2 without a translation layer. Rows that
 * are merely incomplete are not errors: importers skip them and list them in the version's
 * `skipped` report.
 */
export class WatchlistError extends CliError {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' '), 2);
    this.name = 'WatchlistError';
  }
}
