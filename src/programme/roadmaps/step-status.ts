/** Where a roadmap step stands. A blocked step says why; a dropped one no longer counts. */
export const STEP_STATUSES = ['not-started', 'in-progress', 'done', 'blocked', 'dropped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Steps still to be done: these can be overdue. */
export const OPEN_STEP_STATUSES: readonly StepStatus[] = ['not-started', 'in-progress', 'blocked'];

export function isStepStatus(value: unknown): value is StepStatus {
  return typeof value === 'string' && (STEP_STATUSES as readonly string[]).includes(value);
}

/** The weight a step carries in its roadmap's progress, from 1 (small) to 10 (a large part). */
export const MIN_STEP_WEIGHT = 1;
export const MAX_STEP_WEIGHT = 10;
