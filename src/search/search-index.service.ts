import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import { userOf, type Actor } from '../common/actor/actor';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import type { SearchDocument } from './search-document';
import { SearchEntry } from './search-entry.entity';
import { SEARCH_KINDS, type SearchKind } from './search-kind';
import { highlight, snippet, type Snippet, type TextSegment } from './text/highlight';
import { indexText } from './text/index-term';
import { parseQuery, type ParsedQuery } from './text/search-query';
import { termsOf } from './text/tokens';

/** What a person asks: the text and the filters; dates are whole days (`to` included). */
export interface SearchRequest {
  text: string;
  kind?: SearchKind;
  iwgId?: number;
  pillar?: string;
  language?: string;
  from?: Date;
  to?: Date;
  offset: number;
  limit: number;
}

export interface SearchHit {
  kind: SearchKind;
  refId: number;
  title: TextSegment[];
  snippet: Snippet;
  url: string | null;
  date: Date;
  language: string | null;
  tags: string[];
  pillars: string[];
  iwgId: number | null;
  score: number;
}

export interface SearchResults {
  hits: SearchHit[];
  /**
   * Hits of the kind asked for (all kinds when none), among those the actor may see: the sum
   * of `counts` over those kinds, so at most `cap` per kind (see `more`).
   */
  total: number;
  /** Hits per kind for the same text and filters but the kind (the filter tabs), each at most `cap`. */
  counts: Record<SearchKind, number>;
  /**
   * The kinds whose lead term has more than `cap` rows for this actor and these filters:
   * their count is a lower bound ("at least").
   */
  more: Record<SearchKind, boolean>;
  /** `total` stopped at a cap (a kind it sums has `more`): there are more hits than it says. */
  totalIsMore: boolean;
  /**
   * How many rows of its rarest term per kind this search read at most: COUNT_CAP for a search
   * of one term, CANDIDATE_CAP for several (each candidate costs a look-up per other term).
   */
  cap: number;
  query: ParsedQuery;
}

/**
 * Hits counted per kind at most, for a search of one term (read off the index's key): beyond,
 * the count says "at least".
 */
export const COUNT_CAP = 500;
/**
 * For a search of several terms, the rows of its rarest term read per kind (best first): those
 * whose entry holds every part are the hits, counted and ranked; beyond, "at least".
 */
export const CANDIDATE_CAP = 250;

/** The first 60,000 bytes of body text are kept (MariaDB's TEXT holds 65,535). */
const MAX_BODY_BYTES = 60_000;
const MAX_TERMS = 60_000;
const MAX_TITLE_TERMS = 4_000;
const MAX_LEAD_TERMS = 600;
/**
 * A title holding a part weighs this much; each occurrence in the lead of the text (its first
 * 600 characters of index words) one, up to TF_CAP.
 */
const TITLE_WEIGHT = 10;
const TF_CAP = 5;
/** How far the commonness of a query's words is counted when choosing the one that leads. */
const DF_PROBE = 2_000;
const ENTRY_BATCH = 200;
const TERM_BATCH = 500;

/** One row of `search_term` (SearchTerm), as written. */
type TermRow = [
  term: string,
  kind: string,
  score: number,
  date: Date | string,
  entryId: number,
  level: string,
  regionId: number | null,
  stateId: number | null,
  iwgId: number | null,
  language: string | null,
  pillars: string,
];
const TERM_COLUMNS = [
  'term',
  'kind',
  'score',
  'date',
  'entry_id',
  'visibility_level',
  'visibility_region_id',
  'visibility_state_id',
  'iwg_id',
  'language',
  'pillars',
];

/** How a search reads the index: the word that leads, and what each part adds to the rank. */
interface SearchPlan {
  /** The rarest term of the query: its rows of `search_term` are read in key order. */
  lead: string;
  /** The other terms (words, pairs of characters), each of which an entry must hold. */
  others: string[];
  /** Parts no one term stands for: the entry's `terms` must hold them side by side. */
  phrases: string[];
  /** For each part, the term whose score is its rank, or null (ranked from the entry). */
  rankTerms: (string | null)[];
  /** The query is one term: its rank is the lead's own score, the page comes off the key. */
  oneWord: boolean;
}

