import { defineJob } from '../../jobs/job-type';

/** Reads the text of a resource's versions still waiting for it (safe to run again). */
export const EXTRACT_TEXT = defineJob<{ resourceId: number }>('library.extract-text', {
  backoffMs: 10_000,
});

/** Finds versions still waiting for their text (jobs lost in a restart) and reads them. */
export const EXTRACT_WAITING = defineJob<Record<string, never>>('library.extract-waiting', {
  attempts: 1,
});
