import { SEVERITIES, type Severity } from '../severity';
import type { WatchlistEntry } from '../watchlists/watchlist-entry';

/**
 * Severity of a list hit, so an analyst's queue puts the likeliest and gravest first.
 *
 * - A document hit (the number equal after normalisation, same issuing country) is `critical`:
 *   a listed person's passport, or a document reported lost or stolen, is being used.
 * - A name hit starts from the entry's own severity (national lists carry one; the UN and OFAC
 *   sanctions lists do not, and count as `high`), then steps down with the score:
 *   score ≥ 0.95 (strong) keeps it, ≥ 0.88 (probable) one step lower, below that (possible,
 *   though above the alert threshold) two steps lower, never below `low`.
 *   UN/OFAC: strong `high`, probable `medium`, possible `low`;
 *   a national `critical` entry: strong `critical`, probable `high`, possible `medium`.
 */
export const STRONG_NAME_SCORE = 0.95;
export const PROBABLE_NAME_SCORE = 0.88;
export const SANCTIONS_LIST_SEVERITY: Severity = 'high';

function stepDown(severity: Severity, steps: number): Severity {
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(severity) - steps)];
}

export function listHitSeverity(
  kind: 'name' | 'document',
  score: number,
  entry: Pick<WatchlistEntry, 'severity'>,
): Severity {
  if (kind === 'document') return 'critical';
  const base = entry.severity ?? SANCTIONS_LIST_SEVERITY;
  if (score >= STRONG_NAME_SCORE) return base;
  return stepDown(base, score >= PROBABLE_NAME_SCORE ? 1 : 2);
}

/** Sort key: higher for more urgent severities. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
