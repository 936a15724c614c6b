import type { EntryName, WatchlistEntry, WatchlistVersion } from '../watchlists/watchlist-entry';
import { normaliseDocumentNumber } from './document-number';
import { IdfTokenWeights } from './idf-token-weights';
import type {
  MatchExplanation,
  MatchOptions,
  MatchResult,
  QualifierExplanation,
} from './match-result';
import { DEFAULT_ALERT_THRESHOLD } from './match-thresholds';
import { curatedVariants } from './name-matcher';
import { normaliseName, type NameToken } from './name-normaliser';
import { scoreNameTokens } from './name-scorer';
import {
  dateOfBirthQualifier,
  genderQualifier,
  nationalityQualifier,
  withoutReasons,
} from './qualifiers';
import type { ScreeningSubject } from './screening-subject';
import type { TokenSimilarity } from './token-similarity';
import type { VariantClasses } from './variant-classes';

export interface WatchlistIndexOptions {
  /** Alert threshold (default DEFAULT_ALERT_THRESHOLD). */
  threshold?: number;
  /** Entry kinds whose names are screened (default: individuals; travellers are people). */
  nameKinds?: ReadonlyArray<WatchlistEntry['kind']>;
  /** Learn spelling variants from the lists' aliases (default true). */
  learnVariants?: boolean;
  /**
   * Names scored in full per query name, after the index ranks candidates (default 6). Full
   * scoring is most of the time per traveller: 6 instead of 10 runs the 100,000-record `match`
   * about 30 % faster, for 2 of the 683 UN positives (recall 99.56 → 99.27 %) — both figures
   * still above their floors, which the data suite guards.
   */
  candidatesPerName?: number;
}

/** One listed name, tokenised once at build time. */
interface IndexedName {
  entry: number;
  name: EntryName;
  tokens: NameToken[];
  /** Name words and numbers (not particles, legal forms, initials). */
  identifying: number;
  /** Token weights, fixed once the IDF is known. */
  weights: number[];
}

interface PostingBuilder {
  data: Int32Array;
  length: number;
}

interface QueryName {
  text: string;
  tokens: NameToken[];
}

/** A candidate entry scored before its explanation is built. */
interface ScoredEntry {
  entry: number;
  nameScore: number;
  score: number;
  query: QueryName;
  name: IndexedName;
  qualifiers: QualifierExplanation[];
}

interface DocumentPosting {
  entry: number;
  issuingCountry?: string;
  number: string;
}

/** A posting list longer than this share of all names is too common to rank candidates by. */
const COMMON_POSTING_SHARE = 0.01;
const MIN_COMMON_POSTING = 300;
const MAX_COMMON_POSTING = 1000;
/**
 * A list longer than this is walked only when nothing else finds a name: on a list of millions a
 * two-consonant key is shared by tens of thousands of names and says nothing. The query's rarer
 * tokens find the candidates.
 */
const UNUSABLE_POSTING = 3000;
/** A candidate must share at least this share of the query's token weight through the index. */
const CANDIDATE_FLOOR = 0.4;

/**
 * The watchlists prepared for screening: every name of every screened entry tokenised, an
 * inverted index from token texts, consonant keys and one-deletion variants of the keys (typos)
 * to names, token weights (IDF) and spelling-variant classes learnt from the aliases, and an
 * index of document numbers. `match` ranks candidates from the index (never a scan of all
 * entries), scores the best ones in full and explains each score.
 */
export class WatchlistIndex {
  readonly threshold: number;
  readonly variants: VariantClasses;
  readonly weights = new IdfTokenWeights();
  private readonly entries: WatchlistEntry[] = [];
  private readonly names: IndexedName[] = [];
  /** Posting lists while building: growable typed arrays (4 bytes a name, not 8). */
  private readonly postings = new Map<string, PostingBuilder>();
  private readonly documents = new Map<string, DocumentPosting[]>();
  private readonly candidatesPerName: number;
  private readonly commonPosting: number;
  private readonly frozenPostings = new Map<string, Int32Array>();
  private readonly tokens = new Map<string, NameToken[]>();
  private readonly tokenPostings = new Map<NameToken, PostingBuilder[]>();
  private accumulator = new Float64Array(0);
  private tokenCredit = new Float64Array(0);

