/**
 * A failure the user can act on: bad arguments, a missing file, malformed input. The CLI prints
 * its message as one `error: …` line and exits with `exitCode` (2 = bad input, as the screening
 * contract says; other failures use 1). See exit-code.ts for how other errors map.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
