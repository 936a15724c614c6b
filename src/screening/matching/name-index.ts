import type { EntryName, WatchlistEntry } from '../watchlists/watchlist-entry';
import { IdfTokenWeights } from './idf-token-weights';
import { INDEX_TUNING } from './index-tuning';
import { curatedVariants } from './name-matcher';
import {
  exactLookups,
  identifyingCount,
  isIdentifying,
  tokenIndexKeys,
  typoLookups,
  type KeyLookup,
} from './name-index-keys';
import { normaliseName, type NameToken } from './name-normaliser';
import { scoreNameTokens, type NameScorerSettings } from './name-scorer';
import { queryNames, type QueryName } from './query-names';
import type { ScreeningSubject } from './screening-subject';
import type { TokenSimilarity } from './token-similarity';
import type { VariantClasses } from './variant-classes';

/** One listed name, tokenised once at build time. */
export interface IndexedName {
  /** Position of its entry in the order entries were added. */
  entry: number;
  name: EntryName;
  tokens: NameToken[];
  /** Name words and numbers (not particles, legal forms, initials). */
  identifying: number;
  /** Token weights, fixed once the IDF is known. */
  weights: number[];
}

/** An entry's best-scoring listed name against one of the traveller's names. */
export interface NameCandidate {
  score: number;
  query: QueryName;
  name: IndexedName;
}

interface PostingBuilder {
  data: Int32Array;
  length: number;
}

/** A posting list to walk for one query token, with the credit its names earn. */
type Lookup = [list: Int32Array, credit: number];

/**
 * The listed names prepared for screening: every name tokenised, an inverted index from token
 * texts, consonant keys and one-deletion variants of the keys (typos) to names, token weights
 * (IDF) and spelling-variant classes learnt from the aliases. Built in two steps: `add` every
 * entry, then `finish` once; only then can it be queried.
 */
export class NameIndex {
  readonly variants: VariantClasses = curatedVariants();
  readonly weights = new IdfTokenWeights();
  private readonly names: IndexedName[] = [];
  /** Posting lists while building: growable typed arrays (4 bytes a name, not 8). */
  private readonly postings = new Map<string, PostingBuilder>();
  private readonly frozenPostings = new Map<string, Int32Array>();
  private readonly tokens = new Map<string, NameToken[]>();
  private readonly tokenPostings = new Map<NameToken, PostingBuilder[]>();
  private commonPosting = 0;
  private accumulator = new Float64Array(0);
  private tokenCredit = new Float64Array(0);

  constructor(private readonly candidatesPerName: number) {}

  get count(): number {
    return this.names.length;
  }

  /** Files the names of one entry (its position `entry`), each distinct spelling once. */
  add(entry: number, listed: WatchlistEntry): void {
    const seen = new Set<string>();
    for (const name of listed.names) {
      const tokens = normaliseName(name.full).map((token) => this.intern(token));
      if (tokens.length === 0) continue;
      const signature = tokens.map((token) => token.source ?? token.text).join(' ');
      if (seen.has(signature)) continue;
      seen.add(signature);
      const id = this.names.length;
      this.names.push({
        entry,
        name,
        tokens,
        identifying: identifyingCount(tokens),
        weights: [],
      });
      this.weights.addName(tokens);
      for (const token of tokens) {
        for (const list of this.tokenPostings.get(token) ?? []) {
          // Two tokens of one name may share a key: each name once per list.
          if (list.length > 0 && list.data[list.length - 1] === id) continue;
          if (list.length === list.data.length) {
            const grown = new Int32Array(list.data.length * 2);
            grown.set(list.data);
            list.data = grown;
          }
          list.data[list.length] = id;
          list.length += 1;
        }
      }
    }
  }