/**
 * The search index of the portal: modules put their documents in (SearchIndex.put, in the same
 * transaction as their own write when they pass its manager) and take them out; a search
 * returns one page of ranked hits the actor may see, the counts per kind and the total, all
 * from the query itself (visibility filtered inside it, never rows dropped afterwards).
 *
 * The index is the table `search_term` (SearchTerm), the same on SQLite and MariaDB, written
 * here with each entry: one row per word of the entry, carrying the entry's filter and
 * visibility columns and the word's rank. A search reads the rows of its rarest word, kind by
 * kind, in key order (rank, date, entry), keeps those the actor may see within the filters
 * whose entry holds the other words (and the phrases, side by side), and stops at the page
 * (one term; counts stop at COUNT_CAP + 1) or at CANDIDATE_CAP (several). The same SQL on both
 * engines gives the same hits in the same order.
 *
 * Rank: for each part of the query, TITLE_WEIGHT when the title holds it, plus how often the
 * lead of the text holds it (at most TF_CAP); ties go to the newer document, then the later
 * entry. A word's rank is kept in its row; a phrase's is computed from the entry's
 * `title_terms` and `lead_terms` for the candidates only. Counting in the lead rather than the
 * whole text keeps the rank of a word in its row small and bounded.
 */
@Injectable()
export class SearchIndex {
  readonly engine: 'sqlite' | 'mysql';
  /**
   * COUNT_CAP and CANDIDATE_CAP as this index applies them: a test may lower them to see a
   * small corpus counted and ranked as a large one is (test/search-engines.mariadb.e2e-spec.ts).
   */
  countCap = COUNT_CAP;
  candidateCap = CANDIDATE_CAP;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
  ) {
    const type = dataSource.options.type;
    this.engine = type === 'mysql' || type === 'mariadb' ? 'mysql' : 'sqlite';
  }

  /** Adds or replaces the entry of (kind, refId). Pass the caller's manager to join its transaction. */
  async put(document: SearchDocument, manager?: EntityManager): Promise<void> {
    await this.putMany([document], manager);
  }

  /** Many documents at once (a reindex, an import): a few statements per batch. */
  async putMany(documents: readonly SearchDocument[], manager?: EntityManager): Promise<void> {
    const run = manager ?? this.dataSource.manager;
    const repository = run.getRepository(SearchEntry);
    const { columns } = repository.metadata;
    const key = ['kind', 'refId'];
    const conflict = columns.filter((c) => key.includes(c.propertyPath)).map((c) => c.databaseName);
    const overwrite = columns
      .filter((c) => !c.isPrimary && !key.includes(c.propertyPath))
      .map((c) => c.databaseName);
    // The last of two documents with the same (kind, refId) wins, as it would put one by one.
    const unique = [
      ...new Map(documents.map((document) => [`${document.kind}:${document.refId}`, document])),
    ].map(([, document]) => document);
    const terms: TermRow[] = [];
    for (let start = 0; start < unique.length; start += ENTRY_BATCH) {
      const rows = unique.slice(start, start + ENTRY_BATCH).map(entryOf);
      // Not Repository.upsert: it writes the generated ids back into `rows`, and fails when
      // an upsert that updates returns none (inside another statement's subscriber on SQLite).
      await repository
        .createQueryBuilder()
        .insert()
        .values(rows)
        .orUpdate(overwrite, conflict)
        .updateEntity(false)
        .execute();
      const ids = new Map<string, number>();
      for (const kind of new Set(rows.map((row) => row.kind!))) {
        const stored = await repository.find({
          select: { id: true, refId: true },
          where: {
            kind,
            refId: In(rows.filter((row) => row.kind === kind).map((row) => row.refId!)),
          },
        });
        for (const entry of stored) ids.set(`${kind}:${entry.refId}`, entry.id);
      }
      await this.deleteTerms(run, [...ids.values()]);
      terms.push(
        ...rows.flatMap((row) =>
          termRowsOf(row, ids.get(`${row.kind}:${row.refId}`)!, this.engine),
        ),
      );
    }
    // In key order: each page of the index is then written once per call, not once per row.
    terms.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[4] - b[4]));
    await this.insertTerms(run, terms);
  }

  async remove(kind: SearchKind, refId: number, manager?: EntityManager): Promise<void> {
    const run = manager ?? this.dataSource.manager;
    const entry = await run.findOne(SearchEntry, { select: { id: true }, where: { kind, refId } });
    if (!entry) return;
    await this.deleteTerms(run, [entry.id]);
    await run.delete(SearchEntry, { id: entry.id });
  }

  async removeAll(kind: SearchKind, manager?: EntityManager): Promise<void> {
    const run = manager ?? this.dataSource.manager;
    await run.query(
      `DELETE FROM ${this.q('search_term')} WHERE ${this.q('entry_id')} IN ` +
        `(SELECT ${this.q('id')} FROM ${this.q('search_entry')} WHERE ${this.q('kind')} = ?)`,
      [kind],
    );
    await run.delete(SearchEntry, { kind });
  }

  async search(actor: Actor, asked: SearchRequest): Promise<SearchResults> {
    // Offset and limit are written into the SQL: whole numbers only.
    const request = {
      ...asked,
      offset: Math.max(0, Math.floor(Number(asked.offset) || 0)),
      limit: Math.max(1, Math.floor(Number(asked.limit) || 1)),
    };
    const query = parseQuery(request.text);
    const counts = perKind(0);
    const more = perKind(false);
    if (query.parts.length === 0)
      return { hits: [], total: 0, counts, more, totalIsMore: false, cap: this.countCap, query };

    const plan = await this.plan(query);
    const cap = plan.oneWord ? this.countCap : this.candidateCap;
    const parameters: Record<string, unknown> = {};
    const lead = this.leadClause(plan, actor, request, parameters);
    // How many rows of the lead word each kind has for this actor and these filters, up to
    // cap + 1 (read off the key, no entry touched).
    const examined = await this.run<{ kind: SearchKind; n: number | string }>(
      SEARCH_KINDS.map(
        (kind, index) =>
          `SELECT '${kind}' AS kind, COUNT(*) AS n FROM (SELECT 1 AS one FROM ` +
          `${this.q('search_term')} p WHERE p.${this.q('kind')} = '${kind}' AND ${lead} ` +
          `LIMIT ${cap + 1}) c${index}`,
      ).join(' UNION ALL '),
      parameters,
    );
    for (const row of examined) {
      const count = Number(row.n);
      counts[row.kind] = Math.min(count, cap);
      more[row.kind] = count > cap;
    }
    const kinds = request.kind ? [request.kind] : [...SEARCH_KINDS];
    if (SEARCH_KINDS.every((kind) => counts[kind] === 0))
      return { hits: [], ...this.totals(counts, more, kinds, cap, query) };
    if (plan.oneWord) {
      // Every row of the word is a hit and its score the rank: the page comes off the key.
      const result = this.totals(counts, more, kinds, cap, query);
      if (result.total === 0 || request.offset >= result.total) return { hits: [], ...result };
      const page = kinds
        .filter((kind) => counts[kind] > 0)
        .map(
          (kind, index) =>
            `SELECT * FROM (${this.leadRows(kind, lead, request.offset + request.limit)}) k${index}`,
        )
        .join(' UNION ALL ');
      const ranked = await this.run<{ id: number | string; s: number | string }>(
        `SELECT c.id AS id, c.s AS s FROM (${page}) c ` +
          `ORDER BY c.s DESC, c.d DESC, c.id DESC LIMIT ${request.limit} OFFSET ${request.offset}`,
        parameters,
      );
      return {
        hits: await this.hits(
          ranked.map((row) => ({ id: Number(row.id), score: Number(row.s) })),
          query,
        ),
        ...result,
      };
    }

    // Several parts: the first `cap` rows of the lead word per kind are the candidates;
    // those whose entry holds every part are the hits, counted and ranked here.
    const joins = this.holdsJoins(plan, parameters);
    const score = this.rankExpression(query, plan, parameters);
    const candidates = await this.run<{
      kind: SearchKind;
      id: number | string;
      d: Date | string;
      score: number | string;
    }>(
      SEARCH_KINDS.filter((kind) => counts[kind] > 0)
        .map(
          (kind) =>
            `SELECT '${kind}' AS kind, c.id AS id, c.d AS d, ${score} AS score ` +
            `FROM (${this.leadRows(kind, lead, cap)}) c${joins}`,
        )
        .join(' UNION ALL '),
      parameters,
    );
    for (const kind of SEARCH_KINDS) counts[kind] = 0;
    for (const row of candidates) counts[row.kind] += 1;
    const result = this.totals(counts, more, kinds, cap, query);
    const ranked = candidates
      .filter((row) => kinds.includes(row.kind))
      .map((row) => ({ id: Number(row.id), score: Number(row.score), date: dateKey(row.d) }))
      .sort((a, b) =>
        a.score !== b.score
          ? b.score - a.score
          : a.date !== b.date
            ? a.date < b.date
              ? 1
              : -1
            : b.id - a.id,
      )
      .slice(request.offset, request.offset + request.limit);
    return { hits: await this.hits(ranked, query), ...result };
  }

  private totals(
    counts: Record<SearchKind, number>,
    more: Record<SearchKind, boolean>,
    kinds: readonly SearchKind[],
    cap: number,
    query: ParsedQuery,
  ) {
    return {
      total: kinds.reduce((sum, kind) => sum + counts[kind], 0),
      counts,
      more,
      totalIsMore: kinds.some((kind) => more[kind]),
      cap,
      query,
    };
  }

  /** The page's entries, read by id, as hits in the order given. */
  private async hits(
    ranked: readonly { id: number; score: number }[],
    query: ParsedQuery,
  ): Promise<SearchHit[]> {
    if (ranked.length === 0) return [];
    const entries = new Map(
      (
        await this.dataSource.getRepository(SearchEntry).find({
          // Not the index words: a whole text's can be 60 KB.
          select: {
            id: true,
            kind: true,
            refId: true,
            title: true,
            body: true,
            tags: true,
            language: true,
            pillars: true,
            iwgId: true,
            url: true,
            date: true,
          },
          where: { id: In(ranked.map((row) => row.id)) },
        })
      ).map((entry) => [entry.id, entry]),
    );
    return ranked.map((row) => hitOf(entries.get(row.id)!, row.score, query));
  }

  /** The first `limit` rows of the lead word of one kind, in key order: (id, d: date, s: score). */
  private leadRows(kind: SearchKind, lead: string, limit: number): string {
    const p = (column: string) => `p.${this.q(column)}`;
    return (
      `SELECT ${p('entry_id')} AS id, ${p('date')} AS d, ${p('score')} AS s ` +
      `FROM ${this.q('search_term')} p WHERE ${p('kind')} = '${kind}' AND ${lead} ` +
      `ORDER BY ${p('score')} DESC, ${p('date')} DESC, ${p('entry_id')} DESC LIMIT ${limit}`
    );
  }

  /** The lead word (the rarest, counted up to DF_PROBE; the first of equals), the others and the phrases. */
  private async plan(query: ParsedQuery): Promise<SearchPlan> {
    const units = query.parts.map((part) => termsOfPart(part.pattern));
    const words = [...new Set(units.flatMap((unit) => unit.terms))];
    const phrases = query.parts
      .filter((_, index) => !units[index].exact)
      .map((part) => part.pattern);
    let lead = words[0];
    if (words.length > 1) {
      const parameters: Record<string, unknown> = {};
      const [row] = await this.run<Record<string, number | string>>(
        'SELECT ' +
          words
            .map((word, index) => {
              parameters[`df${index}`] = word;
              return (
                `(SELECT COUNT(*) FROM (SELECT 1 AS one FROM ${this.q('search_term')} ` +
                `WHERE ${this.q('term')} = :df${index} LIMIT ${DF_PROBE}) f${index}) AS df${index}`
              );
            })
            .join(', '),
        parameters,
      );
      let fewest = Infinity;
      words.forEach((word, index) => {
        const count = Number(row[`df${index}`]);
        if (count < fewest) {
          fewest = count;
          lead = word;
        }
      });
    }
    return {
      lead,
      others: words.filter((word) => word !== lead),
      phrases,
      rankTerms: units.map((unit) => (unit.exact ? unit.terms[0] : null)),
      oneWord: words.length === 1 && phrases.length === 0,
    };
  }

  /**
   * The where clause over `search_term p`: rows of the lead word that the actor may see, within
   * the filters but the kind.
   */
  private leadClause(
    plan: SearchPlan,
    actor: Actor,
    request: SearchRequest,
    parameters: Record<string, unknown>,
  ): string {
    const p = (column: string) => `p.${this.q(column)}`;
    const visibility = this.policy.clause(
      userOf(actor),
      {
        level: p('visibility_level'),
        regionId: p('visibility_region_id'),
        stateId: p('visibility_state_id'),
      },
      'visibility',
    );
    Object.assign(parameters, visibility.parameters, { lead: plan.lead });
    const clauses = [`${p('term')} = :lead`, visibility.sql];
    if (request.iwgId !== undefined) {
      clauses.push(`${p('iwg_id')} = :iwg`);
      parameters.iwg = request.iwgId;
    }
    if (request.pillar) {
      clauses.push(`${p('pillars')} LIKE :pillar`);
      parameters.pillar = `%,${request.pillar},%`;
    }
    if (request.language) {
      clauses.push(`${p('language')} = :language`);
      parameters.language = request.language;
    }
    if (request.from) {
      clauses.push(`${p('date')} >= :from`);
      parameters.from = request.from;
    }
    if (request.to) {
      clauses.push(`${p('date')} < :to`);
      parameters.to = request.to;
    }
    return clauses.join(' AND ');
  }

  /**
   * The joins from a candidate `c` to the rows `w0`, `w1` … of the other terms (so the entry
   * holds them all) and, when the query has phrases, to its entry `e` holding each side by side.
   */
  private holdsJoins(plan: SearchPlan, parameters: Record<string, unknown>): string {
    const joins = plan.others.map((word, index) => {
      parameters[`word${index}`] = word;
      const w = `w${index}`;
      return (
        ` JOIN ${this.q('search_term')} ${w} ON ${w}.${this.q('entry_id')} = c.id ` +
        `AND ${w}.${this.q('term')} = :word${index}`
      );
    });
    if (plan.phrases.length > 0)
      joins.push(
        ` JOIN ${this.q('search_entry')} e ON e.${this.q('id')} = c.id AND ` +
          plan.phrases
            .map((phrase, index) => {
              parameters[`phrase${index}`] = phrase;
              return `INSTR(e.${this.q('terms')}, :phrase${index}) > 0`;
            })
            .join(' AND '),
      );
    return joins.join('');
  }

  /**
   * The rank of a candidate `c` (id, s: the lead word's score) as the sum over the parts: a
   * word's score from its row (the lead's is `c.s`), a phrase's from the entry `e`.
   */
  private rankExpression(
    query: ParsedQuery,
    plan: SearchPlan,
    parameters: Record<string, unknown>,
  ): string {
    const lead = `e.${this.q('lead_terms')}`;
    const title = `e.${this.q('title_terms')}`;
    return query.parts
      .map((part, index) => {
        const term = plan.rankTerms[index];
        if (term === plan.lead) return 'c.s';
        if (term !== null) return `w${plan.others.indexOf(term)}.${this.q('score')}`;
        const name = `rank${index}`;
        parameters[name] = part.pattern;
        const frequency = `((LENGTH(${lead}) - LENGTH(REPLACE(${lead}, :${name}, ''))) / ${part.pattern.length})`;
        return (
          `(CASE WHEN INSTR(${title}, :${name}) > 0 THEN ${TITLE_WEIGHT} ELSE 0 END + ` +
          `CASE WHEN ${frequency} > ${TF_CAP} THEN ${TF_CAP} ELSE ${frequency} END)`
        );
      })
      .join(' + ');
  }

  private async deleteTerms(manager: EntityManager, entryIds: number[]): Promise<void> {
    for (let start = 0; start < entryIds.length; start += TERM_BATCH) {
      const ids = entryIds.slice(start, start + TERM_BATCH);
      await manager.query(
        `DELETE FROM ${this.q('search_term')} WHERE ${this.q('entry_id')} IN (${ids.map(() => '?').join(', ')})`,
        ids,
      );
    }
  }

  private async insertTerms(manager: EntityManager, rows: TermRow[]): Promise<void> {
    const columns = TERM_COLUMNS.map((column) => this.q(column)).join(', ');
    const tuple = `(${TERM_COLUMNS.map(() => '?').join(', ')})`;
    for (let start = 0; start < rows.length; start += TERM_BATCH) {
      const batch = rows.slice(start, start + TERM_BATCH);
      await manager.query(
        `INSERT INTO ${this.q('search_term')} (${columns}) VALUES ${batch.map(() => tuple).join(', ')}`,
        batch.flat(),
      );
    }
  }

  private async run<T>(sql: string, parameters: Record<string, unknown>): Promise<T[]> {
    const [escaped, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query<T[]>(escaped, values);
  }

  private q(name: string): string {
    return this.dataSource.driver.escape(name);
  }
}