  constructor(versions: readonly WatchlistVersion[], options: WatchlistIndexOptions = {}) {
    this.threshold = options.threshold ?? DEFAULT_ALERT_THRESHOLD;
    this.candidatesPerName = options.candidatesPerName ?? 6;
    this.variants = curatedVariants();
    const nameKinds = new Set(options.nameKinds ?? ['individual']);
    for (const version of versions) {
      for (const entry of version.entries) this.addEntry(entry, nameKinds);
    }
    this.weights.finish();
    if (options.learnVariants ?? true) this.learnVariants();
    this.commonPosting = Math.min(
      MAX_COMMON_POSTING,
      Math.max(MIN_COMMON_POSTING, this.names.length * COMMON_POSTING_SHARE),
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

  get entryCount(): number {
    return this.entries.length;
  }

  get nameCount(): number {
    return this.names.length;
  }

  /** Candidates for one traveller, best first: document hits, then names. */
  match(subject: ScreeningSubject, options: MatchOptions = {}): MatchResult[] {
    const threshold = options.threshold ?? this.threshold;
    const limit = options.limit ?? 10;
    const documents = this.matchDocuments(subject, threshold).filter(
      (result) => !options.alertsOnly || result.alert,
    );
    const found = new Set(documents.map((result) => result.entry));
    const names = this.scoreNames(subject).filter(
      (scored) =>
        !found.has(this.entries[scored.entry]) &&
        (!options.alertsOnly || scored.score >= threshold),
    );
    // Explanations are built only for what is returned.
    const results = [
      ...documents,
      ...names
        .slice(0, limit)
        .map((scored) =>
          options.explain === false
            ? this.bare(scored, threshold)
            : this.explain(subject, scored, threshold),
        ),
    ];
    return results.sort((first, second) => second.score - first.score).slice(0, limit);
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

  private addEntry(entry: WatchlistEntry, nameKinds: ReadonlySet<string>): void {
    const index = this.entries.length;
    this.entries.push(entry);
    for (const document of entry.documents) {
      const number = normaliseDocumentNumber(document.number);
      if (number.length < 4) continue;
      const posting: DocumentPosting = { entry: index, number: document.number };
      if (document.issuingCountry) posting.issuingCountry = document.issuingCountry;
      const list = this.documents.get(number);
      if (list) list.push(posting);
      else this.documents.set(number, [posting]);
    }
    if (!nameKinds.has(entry.kind)) return;
    const seen = new Set<string>();
    for (const name of entry.names) {
      const tokens = normaliseName(name.full).map((token) => this.intern(token));
      if (tokens.length === 0) continue;
      const signature = tokens.map((token) => token.source ?? token.text).join(' ');
      if (seen.has(signature)) continue;
      seen.add(signature);
      const id = this.names.length;
      this.names.push({
        entry: index,
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
        if (score.score < 0.8) continue;
        for (const pair of score.pairs) {
          if (
            pair.query &&
            pair.entry &&
            pair.method !== 'joined' &&
            pair.method !== 'equal' &&
            pair.similarity >= 0.7 &&
            !pair.query.includes(' ')
          ) {
            this.variants.union(pair.query, pair.entry);
          }
        }
      }
      start = end;
    }
  }

  private settings() {
    return { variants: this.variants, weights: this.weights };
  }

  private matchDocuments(subject: ScreeningSubject, threshold: number): MatchResult[] {
    const results: MatchResult[] = [];
    for (const document of subject.documents ?? []) {
      const number = normaliseDocumentNumber(document.number);
      for (const posting of this.documents.get(number) ?? []) {
        const country = document.issuingCountry?.toUpperCase();
        if (country && posting.issuingCountry && country !== posting.issuingCountry) continue;
        // Same number and same issuer is decisive; with one issuer unknown it is still strong.
        const decisive = Boolean(country && posting.issuingCountry);
        const score = decisive ? 1 : 0.9;
        const reason = decisive
          ? `document ${posting.number} issued by ${posting.issuingCountry} is listed`
          : `document number ${posting.number} is listed (issuing country not stated on both sides)`;
        const entry = this.entries[posting.entry];
        results.push({
          entry,
          kind: 'document',
          score,
          alert: score >= threshold,
          explanation: {
            nameScore: 0,
            tokens: [],
            qualifiers: [{ qualifier: 'document', effect: score, reason }],
            summary: reason,
          },
        });
      }
    }
    return results;
  }

  /** Names of the subject worth querying: the parts joined, and the full name when different. */
  private queryNames(subject: ScreeningSubject): QueryName[] {
    const texts: string[] = [];
    const parts = [subject.givenNames, subject.surname].filter(Boolean).join(' ').trim();
    if (parts) texts.push(parts);
    const full = subject.fullName?.trim();
    // The full name is queried too unless it is the parts written out again.
    if (full && simplify(full) !== simplify(parts)) {
      texts.push(full);
      // "LAST, First": also query it in the written order "First LAST".
      const parts = full.split(',');
      if (parts.length === 2 && parts[0].trim() && parts[1].trim()) {
        texts.push(`${parts[1].trim()} ${parts[0].trim()}`);
      }
    }
    const out: QueryName[] = [];
    const seen = new Set<string>();
    for (const text of texts) {
      const tokens = normaliseName(text);
      const signature = tokens
        .map((token) => token.text)
        .sort()
        .join(' ');
      if (tokens.length === 0 || seen.has(signature)) continue;
      seen.add(signature);
      out.push({ text, tokens });
    }
    return out;
  }

  /** Every candidate entry's best name score with its qualifiers, best first (no explanation). */
  private scoreNames(subject: ScreeningSubject): ScoredEntry[] {
    const best = new Map<number, { score: number; query: QueryName; name: IndexedName }>();
    for (const query of this.queryNames(subject)) {
      const queryIdentifying = identifyingCount(query.tokens);
      const queryWeights = query.tokens.map((token) => this.weights.weight(token));
      const settings = {
        ...this.settings(),
        memo: query.tokens.map(() => new Map<NameToken, TokenSimilarity>()),
      };
      for (const nameId of this.candidates(query.tokens, queryWeights)) {
        const name = this.names[nameId];
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
    const scored: ScoredEntry[] = [];
    for (const [entryIndex, found] of best) {
      const entry = this.entries[entryIndex];
      const qualifiers = withoutReasons(() => qualify(subject, entry));
      const effect = qualifiers.reduce((total, qualifier) => total + qualifier.effect, 0);
      scored.push({
        entry: entryIndex,
        nameScore: found.score,
        score: Math.min(1, Math.max(0, found.score + effect)),
        query: found.query,
        name: found.name,
        qualifiers,
      });
    }
    return scored.sort((first, second) => second.score - first.score);
  }

  /** A result without its explanation (MatchOptions.explain false). */
  private bare(scored: ScoredEntry, threshold: number): MatchResult {
    return {
      entry: this.entries[scored.entry],
      kind: 'name',
      score: round(scored.score),
      alert: scored.score >= threshold,
      explanation: { nameScore: round(scored.nameScore), tokens: [], qualifiers: [], summary: '' },
    };
  }

  private explain(subject: ScreeningSubject, scored: ScoredEntry, threshold: number): MatchResult {
    const { pairs } = scoreNameTokens(scored.query.tokens, scored.name.tokens, this.settings());
    const qualifiers = qualify(subject, this.entries[scored.entry]);
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
      entry: this.entries[scored.entry],
      kind: 'name',
      score: round(scored.score),
      alert: scored.score >= threshold,
      explanation,
    };
  }

  /**
   * Ranks listed names by the weight of the query tokens they share through the index (text,
   * consonant key, or a key one deletion away) and returns the best few. Very common keys
   * (Muhammad's) only rank names already found through a rarer token.
   */
  private candidates(tokens: readonly NameToken[], weights: readonly number[]): number[] {
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
      const lookups = typos ? this.typoLists(token) : plan.lookups;
      lookups.sort((first, second) => first[0].length - second[0].length);
      for (const [list, factor] of lookups) {
        // Typo keys are weak evidence: a common one is never walked.
        if (typos && list.length > this.commonPosting) continue;
        if (list.length > UNUSABLE_POSTING) {
          if (!fallback || list.length < fallback.list.length)
            fallback = { list, factor, position };
          continue;
        }
        if (list.length > this.commonPosting && (touched.length > 0 || credited.length > 0))
          continue;
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
    const floor = possible * CANDIDATE_FLOOR;
    let chosen = touched.filter((id) => accumulator[id] >= floor);
    if (chosen.length > this.candidatesPerName) {
      chosen.sort((first, second) => accumulator[second] - accumulator[first]);
      chosen = chosen.slice(0, this.candidatesPerName);
    }
    for (const id of touched) accumulator[id] = 0;
    return chosen;
  }

  private exactLists(token: NameToken): { lookups: [Int32Array, number][]; shortest: number } {
    const lookups: [Int32Array, number][] = [];
    let shortest = Infinity;
    const add = (key: string, factor: number) => {
      const list = this.frozenPostings.get(key);
      if (!list) return;
      lookups.push([list, factor]);
      if (list.length < shortest) shortest = list.length;
    };
    add(`t:${token.text}`, 1);
    if (token.source !== undefined) add(`s:${token.source}`, 1);
    if (token.key.length >= 2) add(`k:${token.key}`, 0.85);
    return { lookups, shortest };
  }

  private typoLists(token: NameToken): [Int32Array, number][] {
    const lookups: [Int32Array, number][] = [];
    if (token.key.length < 2) return lookups;
    const add = (key: string, factor: number) => {
      const list = this.frozenPostings.get(key);
      if (list) lookups.push([list, factor]);
    };
    // The query lacks a class the listed key has, has one too many, or has another one.
    add(`d:${token.key}`, 0.6);
    for (const deletion of deletions(token.key)) {
      add(`k:${deletion}`, 0.6);
      add(`d:${deletion}`, 0.5);
    }
    return lookups;
  }
}

function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s,.]+/g, ' ')
    .trim();
}

/** Date of birth, nationality and gender compared with one entry (those both sides state). */
function qualify(subject: ScreeningSubject, entry: WatchlistEntry): QualifierExplanation[] {
  return [
    dateOfBirthQualifier(subject.dateOfBirth, entry.datesOfBirth),
    nationalityQualifier(subject.nationality, entry.nationalities),
    genderQualifier(subject.gender, entry.gender),
  ].filter((qualifier): qualifier is QualifierExplanation => qualifier !== undefined);
}

function isIdentifying(token: NameToken): boolean {
  return token.kind === 'name' || token.kind === 'number';
}

function identifyingCount(tokens: readonly NameToken[]): number {
  let count = 0;
  for (const token of tokens) if (isIdentifying(token)) count += 1;
  return count;
}

/** Index keys of one listed token: its text, original-script word, consonant key and deletions. */
function tokenIndexKeys(token: NameToken): string[] {
  const keys = [`t:${token.text}`];
  if (token.source !== undefined) keys.push(`s:${token.source}`);
  if (token.key.length < 2) return keys;
  keys.push(`k:${token.key}`);
  // Deletions of three-class keys are two-class keys shared by thousands of names: not indexed.
  if (token.key.length >= 4)
    for (const deletion of deletions(token.key)) keys.push(`d:${deletion}`);
  return keys;
}

/** The key with one class removed, for keys long enough that the rest still identifies. */
function deletions(key: string): string[] {
  if (key.length < 3) return [];
  const out = new Set<string>();
  for (let index = 0; index < key.length; index += 1) {
    out.add(key.slice(0, index) + key.slice(index + 1));
  }
  return [...out];
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

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
