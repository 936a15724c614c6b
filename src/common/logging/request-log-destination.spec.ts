import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeWithReaderGone } from '../../../test/support/pipes';
import { blockDestination, requestLogger } from './request-log-destination';

describe('the request log destination', () => {
  let dir: string;
  let file: string;
  const written = () =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg: string; path?: string });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cttp-request-log-'));
    file = join(dir, 'out.log');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('holds lines until a block has gathered, then writes them in order', () => {
    const out = blockDestination(file);
    const log = requestLogger('info', out);
    log.info({ path: '/first' }, 'request');
    log.info({ path: '/second' }, 'request');
    expect(written()).toEqual([]);
    for (let i = 0; i < 60; i += 1) log.info({ path: `/page/${i}` }, 'request');
    const lines = written();
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.slice(0, 3).map((line) => line.path)).toEqual(['/first', '/second', '/page/0']);
    out.end();
  });

  it('writes an error line at once, with the lines held before it', () => {
    const out = blockDestination(file);
    const log = requestLogger('info', out);
    log.info({ path: '/fine' }, 'request');
    log.error({ path: '/broken' }, 'request failed');
    expect(written().map((line) => line.msg)).toEqual(['request', 'request failed']);
    out.end();
  });

  it('writes what a quiet portal holds within about a second', async () => {
    const out = blockDestination(file);
    requestLogger('info', out).info({ path: '/quiet' }, 'request');
    expect(written()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(written().map((line) => line.path)).toEqual(['/quiet']);
    out.end();
  });

  it('returns at once from an error line, and goes on, when the reader of stdout has gone', async () => {
    // pino's own writer (sonic-boom 4) retried a broken pipe every 100 ms for ever, blocking
    // the process: a portal whose log collector went away froze at its next error line or
    // SIGTERM.
    const pipe = await pipeWithReaderGone();
    const out = blockDestination(pipe.fd);
    const log = requestLogger('info', out);
    const started = performance.now();
    log.info({ path: '/fine' }, 'request');
    log.error({ path: '/broken' }, 'request failed');
    log.info({ path: '/after' }, 'request');
    expect(performance.now() - started).toBeLessThan(50);
    expect(out.writing).toBe(false);
    await pipe.close();
  });

  it('writes nothing at all when the log is silent', () => {
    expect(requestLogger('silent').isLevelEnabled('error')).toBe(false);
  });
});