/** An index word of one character (text/index-term.ts: `zz` and its code point on 4 digits). */
const CHARACTER = /^zz[0-9a-z]{4}$/;

function isCharacter(word: string): boolean {
  return CHARACTER.test(word);
}

/**
 * The terms an entry must hold for a part (its index pattern): its words, or for characters
 * side by side their pairs. `exact`: one term is the part itself (a word, or a pair of two
 * characters), whose row then also gives its rank.
 */
export function termsOfPart(pattern: string): { terms: string[]; exact: boolean } {
  const words = pattern.trim().split(' ');
  if (words.length === 1) return { terms: words, exact: true };
  const terms = new Set<string>();
  const paired = new Set<number>();
  for (let index = 1; index < words.length; index += 1) {
    if (isCharacter(words[index - 1]) && isCharacter(words[index])) {
      terms.add(`${words[index - 1]} ${words[index]}`);
      paired.add(index - 1).add(index);
    }
  }
  words.forEach((word, index) => {
    if (!paired.has(index)) terms.add(word);
  });
  return { terms: [...terms], exact: words.length === 2 && paired.size === 2 };
}

/** A date as the engine returns it (a Date, or SQLite's text), as text that sorts as the date. */
function dateKey(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value.replace(' ', 'T');
}

function perKind<T>(value: T): Record<SearchKind, T> {
  return Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, value])) as Record<SearchKind, T>;
}

