import { keysetPagination, numberedPagination, pageOf, pageRequest } from './paged-list';

describe('paged lists', () => {
  it('reads the page asked for, the first when none, and what to skip', () => {
    expect(pageRequest(undefined, 25)).toEqual({ page: 1, size: 25, offset: 0 });
    expect(pageRequest(3, 25)).toEqual({ page: 3, size: 25, offset: 50 });
  });

  it('keeps the filters in every link, and page 1 without a page parameter', () => {
    const view = numberedPagination({
      path: '/admin/users',
      filters: { q: 'amina', role: '', status: 'active' },
      page: 2,
      size: 10,
      total: 35,
    });
    expect(view.previousHref).toBe('/admin/users?q=amina&status=active');
    expect(view.nextHref).toBe('/admin/users?q=amina&status=active&page=3');
    expect(view.pages.map((p) => [p.number, p.current])).toEqual([
      [1, false],
      [2, true],
      [3, false],
      [4, false],
    ]);
    expect(view.page).toBe(2);
    expect(view.pageCount).toBe(4);
    expect(view.single).toBe(false);
  });

  it('names the page parameter of a second list on the page, keeping the first list’s page', () => {
    const view = numberedPagination({
      path: '/experts',
      filters: { page: 2 },
      param: 'pastPage',
      page: 1,
      size: 10,
      total: 25,
    });
    expect(view.nextHref).toBe('/experts?page=2&pastPage=2');
    expect(view.pages.map((p) => p.href)).toEqual([
      '/experts?page=2',
      '/experts?page=2&pastPage=2',
      '/experts?page=2&pastPage=3',
    ]);
  });

  it('shows the first, the last and the pages near the current one, with gaps', () => {
    const view = numberedPagination({
      path: '/states',
      filters: {},
      page: 10,
      size: 10,
      total: 200,
    });
    expect(view.pages.map((p) => (p.gap ? '…' : p.number))).toEqual([
      1,
      '…',
      8,
      9,
      10,
      11,
      12,
      '…',
      20,
    ]);
  });

  it('draws nothing for one page, and leads back from past the last page', () => {
    expect(
      numberedPagination({ path: '/x', filters: {}, page: 1, size: 10, total: 7 }).single,
    ).toBe(true);
    const past = numberedPagination({ path: '/x', filters: {}, page: 9, size: 10, total: 7 });
    expect(past.single).toBe(false);
    expect(past.previousHref).toBe('/x');
    expect(past.nextHref).toBeNull();
  });

  it('pages rows held in memory', () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    const list = pageOf(rows, pageRequest(3, 50), { path: '/states', filters: { q: 'a' } });
    expect(list.items).toEqual(rows.slice(100));
    expect(list.total).toBe(120);
    expect(list.pagination.previousHref).toBe('/states?q=a&page=2');
  });

  it('draws keyset paging with the same view: newest, newer, older', () => {
    const view = keysetPagination({ newestHref: '/a', newerHref: '/a?after=9', olderHref: null });
    expect(view).toMatchObject({
      firstHref: '/a',
      previousHref: '/a?after=9',
      previousLabel: 'pagination.newer',
      nextHref: null,
      pages: [],
      single: false,
    });
    expect(keysetPagination({ newestHref: null, newerHref: null, olderHref: null }).single).toBe(
      true,
    );
  });
});
