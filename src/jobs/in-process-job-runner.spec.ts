import { ManualClock } from '../../test/support/manual-clock';
import { InProcessJobRunner } from './in-process-job-runner';
import { defineJob, type JobContext } from './job-type';

class RecordingLogger {
  readonly warnings: string[] = [];
  readonly errors: string[] = [];
  warn(message: string) {
    this.warnings.push(message);
  }
  error(message: string) {
    this.errors.push(message);
  }
}

describe('InProcessJobRunner', () => {
  const REMIND = defineJob<{ userId: number; at: string }>('test.remind', {
    attempts: 3,
    backoffMs: 1000,
  });
  let clock: ManualClock;
  let logger: RecordingLogger;
  let runner: InProcessJobRunner;
  let runs: { payload: unknown; context: JobContext; at: number }[];

  beforeEach(() => {
    clock = new ManualClock();
    logger = new RecordingLogger();
    runner = new InProcessJobRunner(clock, logger);
    runs = [];
  });
  afterEach(() => runner.stop());

  const record = (payload: unknown, context: JobContext) => {
    runs.push({ payload, context, at: clock.now() });
    return Promise.resolve();
  };

  it('runs a delayed job when its time comes, not before, as the system with a traceable id', async () => {
    runner.register(REMIND, record);
    runner.start();
    const started = clock.now();
    await runner.enqueue(REMIND, { userId: 7, at: 'x' }, { delayMs: 60_000 });
    await clock.advance(59_999);
    expect(runs).toHaveLength(0);
    await clock.advance(1);
    expect(runs).toHaveLength(1);
    expect(runs[0].payload).toEqual({ userId: 7, at: 'x' });
    expect(runs[0].at).toBe(started + 60_000);
    expect(runs[0].context.attempt).toBe(1);
    expect(runs[0].context.actor.user).toBeNull();
    expect(runs[0].context.actor.correlationId).toBe(`job:test.remind:${runs[0].context.jobId}`);
  });

  it('hands the handler the payload as JSON gives it back, like the Redis runner', async () => {
    const DATED = defineJob<{ when: Date }>('test.dated');
    runner.register(DATED, record);
    runner.start();
    await runner.enqueue(DATED, { when: new Date('2026-01-02T03:04:05Z') });
    await clock.advance(0);
    expect(runs[0].payload).toEqual({ when: '2026-01-02T03:04:05.000Z' });
  });

  it('waits for start(), so a job due before every module has registered still finds its handler', async () => {
    await runner.enqueue(REMIND, { userId: 1, at: 'early' });
    await clock.advance(10);
    runner.register(REMIND, record);
    expect(runs).toHaveLength(0);
    runner.start();
    await runner.idle();
    expect(runs.map((run) => run.payload)).toEqual([{ userId: 1, at: 'early' }]);
  });

  it('repeats a job every interval until stopped, and a second every() replaces the schedule', async () => {
    const TICK = defineJob<{ n: number }>('test.tick');
    runner.register(TICK, record);
    runner.start();
    await runner.every(TICK, 1000, { n: 1 });
    await clock.advance(999);
    expect(runs).toHaveLength(0);
    await clock.advance(3001);
    expect(runs.map((run) => run.at - runs[0].at)).toEqual([0, 1000, 2000, 3000]);
    await runner.every(TICK, 5000, { n: 2 });
    await clock.advance(10_000);
    expect(runs.slice(4).map((run) => run.payload)).toEqual([{ n: 2 }, { n: 2 }]);
    await runner.stop();
    await clock.advance(60_000);
    expect(runs).toHaveLength(6);
    expect(clock.pending).toBe(0);
  });

  it('retries a failing job with doubling backoff, logs each failure, then gives up without throwing', async () => {
    const attempts: { attempt: number; at: number }[] = [];
    runner.register(REMIND, (_payload, context) => {
      attempts.push({ attempt: context.attempt, at: clock.now() });
      return Promise.reject(new Error('SMTP said no'));
    });
    runner.start();
    const started = clock.now();
    await runner.enqueue(REMIND, { userId: 2, at: 'y' });
    await clock.advance(10_000);
    expect(attempts).toEqual([
      { attempt: 1, at: started },
      { attempt: 2, at: started + 1000 },
      { attempt: 3, at: started + 3000 },
    ]);
    expect(logger.warnings).toHaveLength(2);
    expect(logger.warnings[0]).toMatch(
      /test\.remind .*attempt 1 of 3.*retrying in 1000 ms: SMTP said no/,
    );
    expect(logger.warnings[1]).toMatch(/attempt 2 of 3.*retrying in 2000 ms/);
    expect(logger.errors).toEqual([
      expect.stringMatching(/attempt 3 of 3\), given up: SMTP said no/),
    ]);
  });

  it('succeeds on a retry after a transient failure', async () => {
    let calls = 0;
    runner.register(REMIND, (payload, context) => {
      calls += 1;
      if (calls === 1) return Promise.reject(new Error('database busy'));
      return record(payload, context);
    });
    runner.start();
    await runner.enqueue(REMIND, { userId: 3, at: 'z' });
    await clock.advance(1000);
    expect(runs).toHaveLength(1);
    expect(runs[0].context.attempt).toBe(2);
    expect(logger.errors).toHaveLength(0);
  });

  it('queues a job id once while it waits, and again once it has run', async () => {
    runner.register(REMIND, record);
    runner.start();
    await runner.enqueue(
      REMIND,
      { userId: 4, at: 'first' },
      { jobId: 'invitation:9', delayMs: 100 },
    );
    await runner.enqueue(
      REMIND,
      { userId: 4, at: 'second' },
      { jobId: 'invitation:9', delayMs: 100 },
    );
    await clock.advance(100);
    expect(runs.map((run) => run.payload)).toEqual([{ userId: 4, at: 'first' }]);
    expect(runs[0].context.jobId).toBe('invitation:9');
    await runner.enqueue(REMIND, { userId: 4, at: 'third' }, { jobId: 'invitation:9' });
    await clock.advance(0);
    expect(runs).toHaveLength(2);
  });

  it('logs a job nobody handles instead of crashing, and refuses a second handler for a name', async () => {
    const ORPHAN = defineJob<Record<string, never>>('test.orphan', { attempts: 1 });
    runner.register(REMIND, record);
    expect(() => runner.register(REMIND, record)).toThrow(/test\.remind has a handler already/);
    runner.start();
    await runner.enqueue(ORPHAN, {});
    await clock.advance(0);
    expect(logger.errors).toEqual([
      expect.stringMatching(/no handler is registered for job test\.orphan/),
    ]);
  });

  it('stop() waits for the run in progress and drops what was still waiting', async () => {
    let release!: () => void;
    const finished: string[] = [];
    runner.register(REMIND, async (payload) => {
      if (payload.at === 'slow') await new Promise<void>((resolve) => (release = resolve));
      finished.push(payload.at);
    });
    runner.start();
    await runner.enqueue(REMIND, { userId: 5, at: 'slow' });
    await runner.enqueue(REMIND, { userId: 5, at: 'later' }, { delayMs: 1000 });
    await clock.advance(0);
    const stopping = runner.stop();
    let stopped = false;
    void stopping.then(() => (stopped = true));
    await clock.advance(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    await clock.advance(5000);
    expect(finished).toEqual(['slow']);
  });
});
