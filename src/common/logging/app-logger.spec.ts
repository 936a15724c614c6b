import { Writable } from 'node:stream';
import pino from 'pino';
import { AppLogger } from './app-logger';

/** An AppLogger whose pino writes into an array of parsed lines. */
function capture(level: 'info' | 'warn' = 'info'): {
  logger: AppLogger;
  lines: Record<string, unknown>[];
} {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger = new AppLogger(level);
  (logger as { pino: pino.Logger }).pino = pino({ level }, sink);
  return { logger, lines };
}

describe('AppLogger', () => {
  it("writes Nest's message-then-context calls with the context as a field", () => {
    const { logger, lines } = capture();
    logger.log('Nest application successfully started', 'NestApplication');
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'Nest application successfully started',
      context: 'NestApplication',
    });
  });

  it('merges an object given first and takes the message after it', () => {
    const { logger, lines } = capture();
    logger.error(
      { err: new Error('disk full'), correlationId: 'abc-123' },
      'unhandled error',
      'Errors',
    );
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'unhandled error',
      context: 'Errors',
      correlationId: 'abc-123',
      err: { message: 'disk full', type: 'Error' },
    });
  });

  it('keeps the stack of error(message, stack, context) and serialises an Error given alone', () => {
    const { logger, lines } = capture();
    logger.error('job failed', 'Error: x\n    at y', 'Jobs');
    logger.warn(new Error('slow'));
    expect(lines[0]).toMatchObject({
      msg: 'job failed',
      stack: 'Error: x\n    at y',
      context: 'Jobs',
    });
    expect(lines[1]).toMatchObject({ level: 40, msg: 'slow', err: { message: 'slow' } });
  });

  it('writes nothing below its level', () => {
    const { logger, lines } = capture('warn');
    logger.log('routine');
    logger.debug('detail');
    logger.warn('attention');
    expect(lines.map((line) => line.msg)).toEqual(['attention']);
  });
});
