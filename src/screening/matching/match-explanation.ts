import type { EntryName, WatchlistEntry } from '../watchlists/watchlist-entry';
import type { MatchExplanation, MatchResult, QualifierExplanation } from './match-result';
import type { IndexedName } from './name-index';
import { scoreNameTokens, type NameScorerSettings } from './name-scorer';
import { dateOfBirthQualifier, genderQualifier, nationalityQualifier } from './qualifiers';
import type { QueryName } from './query-names';
import type { ScreeningSubject } from './screening-subject';

/** A candidate entry scored (name and qualifiers) before its explanation is built. */
export interface ScoredEntry {
  entry: WatchlistEntry;
  /** The name score alone, before the qualifiers. */
  nameScore: number;
  /** The final score: name score plus the qualifiers' effects, within [0, 1]. */
  score: number;
  /** The traveller's name and the listed name that gave the name score. */
  query: QueryName;
  name: IndexedName;
  qualifiers: QualifierExplanation[];
}

/** Date of birth, nationality and gender compared with one entry (those both sides state). */
export function qualify(subject: ScreeningSubject, entry: WatchlistEntry): QualifierExplanation[] {
  return [
    dateOfBirthQualifier(subject.dateOfBirth, entry.datesOfBirth),
    nationalityQualifier(subject.nationality, entry.nationalities),
    genderQualifier(subject.gender, entry.gender),
  ].filter((qualifier): qualifier is QualifierExplanation => qualifier !== undefined);
}

/** Scores are reported to four decimals. */
function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

function summarise(
  query: string,
  name: EntryName,
  nameScore: number,
  qualifiers: readonly QualifierExplanation[],
): string {
  const parts = [`name "${query}" ~ "${name.full}" (${name.quality}) ${nameScore.toFixed(2)}`];
  for (const qualifier of qualifiers) {
    const sign = qualifier.effect > 0 ? '+' : '';
    parts.push(`${qualifier.reason} (${sign}${qualifier.effect.toFixed(2)})`);
  }
  return parts.join('; ');
}

/** A result without its explanation (MatchOptions.explain false): the name score alone. */
export function bareResult(scored: ScoredEntry, threshold: number): MatchResult {
  return {
    entry: scored.entry,
    kind: 'name',
    score: round(scored.score),
    alert: scored.score >= threshold,
    explanation: { nameScore: round(scored.nameScore), tokens: [], qualifiers: [], summary: '' },
  };
}

/**
 * A name result explained for an analyst: the names compared, each token pair and what it
 * contributed, each qualifier with its reason, and a one-line summary. The pairs and reasons are
 * computed again here, for the returned results only.
 */
export function explainedResult(
  subject: ScreeningSubject,
  scored: ScoredEntry,
  threshold: number,
  settings: NameScorerSettings,
): MatchResult {
  const { pairs } = scoreNameTokens(scored.query.tokens, scored.name.tokens, settings);
  const qualifiers = qualify(subject, scored.entry);
  const explanation: MatchExplanation = {
    queryName: scored.query.text,
    entryName: scored.name.name.full,
    entryNameQuality: scored.name.name.quality,
    nameScore: round(scored.nameScore),
    tokens: pairs,
    qualifiers,
    summary: summarise(scored.query.text, scored.name.name, scored.nameScore, qualifiers),
  };
  return {
    entry: scored.entry,
    kind: 'name',
    score: round(scored.score),
    alert: scored.score >= threshold,
    explanation,
  };
}
