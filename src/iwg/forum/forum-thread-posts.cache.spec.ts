import { ThreadPostsCache } from './forum-thread-posts.cache';

describe('ThreadPostsCache', () => {
  const page = (id: number) => ({ posts: [id], counts: new Map() });

  it('serves a page until the thread content version moves (a new key)', () => {
    const cache = new ThreadPostsCache<number>();
    cache.set(ThreadPostsCache.key(1, 7, 0, 20, 'r'), page(1));
    expect(cache.get(ThreadPostsCache.key(1, 7, 0, 20, 'r'))?.posts).toEqual([1]);
    expect(cache.get(ThreadPostsCache.key(1, 8, 0, 20, 'r'))).toBeUndefined();
    expect(cache.get(ThreadPostsCache.key(1, 7, 0, 20, 'other reach'))).toBeUndefined();
  });

  it('forgets a page past its age limit', () => {
    let now = 1_000;
    const cache = new ThreadPostsCache<number>(10, 30_000, () => now);
    cache.set('k', page(1));
    now += 30_000;
    expect(cache.get('k')).toBeDefined();
    now += 1;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most `limit` pages, dropping the least recently used', () => {
    const cache = new ThreadPostsCache<number>(2);
    cache.set('a', page(1));
    cache.set('b', page(2));
    cache.get('a');
    cache.set('c', page(3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size).toBe(2);
  });
});
