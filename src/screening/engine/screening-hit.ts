import type { MatchExplanation } from '../matching/match-result';
import type { TravellerRole } from '../model';
import type { ConditionTrace } from '../rules/rule-evaluator';
import type { Severity } from '../severity';
import type { WatchlistKind } from '../watchlists/watchlist-entry';

/**
 * What `screen()` hands an analyst. A hit is a reason to look, never a decision: the engine
 * does not block anyone (principle 1), it says which traveller, why, and how sure it is.
 */

export type HitKind = 'name' | 'document' | 'rule';
export type HitSeverity = Severity;

/** Which traveller of the message a hit is about. */
export interface TravellerReference {
  /** The model's id within the message (`T1`…). */
  id: string;
  /** 0-based position in the message's travellers. */
  index: number;
  /** Given names then surname, as the message gives them. */
  name: string;
  role: TravellerRole;
  dateOfBirth?: string;
  nationality?: string;
  /** PNR: the booking (`B1`) and its record locator. */
  bookingId?: string;
  pnrLocator?: string;
}

export interface HitEntry {
  /** `un:QDi.006`, `ofac:12345`, `csv:NL-001`, `documents:LS-9`. */
  id: string;
  list: WatchlistKind;
  /** Primary name first, then aliases, as the list writes them. */
  names: string[];
  category?: string;
  programmes: string[];
}

export interface HitRule {
  id: string;
  name: string;
  description: string;
}

export interface ScreeningHit {
  kind: HitKind;
  severity: HitSeverity;
  /** List hits: the match score in [0, 1]. Rule hits: 1 (a rule holds or not). */
  score: number;
  traveller: TravellerReference;
  /** List hits. */
  entry?: HitEntry;
  /** Rule hits. */
  rule?: HitRule;
  /** One line for an analyst: what matched and why. */
  explanation: string;
  /** List hits: the matcher's explanation (names, tokens, qualifiers). */
  match?: MatchExplanation;
  /** Rule hits: the conditions that held, with the actual values. */
  conditions?: ConditionTrace[];
}

export interface ScreenResult {
  /** In traveller order; for each traveller, list hits (best first) then rule hits. */
  hits: ScreeningHit[];
  travellersScreened: number;
  /** Rule hits left out because the rule reached its maximum per message, by rule id. */
  suppressedRuleHits: Record<string, number>;
}
