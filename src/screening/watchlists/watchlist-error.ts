import { ScreeningError } from '../screening-error';

/**
 * A watchlist that cannot be loaded at all: unknown list kind, missing file or folder, XML or
 * CSV that is not well formed. The message is one line naming the source and the place
 * (line, row) so a person can fix the file. Rows that are merely incomplete are not errors:
 * importers skip them and list them in the version's `skipped` report.
 */
export class WatchlistError extends ScreeningError {
  constructor(message: string) {
    super('watchlist', message);
    this.name = 'WatchlistError';
  }
}
