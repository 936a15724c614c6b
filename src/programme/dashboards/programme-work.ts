import { Injectable } from '@nestjs/common';
import { EngagementSummaries, type EngagementSummary } from '../../experts/engagement-summaries';
import { RoadmapSteps, type ProgrammeProgress } from '../roadmaps/roadmap-steps';

/** What the roadmaps and the Pool of Experts say of a set of States. */
export interface ProgrammeWork {
  readonly progress: ProgrammeProgress;
  /** Engagements running today. */
  readonly running: readonly EngagementSummary[];
}

/** How long the figures are kept: a dashboard a few seconds behind a step's change is fine. */
export const WORK_KEPT_MS = 10_000;

/**
 * The roadmaps' progress and the running engagements of the States of a region (or all), read
 * through the two modules' exported services and kept a few seconds per region: they are the
 * same for every reader (what each reader is shown of them is decided after, by disclosure),
 * and reading 2,000 steps on every page would be most of the page's time. A failed read is
 * not kept.
 */
@Injectable()
export class ProgrammeWorkReader {
  private readonly kept = new Map<string, { until: number; value: Promise<ProgrammeWork> }>();

  constructor(
    private readonly steps: RoadmapSteps,
    private readonly engagements: EngagementSummaries,
  ) {}

  /** `stateIds` are the region's States (`region` null: every State, `stateIds` unused). */
  of(region: string | null, stateIds: readonly number[]): Promise<ProgrammeWork> {
    const key = region ?? '';
    const now = Date.now();
    const hit = this.kept.get(key);
    if (hit && hit.until > now) return hit.value;
    const ids = region === null ? undefined : stateIds;
    const value = Promise.all([this.steps.progress(ids), this.engagements.running(ids)]).then(
      ([progress, running]) => ({ progress, running }),
    );
    this.kept.set(key, { until: now + WORK_KEPT_MS, value });
    value.catch(() => {
      if (this.kept.get(key)?.value === value) this.kept.delete(key);
    });
    return value;
  }

  /** Forget what is kept (a test that changes steps between two pages). */
  clear(): void {
    this.kept.clear();
  }
}
