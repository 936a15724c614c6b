import type { Reaction } from './forum-reaction.entity';

/** One page of a thread's posts as every reader with the same reach sees it. */
export interface CachedPostsPage<Post> {
  readonly posts: readonly Post[];
  /** Reactions per post and kind (who gave them is each reader's own query). */
  readonly counts: ReadonlyMap<number, Partial<Record<Reaction, number>>>;
}

interface Entry<Post> {
  readonly page: CachedPostsPage<Post>;
  readonly storedAt: number;
}

/**
 * Pages of thread posts, kept by thread, content version, page and the reader's reach (the
 * visibility clause the page was read with). The thread row's content version moves with every
 * post, edit, reaction, hiding and split, and every request reads that row anyway, so a page
 * served from here is never older than the database on any instance. The age limit is a
 * backstop for what the version does not follow: an author renamed shows within it.
 *
 * The thread page is the forum's busiest and each query to MariaDB costs a round trip; this
 * leaves the session and the thread row (which brings the reader's own reactions along).
 */
export class ThreadPostsCache<Post> {
  private readonly entries = new Map<string, Entry<Post>>();

  constructor(
    private readonly limit = 500,
    private readonly maxAgeMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  static key(
    threadId: number,
    contentVersion: number,
    offset: number,
    size: number,
    reach: string,
  ): string {
    return `${threadId}:${contentVersion}:${offset}:${size}:${reach}`;
  }

  get(key: string): CachedPostsPage<Post> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Most recently used last, so the oldest are the first to go.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.page;
  }

  set(key: string, page: CachedPostsPage<Post>): void {
    this.entries.delete(key);
    while (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    this.entries.set(key, { page, storedAt: this.now() });
  }

  get size(): number {
    return this.entries.size;
  }
}
