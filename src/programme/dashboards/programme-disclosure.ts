import type { VisibilityReach } from '../../common/visibility/visibility-policy';

/**
 * How much of the programme a reader of the dashboard, the overview report and the exports is
 * shown. Programme staff and admins see everything (`full`). Partner agencies see the
 * programme's figures (`aggregate`):
 *
 * - shown: the number of States per status and per region; the map and its table (a State's
 *   programme status is what the programme reports in public); progress per pillar across the
 *   States, as shares; the numbers of overdue and blocked steps and of running engagements; the
 *   IWG meetings the visibility policy lets them see;
 * - not shown (a State's own business): staff's context notes on a State, why a step is
 *   blocked, anything about one State's steps (titles, owners, dates, per-State progress), who
 *   is engaged with which State, and links into the States' spaces.
 *
 * Decided by the visibility policy's reach, so nobody else writes the rule: `everything` is
 * what staff and admins have.
 */
export type Disclosure = 'full' | 'aggregate';

export function disclosureOf(reach: VisibilityReach): Disclosure {
  return reach.everything ? 'full' : 'aggregate';
}
