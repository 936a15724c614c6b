/** A wrong environment variable: the message names it, what it must be, and what it was. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    requirement: string,
    received: string,
  ) {
    super(`Invalid configuration: ${variable} ${requirement} (got "${received}")`);
    this.name = 'ConfigError';
  }
}
