import type { Actor } from '../common/actor/actor';

/**
 * A kind of background job: its name (unique across the portal) and how it is retried. The
 * payload type rides along, so `enqueue` and the handler agree on it at compile time. Payloads
 * are stored as JSON (in Redis when REDIS_URL is set), so they hold ids and plain values, never
 * entities or dates: both runners hand the handler the payload as JSON gives it back.
 */
export interface JobType<Payload> {
  readonly name: string;
  /** Runs in all, the first included, before the job is given up (and logged as failed). */
  readonly attempts: number;
  /** Wait before the first retry; doubles for each further one. */
  readonly backoffMs: number;
  /** Never set: carries the payload type. */
  readonly payloadType?: Payload;
}

export interface JobOptions {
  attempts?: number;
  backoffMs?: number;
}

/**
 * Declares a job next to its handler, e.g.
 * `export const SEND_DIGEST = defineJob<{ userId: number }>('notifications.digest')`.
 */
export function defineJob<Payload>(name: string, options: JobOptions = {}): JobType<Payload> {
  if (!/^[a-z][\w.-]*$/i.test(name)) throw new Error(`job name "${name}": letters, digits, . _ -`);
  return { name, attempts: options.attempts ?? 3, backoffMs: options.backoffMs ?? 30_000 };
}

/** What a handler knows besides its payload. */
export interface JobContext {
  /** The system actor, with the job's id as correlation id for the log and the audit. */
  readonly actor: Actor;
  /** 1 on the first run, 2 on the first retry, … */
  readonly attempt: number;
  readonly jobId: string;
}

/** Does the work; throws to have it retried. Runs at least once: make it safe to repeat. */
export type JobHandler<Payload> = (payload: Payload, context: JobContext) => Promise<void>;

export interface EnqueueOptions {
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
  /**
   * Names the job: while a job of this type with this id is waiting, another is not queued
   * (one reminder per invitation, one re-screening per list update).
   */
  jobId?: string;
}
