import { within } from '../common/async/within';
import {
  Logger,
  type BeforeApplicationShutdown,
  type LoggerService,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { connectRedis } from '../common/redis/connect-redis';
import type { RedisConfig } from '../config/app-config';
import { JobRunner, jobActor } from './job-runner';
import type { EnqueueOptions, JobHandler, JobType } from './job-type';

type JobLogger = Pick<LoggerService, 'warn' | 'error'>;

/** How long enqueue() waits for Redis to take a job before it lets the caller go on. */
const ENQUEUE_WAIT_MS = 1000;

/** One queue for every job type: the worker dispatches on the job's name. */
const QUEUE_NAME = 'jobs';

/** BullMQ refuses `:` in custom ids (its key separator) and ids that read as integers. */
function bullmqJobId(name: string, jobId: string): string {
  return `${name}|${jobId.replace(/%/g, '%25').replace(/:/g, '%3A')}`;
}

/**
 * Jobs queued in Redis with BullMQ (REDIS_URL): they survive restarts, and every instance's
 * worker takes from the same queue, each job run by one of them. Retries use BullMQ's
 * exponential backoff; a failure is logged, never thrown at the process.
 */
export class BullmqJobRunner
  extends JobRunner
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly handlers = new Map<string, (job: Job) => Promise<void>>();
  private connection?: Promise<Redis>;
  private queue?: Promise<Queue>;
  private worker?: Worker;
  private stopped = false;

  constructor(
    private readonly config: RedisConfig,
    private readonly logger: JobLogger = new Logger('Jobs'),
    private readonly concurrency = 4,
  ) {
    super();
  }

  register<Payload>(job: JobType<Payload>, handler: JobHandler<Payload>): void {
    if (this.handlers.has(job.name)) throw new Error(`job ${job.name} has a handler already`);
    this.handlers.set(job.name, (run) =>
      handler(run.data as Payload, {
        actor: jobActor(run.name, run.id ?? ''),
        attempt: run.attemptsMade + 1,
        jobId: run.id ?? '',
      }),
    );
  }

  async enqueue<Payload>(
    job: JobType<Payload>,
    payload: Payload,
    options: EnqueueOptions = {},
  ): Promise<void> {
    const queue = await this.openQueue();
    const added = queue
      .add(job.name, payload, {
        ...this.jobOptions(job),
        delay: options.delayMs,
        jobId: options.jobId === undefined ? undefined : bullmqJobId(job.name, options.jobId),
      })
      .then(
        () => true,
        (error: Error) => {
          this.logger.error(`job ${job.name} could not be queued: ${error.message}`);
          return true;
        },
      );
    // With Redis away the client holds the command until it reconnects (maxRetriesPerRequest:
    // null): the request that queued it must not wait for that, so it waits at most a moment.
    // A process that dies meanwhile loses the job; the modules' periodic sweeps (mails still
    // due, messages not yet screened) pick such work up again from the database.
    const connection = await this.connect();
    if (connection.status !== 'ready') {
      this.warnHeld(job.name);
      return;
    }
    const waited = await within(added, ENQUEUE_WAIT_MS, false);
    if (!waited) this.warnHeld(job.name);
  }

  private warnHeld(name: string): void {
    this.logger.warn(`Redis is not answering: job ${name} is held in memory until it returns`);
  }

  async every<Payload>(job: JobType<Payload>, intervalMs: number, payload: Payload): Promise<void> {
    if (!(intervalMs > 0)) throw new Error(`job ${job.name}: the interval must be positive`);
    const queue = await this.openQueue();
    await queue.upsertJobScheduler(
      job.name,
      { every: intervalMs },
      { name: job.name, data: payload, opts: this.jobOptions(job) },
    );
  }

  /** Starts this instance's worker (the app calls it once every handler is registered). */
  async start(): Promise<void> {
    const connection = await this.connect();
    const worker = new Worker(QUEUE_NAME, (run: Job) => this.process(run), {
      connection,
      prefix: this.prefix,
      concurrency: this.concurrency,
    });
    worker.on('failed', (run, error) => {
      if (!run) return;
      const attempts = run.opts.attempts ?? 1;
      const left = run.attemptsMade < attempts;
      this.logger[left ? 'warn' : 'error'](
        `job ${run.name} ${run.id} failed (attempt ${run.attemptsMade} of ${attempts})${left ? ', retrying' : ', given up'}: ${error.message}`,
      );
    });
    // Unheard, a worker's 'error' (Redis gone for a moment) would be thrown at the process.
    worker.on('error', (error) => {
      this.logger.error(`job worker: ${error.message}`);
    });
    this.worker = worker;
    await worker.waitUntilReady();
  }

  onApplicationBootstrap(): Promise<void> {
    return this.start();
  }

  /** Waits for the jobs this worker is running; waiting jobs stay in Redis for the next start. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.worker?.close();
    if (this.queue) await (await this.queue).close();
    if (this.connection) await (await this.connection).quit().catch(() => undefined);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  private get prefix(): string {
    return `${this.config.prefix}:jobs`;
  }

  private async process(run: Job): Promise<void> {
    const handler = this.handlers.get(run.name);
    // Another version of the portal (a rolling update) may have queued it: retried later.
    if (!handler) throw new Error(`no handler is registered for job ${run.name}`);
    await handler(run);
  }

  private jobOptions(job: JobType<unknown>): JobsOptions {
    return {
      attempts: job.attempts,
      backoff: { type: 'exponential', delay: job.backoffMs },
      // The log keeps the record; a kept job would also block its id from being queued again.
      removeOnComplete: true,
      removeOnFail: true,
    };
  }

  private connect(): Promise<Redis> {
    this.connection ??= connectRedis(this.config, 'jobs', (error) => {
      this.logger.warn(`Redis: ${error.message}`);
    });
    return this.connection;
  }

  private openQueue(): Promise<Queue> {
    this.queue ??= this.connect().then((connection) => {
      const queue = new Queue(QUEUE_NAME, { connection, prefix: this.prefix });
      queue.on('error', (error) => {
        this.logger.error(`job queue: ${error.message}`);
      });
      return queue;
    });
    return this.queue;
  }
}
