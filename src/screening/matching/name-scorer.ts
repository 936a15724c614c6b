import type { TokenPairExplanation } from './match-result';
import { type NameToken } from './name-normaliser';
import { editSimilarity, tokenSimilarity, type TokenSimilarity } from './token-similarity';
import type { TokenWeights } from './token-weights';
import type { VariantClasses } from './variant-classes';

export interface NameScore {
  score: number;
  pairs: TokenPairExplanation[];
}

export interface NameScorerSettings {
  variants: VariantClasses;
  weights: TokenWeights;
  /**
   * Optional memo of token similarities, one map per token of the first name, keyed by the
   * second name's token object: the index compares one query with many listed names that share
   * (interned) tokens.
   */
  memo?: Map<NameToken, TokenSimilarity>[];
}

/** Tunable constants of the name score (see scoreNameTokens). */
export const NAME_SCORE_PARAMETERS = {
  /** Token pairs below this similarity are not aligned: the tokens count as unmatched. */
  minimumPairSimilarity: 0.7,
  /** A joined pair (Jan Daniel / JanDaniel) must be at least this close. */
  minimumJoinSimilarity: 0.86,
  /** Cost of an unmatched token of the shorter name, per unit of weight. */
  shortSidePenalty: 1,
  /** Cost of an unmatched token of the longer name (dropped middle names are common). */
  longSidePenalty: 0.15,
};

interface Candidate {
  first: number[];
  second: number[];
  similarity: number;
  method: string;
}

const MAX_TOKENS = 12;

/**
 * Scores two tokenised names in [0, 1], independent of token order.
 *
 * Tokens are aligned greedily, most similar pair first, each token used once; a token may also
 * align with two or three adjacent tokens of the other name written as one word (Jan Daniel /
 * AnaMaria, Van der Hoek / Vanderhoek, Chen Jian Guo / Chen Jianguo). Each aligned pair earns its
 * similarity times its weight. The score is earned / (aligned weight + unmatched weight of the
 * shorter name + a small share of the longer name's unmatched weight): a name that is contained
 * in the other (dropped middle names) keeps a high score, a name with a token the other lacks
 * (a different surname) drops. `explain: false` skips building the token pairs (the index
 * scores many candidates and explains only the ones it returns).
 */
export function scoreNameTokens(
  first: readonly NameToken[],
  second: readonly NameToken[],
  settings: NameScorerSettings,
  explain = true,
  /** Precomputed weights of both token lists (the index keeps them per listed name). */
  knownWeights?: readonly [readonly number[], readonly number[]],
): NameScore {
  const left = first.length > MAX_TOKENS ? first.slice(0, MAX_TOKENS) : first;
  const right = second.length > MAX_TOKENS ? second.slice(0, MAX_TOKENS) : second;
  if (left.length === 0 || right.length === 0) return { score: 0, pairs: [] };
  const { variants, weights } = settings;
  const candidates: Candidate[] = [];
  // Tokens with a near-certain partner; joins are only tried when some token lacks one.
  const leftStrong = new Array<boolean>(left.length).fill(false);
  const rightStrong = new Array<boolean>(right.length).fill(false);
  for (let i = 0; i < left.length; i += 1) {
    for (let j = 0; j < right.length; j += 1) {
      const memo = settings.memo?.[i];
      let match = memo?.get(right[j]);
      if (match === undefined) {
        match = tokenSimilarity(left[i], right[j], variants);
        memo?.set(right[j], match);
      }
      if (
        match.similarity >= NAME_SCORE_PARAMETERS.minimumPairSimilarity ||
        (match.method === 'initial' && match.similarity > 0)
      ) {
        candidates.push({ first: [i], second: [j], ...match });
        if (match.similarity >= 0.95) {
          leftStrong[i] = true;
          rightStrong[j] = true;
        }
      }
    }
  }
  if (leftStrong.includes(false) || rightStrong.includes(false)) {
    addJoined(left, right, false, candidates, leftStrong, rightStrong);
    addJoined(right, left, true, candidates, rightStrong, leftStrong);
  }
  candidates.sort(
    (a, b) =>
      b.similarity - a.similarity ||
      b.first.length + b.second.length - (a.first.length + a.second.length),
  );

  const usedLeft = new Array<boolean>(left.length).fill(false);
  const usedRight = new Array<boolean>(right.length).fill(false);
  const leftWeights = knownWeights ? knownWeights[0] : left.map((token) => weights.weight(token));
  const rightWeights = knownWeights ? knownWeights[1] : right.map((token) => weights.weight(token));
  const pairs: TokenPairExplanation[] = [];
  let earned = 0;
  let aligned = 0;
  let alignedName = false;
  for (const candidate of candidates) {
    if (anyUsed(candidate.first, usedLeft) || anyUsed(candidate.second, usedRight)) continue;
    let leftWeight = 0;
    let leftIdentifying = false;
    for (const i of candidate.first) {
      usedLeft[i] = true;
      leftWeight += leftWeights[i];
      if (isIdentifying(left[i])) leftIdentifying = true;
    }
    let rightWeight = 0;
    let rightIdentifying = false;
    for (const j of candidate.second) {
      usedRight[j] = true;
      rightWeight += rightWeights[j];
      if (isIdentifying(right[j])) rightIdentifying = true;
    }
    // An initial agreeing with a name leaves that name unconfirmed: the pair weighs as much as
    // the full name, so its partial credit cannot hide the missing spelling.
    const weight =
      candidate.method === 'initial'
        ? Math.max(leftWeight, rightWeight)
        : (leftWeight + rightWeight) / 2;
    earned += candidate.similarity * weight;
    aligned += weight;
    if (leftIdentifying && rightIdentifying) alignedName = true;
    if (!explain) continue;
    pairs.push({
      query: candidate.first.map((i) => left[i].text).join(' '),
      entry: candidate.second.map((j) => right[j].text).join(' '),
      similarity: round(candidate.similarity),
      weight: round(weight),
      method: candidate.second.length + candidate.first.length > 2 ? 'joined' : candidate.method,
    });
  }
  let unmatchedLeft = 0;
  let unmatchedRight = 0;
  left.forEach((token, i) => {
    if (usedLeft[i]) return;
    unmatchedLeft += leftWeights[i];
    if (explain)
      pairs.push({
        query: token.text,
        similarity: 0,
        weight: round(leftWeights[i]),
        method: 'none',
      });
  });
  right.forEach((token, j) => {
    if (usedRight[j]) return;
    unmatchedRight += rightWeights[j];
    if (!explain) return;
    pairs.push({
      entry: token.text,
      similarity: 0,
      weight: round(rightWeights[j]),
      method: 'none',
    });
  });
  if (!alignedName) return { score: 0, pairs };
  const leftShorter = sum(leftWeights) <= sum(rightWeights);
  const [shortUnmatched, longUnmatched] = leftShorter
    ? [unmatchedLeft, unmatchedRight]
    : [unmatchedRight, unmatchedLeft];
  const denominator =
    aligned +
    NAME_SCORE_PARAMETERS.shortSidePenalty * shortUnmatched +
    NAME_SCORE_PARAMETERS.longSidePenalty * longUnmatched;
  const score = denominator > 0 ? earned / denominator : 0;
  // "X bin Y" is X, son of Y: the same words around the connector in the other order name
  // another person (Tariq bin Yusuf / Yusuf bin Tariq).
  return { score: swappedLineage(left, right) ? score * LINEAGE_SWAP_FACTOR : score, pairs };
}

