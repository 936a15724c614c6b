import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { dialectFor, type FullTextDialect } from './full-text-dialect';
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
  /** Hits of the kind asked for (all kinds when none), among those the actor may see. */
  total: number;
  /** Hits per kind for the same text and filters but the kind: the filter tabs. */
  counts: Record<SearchKind, number>;
  query: ParsedQuery;
}

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

/**
 * The search index of the portal: modules put their documents in (SearchIndex.put, in the same
 * transaction as their own write when they pass its manager) and take them out; a search
 * returns one page of ranked hits the actor may see, the total and the counts per kind, all
 * from the query itself (visibility filtered inside it, never rows dropped afterwards).
 *
 * Rank, the same on SQLite and MariaDB: for each part of the query, TITLE_WEIGHT when the
 * title holds it, plus how often the lead of the text holds it (at most TF_CAP); ties go to
 * the newer document, then the later entry. Counting in the lead rather than the whole text
 * keeps the cost per matching row small and constant (a whole text is up to 60 KB).
 */
@Injectable()
export class SearchIndex {
  private readonly dialect: FullTextDialect;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
  ) {
    this.dialect = dialectFor(dataSource);
  }

  get engine(): 'sqlite' | 'mysql' {
    return this.dialect.engine;
  }

  /** Adds or replaces the entry of (kind, refId). Pass the caller's manager to join its transaction. */
  async put(document: SearchDocument, manager?: EntityManager): Promise<void> {
    await this.putMany([document], manager);
  }

  /** Many documents at once (a reindex, an import): one statement per batch. */
  async putMany(documents: readonly SearchDocument[], manager?: EntityManager): Promise<void> {
    const repository = (manager ?? this.dataSource.manager).getRepository(SearchEntry);
    const { columns } = repository.metadata;
    const key = ['kind', 'refId'];
    const conflict = columns.filter((c) => key.includes(c.propertyPath)).map((c) => c.databaseName);
    const overwrite = columns
      .filter((c) => !c.isPrimary && !key.includes(c.propertyPath))
      .map((c) => c.databaseName);
    for (let start = 0; start < documents.length; start += 200) {
      const rows = documents.slice(start, start + 200).map(entryOf);
      // Not Repository.upsert: it writes the generated ids back into `rows`, and fails when
      // an upsert that updates returns none (inside another statement's subscriber on SQLite).
      await repository
        .createQueryBuilder()
        .insert()
        .values(rows)
        .orUpdate(overwrite, conflict)
        .updateEntity(false)
        .execute();
    }
  }

  async remove(kind: SearchKind, refId: number, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).delete(SearchEntry, { kind, refId });
  }

  async removeAll(kind: SearchKind, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).delete(SearchEntry, { kind });
  }

  async search(actor: Actor, request: SearchRequest): Promise<SearchResults> {
    const query = parseQuery(request.text);
    const counts = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, 0])) as Record<
      SearchKind,
      number
    >;
    if (query.parts.length === 0) return { hits: [], total: 0, counts, query };

    const counted = await this.matching(actor, query, request)
      .select('entry.kind', 'kind')
      .addSelect('COUNT(*)', 'count')
      .groupBy('entry.kind')
      .getRawMany<{ kind: SearchKind; count: number | string }>();
    for (const row of counted) counts[row.kind] = Number(row.count);
    const total = request.kind
      ? counts[request.kind]
      : Object.values(counts).reduce((sum, count) => sum + count, 0);
    if (total === 0 || request.offset >= total) return { hits: [], total, counts, query };

    // Ranked on ids alone (the sorter carries no text), then the page's rows are read.
    const page = this.matching(actor, query, request);
    if (request.kind) page.andWhere('entry.kind = :kind', { kind: request.kind });
    const ranked = await page
      .select('entry.id', 'id')
      .addSelect(this.rankExpression(query, page), 'score')
      .orderBy('score', 'DESC')
      .addOrderBy('entry.date', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .offset(request.offset)
      .limit(request.limit)
      .getRawMany<{ id: number | string; score: number | string }>();
    const entries = new Map(
      (
        await this.dataSource
          .getRepository(SearchEntry)
          .findBy({ id: In(ranked.map((row) => Number(row.id))) })
      ).map((entry) => [entry.id, entry]),
    );
    const rows = ranked.map((row) => ({
      entry: entries.get(Number(row.id))!,
      score: Number(row.score),
    }));
    return { hits: rows.map((row) => hitOf(row.entry, row.score, query)), total, counts, query };
  }

  /** Entries holding every part, that the actor may see, within the filters but the kind. */
  private matching(
    actor: Actor,
    query: ParsedQuery,
    request: SearchRequest,
  ): SelectQueryBuilder<SearchEntry> {
    const builder = this.dataSource
      .getRepository(SearchEntry)
      .createQueryBuilder('entry')
      .where(this.dialect.matchClause('entry'), { match: this.dialect.expression(query) })
      .andWhere(
        this.policy.condition(userOf(actor), VisibilityPolicy.embeddedColumns('entry'), 'entry'),
      );
    if (request.iwgId !== undefined) builder.andWhere('entry.iwgId = :iwg', { iwg: request.iwgId });
    if (request.pillar)
      builder.andWhere('entry.pillars LIKE :pillar', { pillar: `%,${request.pillar},%` });
    if (request.language)
      builder.andWhere('entry.language = :language', { language: request.language });
    if (request.from) builder.andWhere('entry.date >= :from', { from: request.from });
    if (request.to) builder.andWhere('entry.date < :to', { to: request.to });
    return builder;
  }

  private rankExpression(query: ParsedQuery, builder: SelectQueryBuilder<SearchEntry>): string {
    const terms = builder.escape('entry') + '.' + builder.escape('lead_terms');
    const title = builder.escape('entry') + '.' + builder.escape('title_terms');
    const parts = query.parts.map((part, index) => {
      const name = `rank${index}`;
      builder.setParameter(name, part.pattern);
      const frequency = `((LENGTH(${terms}) - LENGTH(REPLACE(${terms}, :${name}, ''))) / ${part.pattern.length})`;
      return (
        `(CASE WHEN INSTR(${title}, :${name}) > 0 THEN ${TITLE_WEIGHT} ELSE 0 END + ` +
        `CASE WHEN ${frequency} > ${TF_CAP} THEN ${TF_CAP} ELSE ${frequency} END)`
      );
    });
    return parts.join(' + ');
  }
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
