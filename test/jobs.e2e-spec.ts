import { defineJob, type JobContext } from '../src/jobs/job-type';
import { InProcessJobRunner } from '../src/jobs/in-process-job-runner';
import { JobRunner } from '../src/jobs/job-runner';
import { startTestApp, type TestApp } from './support/test-app';

describe('background jobs in the app', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('runs jobs in-process without REDIS_URL, started with the app, as the system actor', async () => {
    const runner = t.app.get(JobRunner);
    expect(runner).toBeInstanceOf(InProcessJobRunner);
    const PING = defineJob<{ n: number }>('test.ping');
    const runs: { payload: unknown; context: JobContext }[] = [];
    runner.register(PING, (payload, context) => {
      runs.push({ payload, context });
      return Promise.resolve();
    });
    await runner.enqueue(PING, { n: 1 }, { delayMs: 20 });
    const started = Date.now();
    while (runs.length === 0 && Date.now() - started < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(runs).toHaveLength(1);
    expect(runs[0].payload).toEqual({ n: 1 });
    expect(runs[0].context.actor.user).toBeNull();
  });
});