const LINEAGE = new Set(['bin', 'ibn', 'bint', 'ben', 'ould', 'ibnu']);
const LINEAGE_SWAP_FACTOR = 0.7;

function lineage(tokens: readonly NameToken[]): [string, string] | undefined {
  for (let index = 1; index + 1 < tokens.length; index += 1) {
    if (LINEAGE.has(tokens[index].text)) return [tokens[index - 1].text, tokens[index + 1].text];
  }
  return undefined;
}

function swappedLineage(first: readonly NameToken[], second: readonly NameToken[]): boolean {
  const left = lineage(first);
  const right = lineage(second);
  if (!left || !right || left[0] === left[1]) return false;
  return left[0] === right[1] && left[1] === right[0];
}

function anyUsed(indices: readonly number[], used: readonly boolean[]): boolean {
  for (const index of indices) if (used[index]) return true;
  return false;
}

/** Numbers and name words identify; a match on particles or legal forms alone is no match. */
function isIdentifying(token: NameToken): boolean {
  return token.kind === 'name' || token.kind === 'number';
}

/** Candidates where 2 or 3 adjacent tokens of `joinedSide` are one token of `singleSide`. */
function addJoined(
  joinedSide: readonly NameToken[],
  singleSide: readonly NameToken[],
  swapped: boolean,
  candidates: Candidate[],
  joinedStrong: readonly boolean[],
  singleStrong: readonly boolean[],
): void {
  for (let start = 0; start < joinedSide.length - 1; start += 1) {
    let length = 0;
    let helps = false;
    for (let size = 1; size <= 3 && start + size <= joinedSide.length; size += 1) {
      const part = joinedSide[start + size - 1];
      if (part.kind === 'number' || part.kind === 'initial') break;
      length += part.text.length;
      // A join only helps when it covers a token that has no sure partner yet.
      if (!joinedStrong[start + size - 1]) helps = true;
      if (size < 2 || !helps) continue;
      let text: string | undefined;
      for (let j = 0; j < singleSide.length; j += 1) {
        const single = singleSide[j];
        if (singleStrong[j] || single.kind !== 'name') continue;
        if (Math.abs(single.text.length - length) > 2) continue;
        text ??= joinedSide
          .slice(start, start + size)
          .map((token) => token.text)
          .join('');
        // Joined words must be spelled alike: a looser key match would pair unrelated parts.
        const similarity = single.text === text ? 1 : editSimilarity(text, single.text);
        if (similarity < NAME_SCORE_PARAMETERS.minimumJoinSimilarity) continue;
        const indices = Array.from({ length: size }, (_, offset) => start + offset);
        const match = { similarity, method: similarity === 1 ? 'equal' : 'fuzzy' };
        candidates.push(
          swapped
            ? { first: [j], second: indices, ...match }
            : { first: indices, second: [j], ...match },
        );
      }
    }
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
