/**
 * An expert's assignments to States, from the dates of their active engagements (the experts
 * module's `expert_engagement`): the States assigned on `today`, and the instant the answer
 * next changes by the calendar alone (an engagement starting or ending), so a signed-in copy
 * kept with the session is read again then. Days are UTC calendar days: an engagement from
 * 2026-03-02 to 2026-03-06 opens at 2026-03-02T00:00Z and closes at 2026-03-07T00:00Z.
 */
export interface EngagementWindow {
  readonly stateId: number;
  /** `YYYY-MM-DD`, both included. */
  readonly startsOn: string;
  readonly endsOn: string;
}

export interface Assignments {
  readonly stateIds: number[];
  /** Epoch ms of the next start or end; null when nothing is to come. */
  readonly refreshAt: number | null;
}

const DAY_MS = 86_400_000;

function dayStart(plain: string): number {
  return Date.parse(`${plain}T00:00:00Z`);
}

export function assignmentsAt(windows: readonly EngagementWindow[], now: number): Assignments {
  const stateIds = new Set<number>();
  let refreshAt: number | null = null;
  const later = (instant: number) => {
    if (instant > now && (refreshAt === null || instant < refreshAt)) refreshAt = instant;
  };
  for (const window of windows) {
    const opens = dayStart(window.startsOn);
    const closes = dayStart(window.endsOn) + DAY_MS;
    if (Number.isNaN(opens) || Number.isNaN(closes)) continue;
    if (opens <= now && now < closes) stateIds.add(window.stateId);
    later(opens);
    later(closes);
  }
  return { stateIds: [...stateIds].sort((a, b) => a - b), refreshAt };
}
