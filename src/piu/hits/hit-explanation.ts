import type { MessageRef } from '../../common/i18n/translator';
import type {
  MatchExplanation,
  QualifierExplanation,
  TokenPairExplanation,
} from '../../screening/matching/match-result';
import { QUALIFIER_EFFECTS } from '../../screening/matching/qualifiers';
import type { RawFieldValue } from '../../screening/rules/field-value';
import type { ConditionTrace } from '../../screening/rules/rule-evaluator';
import { fieldKey, operatorKey } from '../rules/rule-criteria-view';

/**
 * The engine's explanation of a hit in the analyst's words: the name score and each pair of
 * words that made it, each check (date of birth, nationality, gender, document) with what it
 * added or took away, and for a rule the conditions that held with the traveller's values.
 * The engine writes its reasons in English for its command line; here each becomes a catalogue
 * key, recognised by the qualifier and its effect (QUALIFIER_EFFECTS), so the page speaks the
 * reader's language.
 */

const TOKEN_METHODS = new Set([
  'equal',
  'variant',
  'initial',
  'skeleton',
  'phonetic',
  'fuzzy',
  'joined',
  'none',
]);

export interface TokenPairView {
  traveller: string;
  entry: string;
  methodKey: string;
  similarity: string;
  weight: string;
  matched: boolean;
}

export interface QualifierView {
  labelKey: string;
  reason: MessageRef;
  effect: string;
  raises: boolean;
  lowers: boolean;
}

export interface ExplanationView {
  score: string;
  nameScore: string | null;
  travellerName: string | null;
  entryName: string | null;
  entryNameQualityKey: string | null;
  tokens: TokenPairView[];
  qualifiers: QualifierView[];
}

/** Scores to two decimals, as the engine's summary writes them. */
export const shownScore = (value: number) => value.toFixed(2);

const signed = (value: number) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(2)}`;

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** The catalogue code of a qualifier's reason. */
export function qualifierReasonCode(qualifier: QualifierExplanation): string {
  const { effect } = qualifier;
  const effects = QUALIFIER_EFFECTS;
  switch (qualifier.qualifier) {
    case 'dob':
      if (near(effect, effects.dobExact)) return 'dob-exact';
      if (near(effect, effects.dobYear))
        return qualifier.reason.includes('swapped') ? 'dob-swapped' : 'dob-year';
      if (near(effect, effects.dobRange)) return 'dob-range';
      if (near(effect, effects.dobSameYearOtherDay)) return 'dob-other-day';
      if (near(effect, effects.dobNearYear)) return 'dob-near-year';
      if (near(effect, effects.dobMismatch)) return 'dob-mismatch';
      return 'dob-unreadable';
    case 'nationality':
      return effect >= 0 ? 'nationality-match' : 'nationality-mismatch';
    case 'gender':
      return effect >= 0 ? 'gender-match' : 'gender-mismatch';
    case 'document':
      return qualifier.reason.includes('issued by') ? 'document-same-issuer' : 'document-listed';
  }
}

function tokenView(pair: TokenPairExplanation): TokenPairView {
  return {
    // Words in capitals, as travel documents print names.
    traveller: pair.query?.toUpperCase() ?? '',
    entry: pair.entry?.toUpperCase() ?? '',
    methodKey: `hits.method.${TOKEN_METHODS.has(pair.method) ? pair.method : 'none'}`,
    similarity: shownScore(pair.similarity),
    weight: shownScore(pair.weight),
    matched: pair.method !== 'none' && pair.similarity > 0,
  };
}

export function explanationView(
  score: number,
  match: MatchExplanation | undefined,
): ExplanationView {
  return {
    score: shownScore(score),
    nameScore: match && match.tokens.length > 0 ? shownScore(match.nameScore) : null,
    travellerName: match?.queryName ?? null,
    entryName: match?.entryName ?? null,
    entryNameQualityKey: match?.entryNameQuality
      ? `hits.nameQuality.${match.entryNameQuality}`
      : null,
    tokens: (match?.tokens ?? []).map(tokenView),
    qualifiers: (match?.qualifiers ?? []).map((qualifier) => ({
      labelKey: `hits.qualifier.${qualifier.qualifier}`,
      reason: { key: `hits.reason.${qualifierReasonCode(qualifier)}` },
      effect: signed(qualifier.effect),
      raises: qualifier.effect > 0,
      lowers: qualifier.effect < 0,
    })),
  };
}

export interface ConditionTraceView {
  negated: boolean;
  field: string;
  fieldKey?: string;
  opKey: string;
  expected: string | MessageRef;
  actual: string | MessageRef;
}

function shownValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(shownValue).join(', ');
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function actualValue(value: RawFieldValue): string | MessageRef {
  if (value === undefined || (Array.isArray(value) && value.length === 0))
    return { key: 'hits.rule.absent' };
  if (typeof value === 'boolean') return { key: `rules.value.${value}` };
  return shownValue(value);
}

/** A rule hit's conditions that held, each with the value the traveller had. */
export function conditionsView(
  conditions: readonly ConditionTrace[] | undefined,
): ConditionTraceView[] {
  return (conditions ?? []).map((trace) => ({
    negated: trace.negated,
    field: trace.field,
    fieldKey: fieldKey(trace.field),
    opKey: operatorKey(trace.op),
    expected:
      typeof trace.expected === 'boolean'
        ? { key: `rules.value.${trace.expected}` }
        : shownValue(trace.expected),
    actual: actualValue(trace.actual),
  }));
}
