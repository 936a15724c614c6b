import type { LoggerService, LogLevel } from '@nestjs/common';

/**
 * Nest's own start-up chatter: a line per module (InstanceLoader) and per route
 * (RoutesResolver, RouterExplorer). Useful when debugging routing, noise otherwise: it pushed
 * the set-up link off the screen.
 */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/**
 * The application logger, minus Nest's start-up chatter unless LOG_LEVEL is `debug` or `trace`.
 * Everything else goes through unchanged.
 */
export class QuietStartupLogger implements LoggerService {
  private readonly showStartup: boolean;

  constructor(
    private readonly inner: LoggerService,
    level: string,
  ) {
    this.showStartup = level === 'debug' || level === 'trace';
  }

  log(message: unknown, ...optionalParams: unknown[]): void {
    if (!this.showStartup && STARTUP_CONTEXTS.has(String(optionalParams.at(-1)))) return;
    this.inner.log(message, ...optionalParams);
  }

  error(message: unknown, ...optionalParams: unknown[]): void {
    this.inner.error(message, ...optionalParams);
  }

  warn(message: unknown, ...optionalParams: unknown[]): void {
    this.inner.warn(message, ...optionalParams);
  }

  debug(message: unknown, ...optionalParams: unknown[]): void {
    this.inner.debug?.(message, ...optionalParams);
  }

  verbose(message: unknown, ...optionalParams: unknown[]): void {
    this.inner.verbose?.(message, ...optionalParams);
  }

  fatal(message: unknown, ...optionalParams: unknown[]): void {
    this.inner.fatal?.(message, ...optionalParams);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.inner.setLogLevels?.(levels);
  }
}
