import type { MatchOptions, MatchResult } from '../matching/match-result';
import type { ScreeningSubject } from '../matching/screening-subject';
import type { NormalisedMessage, Traveller } from '../model';
import { evaluateRule } from '../rules/rule-evaluator';
import type { RuleSet, TargetingRule } from '../rules/rule-types';
import { listHitSeverity, severityRank } from './hit-severity';
import { messageFacts, travellerName } from './message-facts';
import type { ScreeningHit, ScreenResult, TravellerReference } from './screening-hit';
import { screeningSubjects } from './screening-subject-mapping';

/**
 * Screens one normalised message: every traveller against the watchlist index (names and
 * documents) and against the enabled targeting rules. Nothing here blocks or decides; the hits
 * go to an analyst with their explanation.
 */

/** What screen() needs from the watchlist index (matching/WatchlistIndex satisfies it). */
export interface SubjectMatcher {
  match(subject: ScreeningSubject, options?: MatchOptions): MatchResult[];
}

export interface ScreenOptions {
  /** Alert threshold; default: the index's (DEFAULT_ALERT_THRESHOLD unless configured). */
  threshold?: number;
  /** Most list candidates asked per traveller name (default 10). */
  candidatesPerTraveller?: number;
  /** Only these list entries (ids): see MatchOptions.onlyEntries. */
  onlyEntries?: ReadonlySet<string>;
}

const DEFAULT_CANDIDATES = 10;

function reference(traveller: Traveller, index: number): TravellerReference {
  return {
    id: traveller.id,
    index,
    name: travellerName(traveller),
    role: traveller.role,
    dateOfBirth: traveller.dateOfBirth,
    nationality: traveller.nationality,
    bookingId: traveller.bookingId,
    pnrLocator: traveller.pnrLocator,
  };
}

/**
 * The alerting list candidates of one traveller, one per entry and kind (the best when the
 * passport name and the booking name both reach the same entry). Travellers are people:
 * entities, vessels and aircraft stay for rules on booking data.
 */
function listMatches(
  traveller: Traveller,
  index: SubjectMatcher,
  options: ScreenOptions,
): MatchResult[] {
  const best = new Map<string, MatchResult>();
  const matchOptions: MatchOptions = {
    threshold: options.threshold,
    limit: options.candidatesPerTraveller ?? DEFAULT_CANDIDATES,
    alertsOnly: true,
    onlyEntries: options.onlyEntries,
  };
  for (const subject of screeningSubjects(traveller)) {
    for (const result of index.match(subject, matchOptions)) {
      if (!result.alert) continue;
      if (result.kind === 'name' && result.entry.kind !== 'individual') continue;
      const key = `${result.kind}|${result.entry.id}`;
      const seen = best.get(key);
      if (!seen || result.score > seen.score) best.set(key, result);
    }
  }
  return [...best.values()];
}

function listHit(result: MatchResult, traveller: TravellerReference): ScreeningHit {
  const { entry } = result;
  return {
    kind: result.kind,
    severity: listHitSeverity(result.kind, result.score, entry),
    score: result.score,
    traveller,
    entry: {
      id: entry.id,
      list: entry.list,
      names: entry.names.map((name) => name.full),
      category: entry.category,
      programmes: entry.programmes,
    },
    explanation: result.explanation.summary,
    match: result.explanation,
  };
}

export function screen(
  message: NormalisedMessage,
  index: SubjectMatcher | undefined,
  rules: RuleSet | readonly TargetingRule[] | undefined,
  options: ScreenOptions = {},
): ScreenResult {
  const ruleList = (rules === undefined ? [] : 'rules' in rules ? rules.rules : rules).filter(
    (rule) => rule.enabled,
  );
  const facts = ruleList.length > 0 ? messageFacts(message) : undefined;
  const ruleHitCounts = new Map<string, number>();
  const suppressedRuleHits: Record<string, number> = {};
  const hits: ScreeningHit[] = [];

  message.travellers.forEach((traveller, position) => {
    const ref = reference(traveller, position);
    if (index) {
      const listHits = listMatches(traveller, index, options).map((result) => listHit(result, ref));
      listHits.sort(
        (a, b) => severityRank(b.severity) - severityRank(a.severity) || b.score - a.score,
      );
      hits.push(...listHits);
    }
    if (!facts) return;
    const travellerFacts = facts.travellers[position];
    for (const rule of ruleList) {
      const match = evaluateRule(rule, facts.message, travellerFacts);
      if (!match) continue;
      const count = ruleHitCounts.get(rule.id) ?? 0;
      if (count >= rule.maxHitsPerMessage) {
        suppressedRuleHits[rule.id] = (suppressedRuleHits[rule.id] ?? 0) + 1;
        continue;
      }
      ruleHitCounts.set(rule.id, count + 1);
      hits.push({
        kind: 'rule',
        severity: rule.severity,
        score: 1,
        traveller: ref,
        rule: { id: rule.id, name: rule.name, description: rule.description },
        explanation: match.summary,
        conditions: match.conditions,
      });
    }
  });
  return { hits, travellersScreened: message.travellers.length, suppressedRuleHits };
}
