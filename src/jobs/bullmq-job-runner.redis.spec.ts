import { randomUUID } from 'node:crypto';
import { redisUnderTest, removeRedisKeys, requireRedis } from '../../test/support/redis';
import type { RedisConfig } from '../config/app-config';
import { BullmqJobRunner } from './bullmq-job-runner';
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

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('BullmqJobRunner (Redis)', () => {
  const REMIND = defineJob<{ userId: number; note: string }>('test.remind', {
    attempts: 3,
    backoffMs: 200,
  });
  let redis: RedisConfig;
  const runners: BullmqJobRunner[] = [];

  const runner = (logger = new RecordingLogger()) => {
    const created = new BullmqJobRunner(redis, logger);
    runners.push(created);
    return created;
  };

  beforeAll(async () => {
    redis = redisUnderTest();
    await requireRedis(redis);
  });
  afterEach(async () => {
    for (const created of runners.splice(0)) await created.stop();
    await removeRedisKeys(redis);
  });

  it('runs a delayed job after a restart: queued by one runner, run by the next', async () => {
    const first = runner();
    first.register(REMIND, () => Promise.reject(new Error('the first runner must not run it')));
    await first.start();
    const enqueuedAt = Date.now();
    await first.enqueue(REMIND, { userId: 7, note: 'survives' }, { delayMs: 1500 });
    await first.stop();

    const runs: { payload: unknown; context: JobContext; at: number }[] = [];
    const second = runner();
    second.register(REMIND, (payload, context) => {
      runs.push({ payload, context, at: Date.now() });
      return Promise.resolve();
    });
    await second.start();
    await until(() => runs.length === 1, 'the job to run on the new runner');
    expect(runs[0].payload).toEqual({ userId: 7, note: 'survives' });
    expect(runs[0].at - enqueuedAt).toBeGreaterThanOrEqual(1500);
    expect(runs[0].context.attempt).toBe(1);
    expect(runs[0].context.actor.user).toBeNull();
    expect(runs[0].context.actor.correlationId).toBe(`job:test.remind:${runs[0].context.jobId}`);
  });

  it('retries a failing job with backoff, logs the failures, and gives up without throwing', async () => {
    const logger = new RecordingLogger();
    const subject = runner(logger);
    const attempts: number[] = [];
    subject.register(REMIND, (payload, context) => {
      attempts.push(context.attempt);
      if (payload.note === 'flaky' && context.attempt === 1) throw new Error('database busy');
      if (payload.note === 'broken') throw new Error('SMTP said no');
      return Promise.resolve();
    });
    await subject.start();
    await subject.enqueue(REMIND, { userId: 1, note: 'flaky' });
    await until(() => attempts.length === 2, 'the retry');
    expect(attempts).toEqual([1, 2]);
    expect(logger.warnings).toEqual([
      expect.stringMatching(/test\.remind .*attempt 1 of 3.*retrying: database busy/),
    ]);

    attempts.length = 0;
    await subject.enqueue(REMIND, { userId: 1, note: 'broken' });
    await until(() => logger.errors.length === 1, 'the job to be given up');
    expect(attempts).toEqual([1, 2, 3]);
    expect(logger.errors[0]).toMatch(/attempt 3 of 3\), given up: SMTP said no/);
  });

  it('queues a job id once while it waits, even with the key separator in it', async () => {
    const subject = runner();
    const notes: string[] = [];
    subject.register(REMIND, (payload) => {
      notes.push(payload.note);
      return Promise.resolve();
    });
    await subject.start();
    const jobId = `invitation:${randomUUID()}`;
    await subject.enqueue(REMIND, { userId: 2, note: 'first' }, { jobId, delayMs: 300 });
    await subject.enqueue(REMIND, { userId: 2, note: 'second' }, { jobId, delayMs: 300 });
    await until(() => notes.length === 1, 'the job');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(notes).toEqual(['first']);
  });

  it('repeats a job on its interval', async () => {
    const TICK = defineJob<{ n: number }>('test.tick');
    const subject = runner();
    const ticks: number[] = [];
    subject.register(TICK, (payload) => {
      ticks.push(payload.n);
      return Promise.resolve();
    });
    await subject.start();
    await subject.every(TICK, 300, { n: 1 });
    await until(() => ticks.length >= 3, 'three runs');
    expect(ticks.slice(0, 3)).toEqual([1, 1, 1]);
  });

  it('never runs a job twice when two instances share the queue', async () => {
    const seen: string[] = [];
    for (const instance of [runner(), runner()]) {
      instance.register(REMIND, (payload) => {
        seen.push(payload.note);
        return Promise.resolve();
      });
      await instance.start();
    }
    const [producer] = runners;
    for (let i = 0; i < 20; i++) await producer.enqueue(REMIND, { userId: i, note: `n${i}` });
    await until(() => seen.length >= 20, 'twenty jobs');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...seen].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`).sort());
  });
});
