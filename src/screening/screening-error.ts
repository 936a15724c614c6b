/**
 * What went wrong, as a stable code a caller can branch on (the CLI's exit code, a later
 * service's HTTP status) without reading the message.
 * - `watchlist`: a list that cannot be loaded (unknown kind, malformed XML or CSV);
 * - `rules`: a rule file that cannot be used (not JSON, or a rule that does not validate);
 * - `edifact-syntax`: a message that is not EDIFACT, or breaks strict mode;
 * - `query-input`: a query or name-pair file for `match` / `name-score` that cannot be used;
 * - `file-access`: a file or folder that cannot be read (not found, a folder, no permission).
 */
export type ScreeningErrorCode =
  'watchlist' | 'rules' | 'edifact-syntax' | 'query-input' | 'file-access';

/**
 * The one error type the screening engine throws for input it cannot use. It is plain
 * TypeScript (the engine imports no framework and no CLI); the message is one line a person can
 * act on, naming the file and the place. Rows that are merely incomplete are not errors: the
 * importers skip and report them.
 */
export class ScreeningError extends Error {
  constructor(
    readonly code: ScreeningErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message.replace(/\s*\n\s*/g, ' '), options);
    this.name = 'ScreeningError';
  }
}
