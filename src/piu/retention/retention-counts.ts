import type { RetentionPeriods } from './retention-limits';

const DAY_MS = 86_400_000;

/** What one run did for one State: counts, never data (the audit log and the page show them). */
export interface RetentionCounts {
  travellersDepersonalised: number;
  hitsDepersonalised: number;
  /** Messages whose raw bytes were deleted. */
  messagesDepersonalised: number;
  travellersDeleted: number;
  hitsDeleted: number;
  messagesDeleted: number;
  flightsDeleted: number;
  /** Travellers a confirmed or escalated hit kept whole on a flight otherwise due. */
  travellersHeld: number;
  /** Sealed values no configured key opened: replaced by a record masked in full. */
  unreadable: number;
}

export const NO_COUNTS: Readonly<RetentionCounts> = {
  travellersDepersonalised: 0,
  hitsDepersonalised: 0,
  messagesDepersonalised: 0,
  travellersDeleted: 0,
  hitsDeleted: 0,
  messagesDeleted: 0,
  flightsDeleted: 0,
  travellersHeld: 0,
  unreadable: 0,
};

export function addCounts(total: RetentionCounts, more: Partial<RetentionCounts>): void {
  for (const [key, value] of Object.entries(more) as [keyof RetentionCounts, number][])
    total[key] += value;
}

/** True when the run changed nothing. */
export function nothingDone(counts: RetentionCounts): boolean {
  return Object.entries(counts).every(([key, value]) => key === 'travellersHeld' || value === 0);
}

/**
 * The instants a run compares a flight's time with: a flight whose time is before
 * `depersonalise` is older than the depersonalisation period, and so on.
 */
export interface RetentionCutoffs {
  now: Date;
  depersonalise: Date;
  delete: Date;
  /** Before this, a confirmed or escalated hit no longer keeps its traveller whole. */
  hold: Date;
}

export function cutoffsOf(now: Date, periods: RetentionPeriods): RetentionCutoffs {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return {
    now,
    depersonalise: before(periods.depersonaliseAfterDays),
    delete: before(periods.deleteAfterDays),
    hold: before(periods.confirmedHitDays),
  };
}
