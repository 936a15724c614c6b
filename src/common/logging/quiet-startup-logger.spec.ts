import type { LoggerService } from '@nestjs/common';
import { QuietStartupLogger } from './quiet-startup-logger';

/** A logger that remembers what reached it (the collaborator, not the thing under test). */
function recorder(): LoggerService & { lines: string[] } {
  const lines: string[] = [];
  const keep =
    (level: string) =>
    (message: unknown, ...params: unknown[]) =>
      lines.push(`${level} ${String(params.at(-1))}: ${String(message)}`);
  return {
    lines,
    log: keep('log'),
    error: keep('error'),
    warn: keep('warn'),
    debug: keep('debug'),
  };
}

describe('start-up logging', () => {
  const nestStartup = (logger: LoggerService) => {
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    logger.log('LoginController {/}:', 'RoutesResolver');
    logger.log('Mapped {/login, GET} route', 'RouterExplorer');
    logger.log('Nest application successfully started', 'NestApplication');
    logger.warn('something odd', 'RouterExplorer');
  };

  it('drops the per-module and per-route lines at the default level, keeping the rest', () => {
    const inner = recorder();
    nestStartup(new QuietStartupLogger(inner, 'info'));
    expect(inner.lines).toEqual([
      'log NestApplication: Nest application successfully started',
      'warn RouterExplorer: something odd',
    ]);
  });

  it('keeps every line when LOG_LEVEL is debug or trace', () => {
    for (const level of ['debug', 'trace']) {
      const inner = recorder();
      nestStartup(new QuietStartupLogger(inner, level));
      expect(inner.lines).toHaveLength(5);
    }
  });
});
