import {
  Logger,
  type BeforeApplicationShutdown,
  type LoggerService,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Clock, ClockTimer } from './clock';
import { JobRunner, jobActor, retryDelay } from './job-runner';
import type { EnqueueOptions, JobHandler, JobType } from './job-type';

type JobLogger = Pick<LoggerService, 'warn' | 'error'>;

interface Run {
  readonly name: string;
  readonly id: string;
  /** The payload as JSON, as the Redis runner stores it: both hand handlers the same values. */
  readonly payload: string;
  readonly attempt: number;
  /** The caller's jobId, while this job is waiting, running or to be retried. */
  readonly dedupeKey?: string;
}

/**
 * Jobs in this process's memory, on timers of an injectable Clock: what runs without
 * REDIS_URL, and what tests drive with a controllable clock. Jobs do not survive a restart;
 * a repeat's first run comes one interval after it is scheduled.
 */
export class InProcessJobRunner
  extends JobRunner
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly handlers = new Map<string, (payload: unknown, run: Run) => Promise<void>>();
  private readonly jobs = new Map<string, JobType<unknown>>();
  private readonly timers = new Map<string, ClockTimer>();
  private readonly repeats = new Map<string, ClockTimer>();
  private readonly dedupeKeys = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  /** Runs that came due before start(): handlers may not all be registered yet. */
  private readonly early: Run[] = [];
  private started = false;
  private stopped = false;
  private sequence = 0;

  constructor(
    private readonly clock: Clock,
    private readonly logger: JobLogger = new Logger('Jobs'),
  ) {
    super();
  }

  register<Payload>(job: JobType<Payload>, handler: JobHandler<Payload>): void {
    if (this.handlers.has(job.name)) throw new Error(`job ${job.name} has a handler already`);
    this.jobs.set(job.name, job);
    this.handlers.set(job.name, (payload, run) =>
      handler(payload as Payload, {
        actor: jobActor(run.name, run.id),
        attempt: run.attempt,
        jobId: run.id,
      }),
    );
  }

  enqueue<Payload>(
    job: JobType<Payload>,
    payload: Payload,
    options: EnqueueOptions = {},
  ): Promise<void> {
    const dedupeKey = options.jobId === undefined ? undefined : `${job.name}|${options.jobId}`;
    if (dedupeKey !== undefined) {
      if (this.dedupeKeys.has(dedupeKey)) return Promise.resolve();
      this.dedupeKeys.add(dedupeKey);
    }
    const id = options.jobId ?? String(++this.sequence);
    const run: Run = {
      name: job.name,
      id,
      payload: JSON.stringify(payload),
      attempt: 1,
      dedupeKey,
    };
    this.schedule(run, options.delayMs ?? 0);
    return Promise.resolve();
  }

  every<Payload>(job: JobType<Payload>, intervalMs: number, payload: Payload): Promise<void> {
    if (!(intervalMs > 0)) throw new Error(`job ${job.name}: the interval must be positive`);
    const existing = this.repeats.get(job.name);
    if (existing) this.clock.clearTimer(existing);
    const json = JSON.stringify(payload);
    const tick = () => {
      if (this.stopped) return;
      this.fire({ name: job.name, id: `repeat-${++this.sequence}`, payload: json, attempt: 1 });
      this.repeats.set(job.name, this.clock.setTimer(tick, intervalMs));
    };
    this.repeats.set(job.name, this.clock.setTimer(tick, intervalMs));
    return Promise.resolve();
  }

  /** Starts running jobs (the app calls it once every module has registered its handlers). */
  start(): void {
    this.started = true;
    for (const run of this.early.splice(0)) this.fire(run);
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  /** Resolves when no job is running: tests await it after moving the clock. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Stops timers and waits for the runs in progress; what was still waiting is dropped. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of [...this.timers.values(), ...this.repeats.values()]) {
      this.clock.clearTimer(timer);
    }
    this.timers.clear();
    this.repeats.clear();
    await this.idle();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  private schedule(run: Run, delayMs: number): void {
    const key = `${run.name}#${run.id}#${run.attempt}`;
    this.timers.set(
      key,
      this.clock.setTimer(() => {
        this.timers.delete(key);
        this.fire(run);
      }, delayMs),
    );
  }

  private fire(run: Run): void {
    if (this.stopped) return;
    if (!this.started) {
      this.early.push(run);
      return;
    }
    const execution = this.execute(run).finally(() => this.running.delete(execution));
    this.running.add(execution);
  }

  private async execute(run: Run): Promise<void> {
    const job = this.jobs.get(run.name);
    const handler = this.handlers.get(run.name);
    try {
      if (!job || !handler) throw new Error(`no handler is registered for job ${run.name}`);
      await handler(JSON.parse(run.payload), run);
      if (run.dedupeKey) this.dedupeKeys.delete(run.dedupeKey);
    } catch (error) {
      const attempts = job?.attempts ?? 1;
      const reason = error instanceof Error ? error.message : String(error);
      if (run.attempt < attempts && !this.stopped) {
        const delay = retryDelay(job?.backoffMs ?? 0, run.attempt);
        this.logger.warn(
          `job ${run.name} ${run.id} failed (attempt ${run.attempt} of ${attempts}), retrying in ${delay} ms: ${reason}`,
        );
        this.schedule({ ...run, attempt: run.attempt + 1 }, delay);
        return;
      }
      if (run.dedupeKey) this.dedupeKeys.delete(run.dedupeKey);
      this.logger.error(
        `job ${run.name} ${run.id} failed (attempt ${run.attempt} of ${attempts}), given up: ${reason}`,
      );
    }
  }
}