/**
 * The rows of `search_term` for an entry: one per distinct word of its `terms`, and one per
 * distinct pair of characters standing side by side (Chinese, Japanese, Korean: a word of two
 * characters, the commonest, is then one term), each with the rank the SQL of a phrase would
 * give it (title, then occurrences in the lead, as REPLACE counts them: apart, left to right).
 */
export function termRowsOf(
  entry: Partial<SearchEntry>,
  entryId: number,
  engine: 'sqlite' | 'mysql',
): TermRow[] {
  const sequence = entry.terms!.split(' ').filter(Boolean);
  const words = new Set(sequence);
  for (let index = 1; index < sequence.length; index += 1)
    if (isCharacter(sequence[index - 1]) && isCharacter(sequence[index]))
      words.add(`${sequence[index - 1]} ${sequence[index]}`);
  const date: Date | string =
    engine === 'sqlite'
      ? (DateUtils.mixedDateToUtcDatetimeString(entry.date) as string)
      : entry.date!;
  const visibility = entry.visibility!;
  return [...words].map((word) => {
    const pattern = ` ${word} `;
    const score =
      (entry.titleTerms!.includes(pattern) ? TITLE_WEIGHT : 0) +
      Math.min(entry.leadTerms!.split(pattern).length - 1, TF_CAP);
    return [
      word,
      entry.kind!,
      score,
      date,
      entryId,
      visibility.level,
      visibility.regionId,
      visibility.stateId,
      entry.iwgId ?? null,
      entry.language ?? null,
      entry.pillars ?? '',
    ];
  });
}

