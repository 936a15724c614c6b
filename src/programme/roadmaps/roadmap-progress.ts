import { OPEN_STEP_STATUSES, STEP_STATUSES, type StepStatus } from './step-status';

/** What progress needs of a step. Dates are calendar dates (`YYYY-MM-DD`). */
export interface ProgressStep {
  readonly pillar: string;
  readonly status: StepStatus;
  readonly weight: number;
  readonly dueOn: string;
}

/** Progress of a set of steps: the done share of the weight of the steps that still count. */
export interface Progress {
  /** Steps that count (all but dropped). */
  readonly steps: number;
  readonly doneWeight: number;
  readonly totalWeight: number;
  /** doneWeight / totalWeight, 0 to 1; null when no step counts (nothing to measure). */
  readonly share: number | null;
  /** The share as a whole percentage, rounded down so 99.6% is not shown as done. */
  readonly percent: number | null;
  readonly byStatus: Readonly<Record<StepStatus, number>>;
  readonly overdue: number;
  readonly blocked: number;
}

export interface RoadmapProgress {
  readonly overall: Progress;
  /** Every pillar given (even with no step), in that order. */
  readonly pillars: readonly (Progress & { readonly pillar: string })[];
}

/** A step still open whose due date has passed. */
export function isOverdue(step: Pick<ProgressStep, 'status' | 'dueOn'>, today: string): boolean {
  return OPEN_STEP_STATUSES.includes(step.status) && step.dueOn < today;
}

/**
 * Progress per pillar and overall. A step's weight is its share of the work: 3 steps done of
 * weight 1 and one open of weight 3 is 50%. Dropped steps are left out altogether (they are
 * neither done nor to do); blocked steps count as not done.
 */
export function roadmapProgress(
  steps: readonly ProgressStep[],
  pillars: readonly string[],
  today: string,
): RoadmapProgress {
  const groups = new Map<string, ProgressStep[]>(pillars.map((pillar) => [pillar, []]));
  for (const step of steps) {
    const group = groups.get(step.pillar);
    if (group) group.push(step);
    else groups.set(step.pillar, [step]);
  }
  return {
    overall: progressOf(steps, today),
    pillars: [...groups].map(([pillar, group]) => ({ pillar, ...progressOf(group, today) })),
  };
}

export function progressOf(steps: readonly ProgressStep[], today: string): Progress {
  const byStatus = Object.fromEntries(STEP_STATUSES.map((status) => [status, 0])) as Record<
    StepStatus,
    number
  >;
  let doneWeight = 0;
  let totalWeight = 0;
  let overdue = 0;
  for (const step of steps) {
    byStatus[step.status] += 1;
    if (step.status === 'dropped') continue;
    totalWeight += step.weight;
    if (step.status === 'done') doneWeight += step.weight;
    if (isOverdue(step, today)) overdue += 1;
  }
  const share = totalWeight > 0 ? doneWeight / totalWeight : null;
  return {
    steps: steps.length - byStatus.dropped,
    doneWeight,
    totalWeight,
    share,
    percent: share === null ? null : Math.floor(share * 100 + 1e-9),
    byStatus,
    overdue,
    blocked: byStatus.blocked,
  };
}