  /** After the last `add`: fixes the IDF, learns variants, freezes the posting lists. */
  finish(learnVariants: boolean): void {
    this.weights.finish();
    if (learnVariants) this.learnVariants();
    this.commonPosting = Math.min(
      INDEX_TUNING.maxCommonPosting,
      Math.max(INDEX_TUNING.minCommonPosting, this.names.length * INDEX_TUNING.commonPostingShare),
    );
    this.accumulator = new Float64Array(this.names.length);
    this.tokenCredit = new Float64Array(this.names.length);
    // Trimmed to their length; each growable list is dropped as soon as it is copied, so both
    // forms never coexist in full (peak memory on a million-entry list).
    for (const [key, list] of this.postings) {
      this.frozenPostings.set(key, list.data.slice(0, list.length));
      this.postings.delete(key);
    }
    this.tokenPostings.clear();
    const tokenWeights = new Map<NameToken, number>();
    const weightOf = (token: NameToken) => {
      let weight = tokenWeights.get(token);
      if (weight === undefined) {
        weight = this.weights.weight(token);
        tokenWeights.set(token, weight);
      }
      return weight;
    };
    for (const name of this.names) name.weights = name.tokens.map(weightOf);
  }

  /** What the name scorer compares with: the variant classes and the IDF weights. */
  settings(): NameScorerSettings {
    return { variants: this.variants, weights: this.weights };
  }

  /**
   * For each candidate entry, its best listed name against any of the subject's names; only
   * the entries `wanted` accepts (by position) when it is given.
   */
  bestNames(
    subject: ScreeningSubject,
    wanted?: (entry: number) => boolean,
  ): Map<number, NameCandidate> {
    const best = new Map<number, NameCandidate>();
    for (const query of queryNames(subject)) {
      const queryIdentifying = identifyingCount(query.tokens);
      const queryWeights = query.tokens.map((token) => this.weights.weight(token));
      const settings = {
        ...this.settings(),
        memo: query.tokens.map(() => new Map<NameToken, TokenSimilarity>()),
      };
      for (const nameId of this.candidates(query.tokens, queryWeights)) {
        const name = this.names[nameId];
        if (wanted && !wanted(name.entry)) continue;
        // A one-word listed name (a weak alias such as "Joe") is no evidence against a traveller
        // whose name has more: only a one-word query is compared with it.
        if (name.identifying < 2 && queryIdentifying >= 2) continue;
        const { score } = scoreNameTokens(query.tokens, name.tokens, settings, false, [
          queryWeights,
          name.weights,
        ]);
        if (score <= 0) continue;
        const known = best.get(name.entry);
        if (!known || known.score < score) best.set(name.entry, { score, query, name });
      }
    }
    return best;
  }

  /**
   * One shared object per distinct token: a million listed names reuse a few hundred thousand.
   * Each distinct token also gets its posting lists once, so adding a name costs no key strings
   * and no map look-ups.
   */
  private intern(token: NameToken): NameToken {
    const same = this.tokens.get(token.text);
    if (same) {
      for (const known of same) {
        if (
          known.kind === token.kind &&
          known.abjad === token.abjad &&
          known.source === token.source
        ) {
          return known;
        }
      }
    }
    if (same) same.push(token);
    else this.tokens.set(token.text, [token]);
    if (isIdentifying(token)) {
      this.tokenPostings.set(
        token,
        tokenIndexKeys(token).map((key) => {
          let list = this.postings.get(key);
          if (!list) {
            list = { data: new Int32Array(2), length: 0 };
            this.postings.set(key, list);
          }
          return list;
        }),
      );
    }
    return token;
  }

  /**
   * A primary name and an alias of the same length that differ in one or two words' spelling
   * (Abdul Rahman / Abdel Rahman) teach a variant pair. Only close pairs are learnt, so an alias
   * that is another name altogether (a kunya, a nom de guerre) teaches nothing.
   */
  private learnVariants(): void {
    let start = 0;
    while (start < this.names.length) {
      let end = start;
      while (end < this.names.length && this.names[end].entry === this.names[start].entry) end += 1;
      const primary = this.names[start];
      for (let other = start + 1; other < end; other += 1) {
        const alias = this.names[other];
        if (alias.tokens.length !== primary.tokens.length || primary.tokens.length < 2) continue;
        const score = scoreNameTokens(primary.tokens, alias.tokens, this.settings());
        if (score.score < INDEX_TUNING.variantAliasScore) continue;
        for (const pair of score.pairs) {
          if (
            pair.query &&
            pair.entry &&
            pair.method !== 'joined' &&
            pair.method !== 'equal' &&
            pair.similarity >= INDEX_TUNING.variantPairSimilarity &&
            !pair.query.includes(' ')
          ) {
            this.variants.union(pair.query, pair.entry);
          }
        }
      }
      start = end;
    }
  }

