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
import { scoreNameTokens, type NameScore } from './name-scorer';
import { dateOfBirthQualifier, genderQualifier, nationalityQualifier } from './qualifiers';
import type { ScreeningSubject } from './screening-subject';
import type { VariantClasses } from './variant-classes';

export interface WatchlistIndexOptions {
  /** Alert threshold (default DEFAULT_ALERT_THRESHOLD). */
  threshold?: number;
  /** Entry kinds whose names are screened (default: individuals; travellers are people). */
  nameKinds?: ReadonlyArray<WatchlistEntry['kind']>;
  /** Learn spelling variants from the lists' aliases (default true). */
  learnVariants?: boolean;
  /** Names scored in full per query name, after the index ranks candidates (default 24). */
  candidatesPerName?: number;
}

/** One listed name, tokenised once at build time. */
interface IndexedName {
  entry: number;
  name: EntryName;
  tokens: NameToken[];
  /** Name words and numbers (not particles, legal forms, initials). */
  identifying: number;
}

interface DocumentPosting {
  entry: number;
  issuingCountry?: string;
  number: string;
}

/** A posting list longer than this share of all names is too common to rank candidates by. */
const COMMON_POSTING_SHARE = 0.02;
const MIN_COMMON_POSTING = 500;

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
  private readonly postings = new Map<string, number[]>();
  private readonly documents = new Map<string, DocumentPosting[]>();
  private readonly candidatesPerName: number;
  private readonly commonPosting: number;
  private readonly frozenPostings = new Map<string, Int32Array>();
  private accumulator = new Float64Array(0);
  private tokenCredit = new Float64Array(0);

  constructor(versions: readonly WatchlistVersion[], options: WatchlistIndexOptions = {}) {
    this.threshold = options.threshold ?? DEFAULT_ALERT_THRESHOLD;
    this.candidatesPerName = options.candidatesPerName ?? 24;
    this.variants = curatedVariants();
    const nameKinds = new Set(options.nameKinds ?? ['individual']);
    for (const version of versions) {
      for (const entry of version.entries) this.addEntry(entry, nameKinds);
    }
    this.weights.finish();
    if (options.learnVariants ?? true) this.learnVariants();
    this.commonPosting = Math.max(MIN_COMMON_POSTING, this.names.length * COMMON_POSTING_SHARE);
    this.accumulator = new Float64Array(this.names.length);
    this.tokenCredit = new Float64Array(this.names.length);
    // Typed arrays: compact, and fast to walk at query time.
    for (const [key, list] of this.postings) this.frozenPostings.set(key, Int32Array.from(list));
    this.postings.clear();
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
    const results = new Map<number, MatchResult>();
    for (const result of this.matchDocuments(subject, threshold)) {
      results.set(this.entries.indexOf(result.entry), result);
    }
    for (const [entry, result] of this.matchNames(subject, threshold)) {
      const known = results.get(entry);
      if (!known || known.score < result.score) results.set(entry, result);
    }
    return [...results.values()]
      .sort((first, second) => second.score - first.score)
      .slice(0, limit);
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
      const tokens = normaliseName(name.full);
      if (tokens.length === 0) continue;
      const signature = tokens.map((token) => token.source ?? token.text).join(' ');
      if (seen.has(signature)) continue;
      seen.add(signature);
      const id = this.names.length;
      this.names.push({ entry: index, name, tokens, identifying: identifyingCount(tokens) });
      this.weights.addName(tokens);
      for (const key of indexKeys(tokens)) {
        const list = this.postings.get(key);
        if (list) {
          if (list[list.length - 1] !== id) list.push(id);
        } else this.postings.set(key, [id]);
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
  private queryNames(subject: ScreeningSubject): { text: string; tokens: NameToken[] }[] {
    const texts: string[] = [];
    const parts = [subject.givenNames, subject.surname].filter(Boolean).join(' ').trim();
    if (parts) texts.push(parts);
    const full = subject.fullName?.trim();
    if (full) {
      texts.push(full);
      // "LAST, First": also query it in the written order "First LAST".
      const parts = full.split(',');
      if (parts.length === 2 && parts[0].trim() && parts[1].trim()) {
        texts.push(`${parts[1].trim()} ${parts[0].trim()}`);
      }
    }
    const out: { text: string; tokens: NameToken[] }[] = [];
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

  private matchNames(subject: ScreeningSubject, threshold: number): Map<number, MatchResult> {
    const best = new Map<number, { score: NameScore; query: string; name: IndexedName }>();
    for (const query of this.queryNames(subject)) {
      const queryIdentifying = identifyingCount(query.tokens);
      for (const nameId of this.candidates(query.tokens)) {
        const name = this.names[nameId];
        // A one-word listed name (a weak alias such as "Joe") is no evidence against a traveller
        // whose name has more: only a one-word query is compared with it.
        if (name.identifying < 2 && queryIdentifying >= 2) continue;
        const score = scoreNameTokens(query.tokens, name.tokens, this.settings());
        if (score.score <= 0) continue;
        const known = best.get(name.entry);
        if (!known || known.score.score < score.score) {
          best.set(name.entry, { score, query: query.text, name });
        }
      }
    }
    const results = new Map<number, MatchResult>();
    for (const [entryIndex, found] of best) {
      const entry = this.entries[entryIndex];
      const qualifiers = [
        dateOfBirthQualifier(subject.dateOfBirth, entry.datesOfBirth),
        nationalityQualifier(subject.nationality, entry.nationalities),
        genderQualifier(subject.gender, entry.gender),
      ].filter((qualifier): qualifier is QualifierExplanation => qualifier !== undefined);
      const effect = qualifiers.reduce((total, qualifier) => total + qualifier.effect, 0);
      const score = Math.min(1, Math.max(0, found.score.score + effect));
      const explanation: MatchExplanation = {
        queryName: found.query,
        entryName: found.name.name.full,
        entryNameQuality: found.name.name.quality,
        nameScore: round(found.score.score),
        tokens: found.score.pairs,
        qualifiers,
        summary: summarise(found.query, found.name.name, found.score.score, qualifiers),
      };
      results.set(entryIndex, {
        entry,
        kind: 'name',
        score: round(score),
        alert: score >= threshold,
        explanation,
      });
    }
    return results;
  }

  /**
   * Ranks listed names by the weight of the query tokens they share through the index (text,
   * consonant key, or a key one deletion away) and returns the best few. Very common keys
   * (Muhammad's) only rank names already found through a rarer token.
   */
  private candidates(tokens: readonly NameToken[]): number[] {
    const accumulator = this.accumulator;
    const tokenCredit = this.tokenCredit;
    const touched: number[] = [];
    const lookups: { lists: Int32Array[]; factors: number[]; weight: number }[] = [];
    let possible = 0;
    for (const token of tokens) {
      if (token.kind !== 'name' && token.kind !== 'number') continue;
      const weight = this.weights.weight(token);
      possible += weight;
      const lists: Int32Array[] = [];
      const factors: number[] = [];
      for (const [key, factor] of queryKeys(token)) {
        const list = this.frozenPostings.get(key);
        if (list) {
          lists.push(list);
          factors.push(factor);
        }
      }
      if (lists.length === 0) continue;
      // Shortest lists first, so a token's common keys can be skipped once rarer ones found names.
      const order = lists.map((_, position) => position);
      order.sort((first, second) => lists[first].length - lists[second].length);
      lookups.push({
        lists: order.map((position) => lists[position]),
        factors: order.map((position) => factors[position]),
        weight,
      });
    }
    // Rare tokens first; once some names are found, very common keys are skipped: they would
    // touch thousands of names and rank none of them better.
    lookups.sort((first, second) => shortest(first.lists) - shortest(second.lists));
    const credited: number[] = [];
    for (const lookup of lookups) {
      for (let position = 0; position < lookup.lists.length; position += 1) {
        const list = lookup.lists[position];
        const found = touched.length > 0 || credited.length > 0;
        if (list.length > this.commonPosting && found) continue;
        const factor = lookup.factors[position];
        for (let index = 0; index < list.length; index += 1) {
          const id = list[index];
          const known = tokenCredit[id];
          if (known === 0) credited.push(id);
          if (known < factor) tokenCredit[id] = factor;
        }
      }
      for (const id of credited) {
        if (accumulator[id] === 0) touched.push(id);
        accumulator[id] += lookup.weight * tokenCredit[id];
        tokenCredit[id] = 0;
      }
      credited.length = 0;
    }
    let chosen: number[];
    if (touched.length <= this.candidatesPerName) chosen = touched.slice();
    else {
      touched.sort((first, second) => accumulator[second] - accumulator[first]);
      chosen = touched.slice(0, this.candidatesPerName);
    }
    // Names sharing too little of the query cannot reach a useful score.
    const floor = possible * 0.3;
    chosen = chosen.filter((id) => accumulator[id] >= floor);
    for (const id of touched) accumulator[id] = 0;
    return chosen;
  }
}

function identifyingCount(tokens: readonly NameToken[]): number {
  let count = 0;
  for (const token of tokens) if (token.kind === 'name' || token.kind === 'number') count += 1;
  return count;
}

function shortest(lists: Int32Array[]): number {
  return Math.min(...lists.map((list) => list.length));
}

/** Index keys of one listed name: token texts, consonant keys, one-deletion variants of keys. */
function indexKeys(tokens: readonly NameToken[]): string[] {
  const keys: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'name' && token.kind !== 'number') continue;
    keys.push(`t:${token.text}`);
    if (token.source !== undefined) keys.push(`s:${token.source}`);
    if (token.key.length < 2) continue;
    keys.push(`k:${token.key}`);
    for (const deletion of deletions(token.key)) keys.push(`d:${deletion}`);
  }
  return keys;
}

/**
 * What a query token looks up, and how much a hit through each key counts: the same text or
 * original-script word fully, the same consonant key a little less, a key one consonant class
 * away (a typo: deletion on either side, or a substitution meeting at a shared deletion) less.
 */
function queryKeys(token: NameToken): [string, number][] {
  const keys: [string, number][] = [[`t:${token.text}`, 1]];
  if (token.source !== undefined) keys.push([`s:${token.source}`, 1]);
  if (token.key.length < 2) return keys;
  keys.push([`k:${token.key}`, 0.85]);
  keys.push([`d:${token.key}`, 0.6]);
  for (const deletion of deletions(token.key)) {
    keys.push([`k:${deletion}`, 0.6]);
    keys.push([`d:${deletion}`, 0.5]);
  }
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
