import type { LoggerService, OnApplicationShutdown } from '@nestjs/common';
import pino, { type Logger as Pino } from 'pino';
import type { AppConfig } from '../../config/app-config';
import { flushRequestLog, requestLogger } from './request-log-destination';

type Level = 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal';

/**
 * The portal's one logger: JSON lines on stdout through pino, for Nest's own messages, the
 * services' `new Logger(context)` calls and the request log (`pino` underneath).
 *
 * Nest calls a logger as `log(message, ...params, context)`, `error(message, stack, context)`,
 * and the portal passes an object first when a line carries fields:
 * `logger.error({ err, correlationId }, 'unhandled error')`. Each shape becomes one pino line
 * with the context as a field.
 */
export class AppLogger implements LoggerService, OnApplicationShutdown {
  readonly pino: Pino;
  /** The request log's pino: one line per request, written to stdout in blocks. */
  readonly requests: Pino;

  constructor(level: AppConfig['logLevel']) {
    this.pino = pino({ level });
    this.requests = requestLogger(level);
  }

  onApplicationShutdown(): void {
    flushRequestLog();
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const rest = [...params];
    // Nest's Logger appends its context last; a call without one passes only the message.
    const context = rest.length > 0 && typeof rest.at(-1) === 'string' ? rest.pop() : undefined;
    const fields: Record<string, unknown> = context === undefined ? {} : { context };
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...message }, typeof rest[0] === 'string' ? rest[0] : '');
    } else {
      // error(message, stack, context): what is left beside the context is the stack.
      if (level === 'error' && typeof rest[0] === 'string') fields.stack = rest[0];
      this.pino[level](fields, String(message));
    }
  }
}