  /**
   * Ranks listed names by the weight of the query tokens they share through the index (text,
   * consonant key, or a key one deletion away) and returns the best few. Very common keys
   * (Muhammad's) only rank names already found through a rarer token.
   */
  private candidates(tokens: readonly NameToken[], weights: readonly number[]): number[] {
    const { unusablePosting, candidateFloor } = INDEX_TUNING;
    const commonPosting = this.commonPosting;
    const accumulator = this.accumulator;
    const tokenCredit = this.tokenCredit;
    const touched: number[] = [];
    const credited: number[] = [];
    let possible = 0;
    // Rare tokens first: once some names are found, very common keys are skipped (they would
    // touch thousands of names and rank none of them better).
    const plans = tokens
      .map((token, position) => ({ token, position, ...this.exactLists(token) }))
      .filter((plan) => isIdentifying(plan.token))
      .sort((first, second) => first.shortest - second.shortest);
    let fallback: { list: Int32Array; factor: number; position: number } | undefined;
    for (const plan of plans) {
      const { token, position } = plan;
      possible += weights[position];
      // Tier 1: the same text, original-script word or consonant key. Tier 2, only when tier 1
      // finds nothing: keys one consonant class away (typos).
      const typos = plan.lookups.length === 0;
      const lookups = typos ? this.lists(typoLookups(token)) : plan.lookups;
      lookups.sort((first, second) => first[0].length - second[0].length);
      for (const [list, factor] of lookups) {
        // Typo keys are weak evidence: a common one is never walked.
        if (typos && list.length > commonPosting) continue;
        if (list.length > unusablePosting) {
          if (!fallback || list.length < fallback.list.length)
            fallback = { list, factor, position };
          continue;
        }
        if (list.length > commonPosting && (touched.length > 0 || credited.length > 0)) continue;
        for (let index = 0; index < list.length; index += 1) {
          const id = list[index];
          const known = tokenCredit[id];
          if (known === 0) credited.push(id);
          if (known < factor) tokenCredit[id] = factor;
        }
      }
      for (const id of credited) {
        if (accumulator[id] === 0) touched.push(id);
        accumulator[id] += weights[position] * tokenCredit[id];
        tokenCredit[id] = 0;
      }
      credited.length = 0;
    }
    // Only very common tokens: walk the shortest of their lists rather than find nothing.
    if (touched.length === 0 && fallback) {
      for (let index = 0; index < fallback.list.length; index += 1) {
        const id = fallback.list[index];
        if (accumulator[id] === 0) touched.push(id);
        accumulator[id] = weights[fallback.position] * fallback.factor;
      }
    }
    // Names sharing too little of the query cannot reach a useful score.
    const floor = possible * candidateFloor;
    let chosen = touched.filter((id) => accumulator[id] >= floor);
    if (chosen.length > this.candidatesPerName) {
      chosen.sort((first, second) => accumulator[second] - accumulator[first]);
      chosen = chosen.slice(0, this.candidatesPerName);
    }
    for (const id of touched) accumulator[id] = 0;
    return chosen;
  }

  /** The posting lists of a query token's exact keys, and the length of the shortest. */
  private exactLists(token: NameToken): { lookups: Lookup[]; shortest: number } {
    const lookups = this.lists(exactLookups(token));
    let shortest = Infinity;
    for (const [list] of lookups) if (list.length < shortest) shortest = list.length;
    return { lookups, shortest };
  }

  /** The posting lists of the keys that have one, in the keys' order. */
  private lists(keys: readonly KeyLookup[]): Lookup[] {
    const lookups: Lookup[] = [];
    for (const [key, credit] of keys) {
      const list = this.frozenPostings.get(key);
      if (list) lookups.push([list, credit]);
    }
    return lookups;
  }
}
