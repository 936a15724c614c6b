import { hrefWith } from './filters';

type Filters = Record<string, string | number | null | undefined>;

/** One link of the page row; `gap` stands for the pages left out between two links. */
export interface PageLink {
  number?: number;
  href?: string;
  current?: boolean;
  gap?: boolean;
}

/** What views/partials/pagination.hbs draws. Labels are catalogue keys. */
export interface PaginationView {
  /** The nav's accessible name. */
  label: string;
  firstHref: string | null;
  firstLabel: string;
  previousHref: string | null;
  previousLabel: string;
  nextHref: string | null;
  nextLabel: string;
  pages: PageLink[];
  /** "Page 2 of 7" (numbered lists only). */
  page: number | null;
  pageCount: number | null;
  /** Nothing to draw: everything fits on one page. */
  single: boolean;
}

/** A page of a list: its rows, the total, and the links to the other pages. */
export interface PagedList<T> {
  items: T[];
  total: number;
  pagination: PaginationView;
}

export interface PageRequest {
  page: number;
  size: number;
  /** SQL paging: rows to skip. */
  offset: number;
}

/** The page asked for (1 when none), and what to skip to reach it. */
export function pageRequest(page: number | undefined, size: number): PageRequest {
  const number = page && page > 0 ? page : 1;
  return { page: number, size, offset: (number - 1) * size };
}

/** Pages shown on either side of the current one; the first and last are always shown. */
const AROUND = 2;

/** Where a numbered list's links lead: the page's path, its filters, the page's parameter. */
export interface PageLinkTarget {
  path: string;
  filters: Filters;
  /**
   * The query parameter of the page number, `page` unless told: a page with two paged lists
   * names the second's (`?page=2&pastPage=3`) and keeps each list's page among the filters.
   */
  param?: string;
}

/**
 * Numbered paging: the links keep every filter in the query string, so a page can be
 * bookmarked and works without script. Past the last page, the list is empty but the links
 * still lead back.
 */
export function numberedPagination(
  options: PageLinkTarget & { page: number; size: number; total: number },
): PaginationView {
  const { path, filters, page, size, total } = options;
  const param = options.param ?? 'page';
  const pageCount = Math.max(1, Math.ceil(total / size));
  const href = (number: number) =>
    hrefWith(path, { ...filters, [param]: number === 1 ? undefined : number });
  const pages: PageLink[] = [];
  for (let number = 1; number <= pageCount; number++) {
    const near = Math.abs(number - page) <= AROUND;
    if (number === 1 || number === pageCount || near) {
      pages.push({ number, href: href(number), current: number === page });
    } else if (!pages[pages.length - 1]?.gap) {
      pages.push({ gap: true });
    }
  }
  return {
    label: 'pagination.label',
    firstHref: null,
    firstLabel: 'pagination.first',
    previousHref: page > 1 ? href(Math.min(page - 1, pageCount)) : null,
    previousLabel: 'pagination.previous',
    nextHref: page < pageCount ? href(page + 1) : null,
    nextLabel: 'pagination.next',
    pages,
    page,
    pageCount,
    single: pageCount === 1 && page === 1,
  };
}

/**
 * Keyset paging (a log that grows while it is read): no numbers, only the newest page and
 * the neighbours of this one, drawn by the same partial.
 */
export function keysetPagination(links: {
  newestHref: string | null;
  newerHref: string | null;
  olderHref: string | null;
}): PaginationView {
  return {
    label: 'pagination.label',
    firstHref: links.newestHref,
    firstLabel: 'pagination.newest',
    previousHref: links.newerHref,
    previousLabel: 'pagination.newer',
    nextHref: links.olderHref,
    nextLabel: 'pagination.older',
    pages: [],
    page: null,
    pageCount: null,
    single: !links.newestHref && !links.newerHref && !links.olderHref,
  };
}

/** Rows already in memory (sorted in code), one page of them. */
export function pageOf<T>(
  rows: readonly T[],
  request: PageRequest,
  link: PageLinkTarget,
): PagedList<T> {
  return {
    items: rows.slice(request.offset, request.offset + request.size),
    total: rows.length,
    pagination: numberedPagination({ ...link, ...request, total: rows.length }),
  };
}

/** Rows the database paged (`skip(offset).take(size)` and a count), with their links. */
export function pagedList<T>(
  items: T[],
  total: number,
  request: PageRequest,
  link: PageLinkTarget,
): PagedList<T> {
  return { items, total, pagination: numberedPagination({ ...link, ...request, total }) };
}
