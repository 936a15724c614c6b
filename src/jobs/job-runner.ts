import { SYSTEM_ACTOR, type Actor } from '../common/actor/actor';
import type { EnqueueOptions, JobHandler, JobType } from './job-type';

/**
 * The one way to run work outside a request: delayed (an e-mail in an hour), repeated (a
 * nightly digest, retention) or simply later (re-screening after a list update). Modules
 * register a handler for each job type when they start (onModuleInit) and enqueue from their
 * services. In one process the jobs live in memory; with REDIS_URL they are queued in Redis,
 * survive restarts and are shared by the instances. Failures are logged and retried with
 * backoff; they never stop the process.
 */
export abstract class JobRunner {
  /** One handler per job type; registering a name twice is a programming error. */
  abstract register<Payload>(job: JobType<Payload>, handler: JobHandler<Payload>): void;

  abstract enqueue<Payload>(
    job: JobType<Payload>,
    payload: Payload,
    options?: EnqueueOptions,
  ): Promise<void>;

  /**
   * Runs the job every `intervalMs` with this payload, the first run within one interval (at
   * once on Redis, after one interval in process). Calling it again, from this or another
   * instance, replaces the schedule rather than adding one.
   */
  abstract every<Payload>(
    job: JobType<Payload>,
    intervalMs: number,
    payload: Payload,
  ): Promise<void>;
}

/** The actor a job acts as: the system, traceable to the job in logs and the audit. */
export function jobActor(jobName: string, jobId: string): Actor {
  return { ...SYSTEM_ACTOR, correlationId: `job:${jobName}:${jobId}` };
}

/** Delay before retry `attempt + 1`, after `attempt` failed runs: doubling from backoffMs. */
export function retryDelay(backoffMs: number, attempt: number): number {
  return backoffMs * 2 ** (attempt - 1);
}
