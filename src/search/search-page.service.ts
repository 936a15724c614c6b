import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { formatLanguage } from '../common/i18n/intl-format';
import { filterValues, hrefWith } from '../common/lists/filters';
import { pagedList, pageRequest } from '../common/lists/paged-list';
import { ReferenceDataCache } from '../organisations/reference-data.cache';
import { dayStart, type SearchQuery } from './dto/search.query';
import {
  COUNT_CAP,
  SearchIndex,
  type SearchHit,
  type SearchRequest,
  type SearchResults,
} from './search-index.service';
import { SEARCH_KINDS, type SearchKind } from './search-kind';
import { SearchSources } from './search-sources';

export const SEARCH_PAGE_SIZE = 20;
const FILTERS = ['q', 'kind', 'iwg', 'pillar', 'language', 'from', 'to'] as const;
/** The six official UN languages, offered in the language filter. */
const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** The `/search` page: the request from the filters, the hits as the view draws them. */
@Injectable()
export class SearchPageService {
  constructor(
    private readonly index: SearchIndex,
    private readonly sources: SearchSources,
    private readonly referenceData: ReferenceDataCache,
  ) {}

  async model(actor: Actor, query: SearchQuery) {
    const filters = filterValues(query, FILTERS);
    const paging = pageRequest(query.page, SEARCH_PAGE_SIZE);
    const text = query.q ?? '';
    const results = text
      ? await this.index.search(actor, {
          ...this.filtersOf(query),
          text,
          offset: paging.offset,
          limit: paging.size,
        })
      : null;
    const list = pagedList(results?.hits ?? [], results?.total ?? 0, paging, {
      path: '/search',
      filters,
    });
    const pillars = await this.referenceData.pillars();
    const iwgNames = await this.sources.iwgNames(query.iwg ? [query.iwg] : []);
    const narrowed = Boolean(query.iwg || query.pillar || query.language || query.from || query.to);
    return {
      pageTitle: text ? { key: 'search.titleFor', params: { text } } : { key: 'search.title' },
      searchText: text,
      filters,
      narrowed,
      searched: results !== null,
      nothingToSearch: results !== null && results.query.parts.length === 0,
      total: list.total,
      // Beyond the cap a count is a lower bound, and the page says "at least".
      resultsKey: results?.totalIsMore ? 'search.resultsAtLeast' : 'search.results',
      notAmongFirst: Boolean(results?.totalIsMore && results.total === 0),
      countCap: results?.cap ?? COUNT_CAP,
      tabs: results ? this.tabs(filters, results, query.kind) : [],
      hits: list.items.map((hit) => this.hitView(hit, actor.locale)),
      pagination: list.pagination,
      kinds: SEARCH_KINDS.map((kind) => ({
        value: kind,
        labelKey: `search.kind.${kind}`,
        selected: kind === query.kind,
      })),
      pillars: pillars.map((pillar) => ({
        value: pillar.code,
        label: pillar.name,
        selected: pillar.code === query.pillar,
      })),
      languages: LANGUAGES.map((code) => ({
        value: code,
        label: formatLanguage(code, actor.locale) ?? code,
        selected: code === query.language,
      })),
      iwgs: [...iwgNames].map(([id, name]) => ({ value: String(id), label: name, selected: true })),
    };
  }

  private filtersOf(query: SearchQuery): Omit<SearchRequest, 'text' | 'offset' | 'limit'> {
    const from = query.from ? dayStart(query.from) : undefined;
    const to = query.to ? dayStart(query.to, 1) : undefined;
    if (from === null) throw FormError.field('from', 'search.filter.date');
    if (to === null) throw FormError.field('to', 'search.filter.date');
    return {
      kind: query.kind,
      iwgId: query.iwg,
      pillar: query.pillar,
      language: query.language,
      from,
      to,
    };
  }

  /** "All" and one tab per kind, each with its count ("at least" beyond the cap), keeping the other filters. */
  private tabs(filters: Record<string, string>, results: SearchResults, current?: SearchKind) {
    const { counts, more } = results;
    const all = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const tabKey = (atLeast: boolean) => (atLeast ? 'search.tabAtLeast' : 'search.tab');
    return [
      {
        labelKey: 'search.kind.all',
        tabKey: tabKey(SEARCH_KINDS.some((kind) => more[kind])),
        count: all,
        href: hrefWith('/search', { ...filters, kind: undefined }),
        current: !current,
      },
      ...SEARCH_KINDS.map((kind) => ({
        labelKey: `search.kind.${kind}`,
        tabKey: tabKey(more[kind]),
        count: counts[kind],
        href: hrefWith('/search', { ...filters, kind }),
        current: kind === current,
      })),
    ];
  }

  private hitView(hit: SearchHit, locale: string) {
    const member = hit.kind === 'member';
    return {
      kindLabel: `search.kind.one.${hit.kind}`,
      title: hit.title,
      snippet: hit.snippet,
      url: hit.url,
      date: member ? null : hit.date,
      language: hit.language ? (formatLanguage(hit.language, locale) ?? hit.language) : null,
      tags: member ? [] : hit.tags,
      role: member ? `roles.${hit.tags[0]}` : null,
    };
  }
}