function hitOf(entry: SearchEntry, score: number, query: ParsedQuery): SearchHit {
  return {
    kind: entry.kind,
    refId: entry.refId,
    title: highlight(entry.title, query.terms),
    snippet: snippet(entry.body, query.terms),
    url: entry.url,
    date: entry.date,
    language: entry.language,
    tags: entry.tags ? entry.tags.split(',') : [],
    pillars: entry.pillars.split(',').filter(Boolean),
    iwgId: entry.iwgId,
    score,
  };
}

function entryOf(document: SearchDocument): Partial<SearchEntry> {
  const title = document.title.trim().slice(0, 300);
  const body = cutToBytes(document.body ?? '', MAX_BODY_BYTES);
  const tags = (document.tags ?? []).map((tag) => tag.replace(/,/g, ' ').trim()).filter(Boolean);
  const titleTerms = termsOf(title);
  const textTerms = [
    ...termsOf(tags.join(' ')),
    ...termsOf((document.keywords ?? []).join(' ')),
    ...termsOf(body),
  ];
  return {
    kind: document.kind,
    refId: document.refId,
    title,
    body,
    tags: tags.join(',').slice(0, 500),
    language: document.language ?? null,
    pillars: document.pillars?.length ? `,${document.pillars.join(',')},` : '',
    iwgId: document.iwgId ?? null,
    url: document.url ?? null,
    date: document.date,
    visibility: VisibilityColumns.of(document.visibility.level as VisibilityColumns['level'], {
      regionId: document.visibility.regionId,
      stateId: document.visibility.stateId,
    }),
    titleTerms: indexText(titleTerms, MAX_TITLE_TERMS),
    leadTerms: indexText(textTerms, MAX_LEAD_TERMS),
    terms: indexText([...titleTerms, ...textTerms], MAX_TERMS),
  };
}

/** The longest start of `text` that fits in `bytes` bytes of UTF-8, cut between characters. */
function cutToBytes(text: string, bytes: number): string {
  if (text.length * 3 <= bytes || Buffer.byteLength(text) <= bytes) return text;
  let cut = Buffer.from(text).subarray(0, bytes).toString('utf8');
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  return cut;
}
