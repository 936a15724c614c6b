import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { userOf, type Actor } from '../../common/actor/actor';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { RowAccess } from '../../common/visibility/row-access';
import type { VisibilityScope } from '../../common/visibility/visibility-level';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import type { IwgMembership } from '../iwg-access.service';
import { iwgScope } from '../iwg-access.service';
import { Iwg } from '../iwg.entity';
import { ForumCategory } from './forum-category.entity';
import { ForumPost } from './forum-post.entity';
import type { Reaction } from './forum-reaction.entity';
import { ForumThread } from './forum-thread.entity';
import { ThreadPostsCache } from './forum-thread-posts.cache';
import type { WatchLevel } from './forum-watch.entity';
import { hotRead, hotReadIn, ID_LIST, type HotRead, type HotReadIn } from '../../database/hot-read';
import { BoundedMap } from '../../common/caching/bounded';

interface ContextRow {
  iwg_id: number;
  region_id: number;
  iwg_name: string;
  closed_at: unknown;
  participant: 'secretariat' | 'guest' | null;
  chair: number | string;
  id: number | null;
  category_id: number;
  title: string;
  author_id: number;
  pinned: number | boolean;
  locked: number | boolean;
  post_count: number;
  content_version: number;
  last_post_id: number;
  last_post_at: unknown;
  visibility_level: string;
  visibility_region_id: number | null;
  visibility_state_id: number | null;
  category_kind: ForumCategory['kind'];
  pillar_code: string | null;
  category_name: string | null;
  category_position: number;
  last_read_post_id: number | null;
  up_to_post_id: number | null;
  watch_level: WatchLevel | null;
  /** JSON array of `postId:kind` (MySQL may hand it over parsed); absent without the list. */
  own_reactions?: unknown;
}

interface PostRow {
  id: number;
  author_id: number;
  html: string;
  created_at: unknown;
  edited_at: unknown;
  hidden_at: unknown;
  hidden_reason: string | null;
  revision: number;
  attachment_count: number;
  name: string;
  email: string;
  role: string;
}

/** What a thread page needs about the thread, its IWG and the reader, read in one query. */
export interface ThreadPageContext {
  readonly membership: IwgMembership;
  readonly thread: ForumThread;
  readonly category: ForumCategory;
  /** How far the reader has read (their thread mark or the IWG's "mark all read"). */
  readonly lastRead: number;
  readonly watchLevel: WatchLevel;
  /** The thread's content version (ForumThread.contentVersion) as this request read it. */
  readonly contentVersion: number;
  /** The page asked for, and the reader's reach over posts (the policy's clause). */
  readonly at: PageAt;
  /**
   * The reader's reactions (`postId:kind`) among the posts that had reactions when this page
   * was last read, at that content version: read with the context, they are the page's own
   * when the version has not moved since.
   */
  readonly ownReactions?: { readonly contentVersion: number; readonly marks: ReadonlySet<string> };
}

/** A page of a thread as one reader asks for it. */
export interface PageAt {
  readonly offset: number;
  readonly size: number;
  readonly reach: { readonly sql: string; readonly parameters: object; readonly key: string };
}

/** A post as the thread page shows it (its Markdown source only when quoted: postBody). */
export interface ThreadPagePost {
  readonly id: number;
  readonly authorId: number;
  readonly html: string;
  readonly createdAt: Date;
  readonly editedAt: Date | null;
  readonly hiddenAt: Date | null;
  readonly hiddenReason: string | null;
  readonly revision: number;
  readonly attachmentCount: number;
  readonly author: { readonly name: string; readonly email: string; readonly role: string };
}

/** Reactions per post and kind, and whether the reader gave each. */
export type PostReactions = Map<
  number,
  Partial<Record<Reaction, { count: number; mine: boolean }>>
>;

/** One page of posts with the reactions on them. */
export interface ThreadPostsPage {
  readonly posts: readonly ThreadPagePost[];
  readonly reactions: PostReactions;
}

/**
 * The thread page is the forum's busiest page, so its reads are plain SQL built once (no query
 * building per request), like the session read: one query for the IWG, the reader's part in it,
 * the thread, its category and the reader's read and watch marks. The page's posts with their
 * authors (the visibility condition inside the query) and their reaction counts come from
 * ThreadPostsCache while the thread's content version stays. The reader's own reactions come
 * with the context when the cache knows the page's reacted posts (and the version has not moved
 * since), else from a query of their own, only when the page has any reactions. The reads are
 * hot reads (prepared statements on MariaDB/MySQL): a view of a cached page is the session read
 * and this one context read. Access goes through RowAccess exactly as
 * elsewhere: 404 and `access.denied` for another region's IWG or thread.
 */
@Injectable()
export class ForumThreadPageReader {
  private readonly contextRead: HotRead<ContextRow>;
  private readonly contextWithOwnRead: HotReadIn<ContextRow>;
  /** The content version each page (thread, offset, size, reach) was last cached at. */
  private readonly cachedVersion = new BoundedMap<string, number>(2_000);
  private readonly postsSql: string;
  private readonly countsSql: string;
  private readonly mineRead: HotReadIn<{ post_id: number; kind: Reaction }>;
  private readonly bodySql: string;
  private readonly cache = new ThreadPostsCache<ThreadPagePost>();
  private readonly attachmentsSql: string;
  private readonly dates: {
    post: ColumnMetadata;
    edited: ColumnMetadata;
    hidden: ColumnMetadata;
    closed: ColumnMetadata;
    lastPost: ColumnMetadata;
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
    private readonly rows: RowAccess,
  ) {
    const q = (name: string) => dataSource.driver.escape(name);
    // The reader's own reactions ride along when the page's posts are known from the cache:
    // one round trip fewer for every view of a thread with reactions.
    const ownReactions =
      dataSource.options.type === 'better-sqlite3'
        ? `json_group_array(own.post_id || ':' || own.kind)`
        : `JSON_ARRAYAGG(CONCAT(own.post_id, ':', own.kind))`;
    const contextSql = (own: string) =>
      `SELECT i.id AS iwg_id, i.region_id, i.name AS iwg_name, i.closed_at, ` +
      `(SELECT p.kind FROM ${q('iwg_participant')} p WHERE p.iwg_id = i.id AND p.user_id = ?) AS participant, ` +
      `(SELECT COUNT(*) FROM ${q('iwg_position')} x WHERE x.iwg_id = i.id AND x.${q('position')} = 'chair' AND x.state_id = ?) AS chair, ` +
      own +
      `t.id, t.category_id, t.title, t.author_id, t.pinned, t.locked, t.post_count, t.content_version, ` +
      `t.last_post_id, ` +
      `t.last_post_at, t.visibility_level, t.visibility_region_id, t.visibility_state_id, ` +
      `c.kind AS category_kind, c.pillar_code, c.name AS category_name, c.${q('position')} AS category_position, ` +
      `r.last_read_post_id, m.up_to_post_id, w.${q('level')} AS watch_level ` +
      `FROM ${q('iwg')} i ` +
      `LEFT JOIN ${q('forum_thread')} t ON t.id = ? AND t.iwg_id = i.id ` +
      `LEFT JOIN ${q('forum_category')} c ON c.id = t.category_id ` +
      `LEFT JOIN ${q('forum_read_state')} r ON r.thread_id = t.id AND r.user_id = ? ` +
      `LEFT JOIN ${q('forum_read_mark')} m ON m.iwg_id = i.id AND m.user_id = ? ` +
      `LEFT JOIN ${q('forum_watch')} w ON w.user_id = ? AND w.target_type = 'thread' AND w.target_id = t.id ` +
      `WHERE i.id = ?`;
    this.contextRead = hotRead<ContextRow>(dataSource, contextSql(''));
    this.contextWithOwnRead = hotReadIn<ContextRow>(
      dataSource,
      contextSql(
        `(SELECT ${ownReactions} FROM ${q('forum_reaction')} own ` +
          `WHERE own.user_id = ? AND own.post_id IN (${ID_LIST})) AS own_reactions, `,
      ),
    );
    this.postsSql =
      `SELECT p.id, p.author_id, p.html, p.created_at, p.edited_at, p.hidden_at, ` +
      `p.hidden_reason, p.revision, p.attachment_count, u.name, u.email, u.role ` +
      `FROM ${q('forum_post')} p JOIN ${q('user')} u ON u.id = p.author_id ` +
      `WHERE p.thread_id = :threadId AND `;
    this.countsSql =
      `SELECT r.post_id, r.kind, COUNT(*) AS count ` +
      `FROM ${q('forum_reaction')} r WHERE r.post_id IN (${ID_LIST}) GROUP BY r.post_id, r.kind`;
    this.mineRead = hotReadIn(
      dataSource,
      `SELECT r.post_id, r.kind FROM ${q('forum_reaction')} r ` +
        `WHERE r.user_id = ? AND r.post_id IN (${ID_LIST})`,
    );
    this.bodySql = `SELECT p.body, p.hidden_at FROM ${q('forum_post')} p WHERE p.id = ? AND p.thread_id = ?`;
    this.attachmentsSql =
      `SELECT a.post_id, a.resource_id FROM ${q('forum_post_attachment')} a ` +
      `WHERE a.post_id IN (${ID_LIST}) ORDER BY a.post_id, a.${q('position')}`;
    const column = (target: object, property: string) =>
      dataSource.getMetadata(target as never).findColumnWithPropertyName(property)!;
    this.dates = {
      post: column(ForumPost, 'createdAt'),
      edited: column(ForumPost, 'editedAt'),
      hidden: column(ForumPost, 'hiddenAt'),
      closed: column(Iwg, 'closedAt'),
      lastPost: column(ForumThread, 'lastPostAt'),
    };
  }

  /** The thread, its IWG and the reader's part, for the page at `offset` of `size` posts. */
  async context(
    actor: Actor,
    iwgId: number,
    threadId: number,
    offset: number,
    size: number,
  ): Promise<ThreadPageContext> {
    const user = userOf(actor);
    const at: PageAt = { offset, size, reach: this.reach(user) };
    const known = Number.isSafeInteger(threadId) ? this.cachedPage(threadId, at) : undefined;
    const reacted = known?.page.posts.filter((post) => known.page.counts.has(post.id)) ?? [];
    const found =
      Number.isSafeInteger(iwgId) && Number.isSafeInteger(threadId)
        ? await this.readContext(user, iwgId, threadId, reacted)
        : undefined;
    const row = await this.rows.visible(
      actor,
      found,
      (r) => iwgScope({ regionId: Number(r.region_id) }),
      (r) => ({ type: 'iwg', id: Number(r.iwg_id) }),
    );
    if (row.id === null) throw new NotFoundException();
    const visibility: VisibilityScope = {
      level: row.visibility_level,
      regionId: row.visibility_region_id === null ? null : Number(row.visibility_region_id),
      stateId: row.visibility_state_id === null ? null : Number(row.visibility_state_id),
    };
    await this.rows.visible(
      actor,
      row,
      () => visibility,
      () => ({ type: 'forum-thread', id: Number(row.id) }),
    );
    const iwg = Object.assign(new Iwg(), {
      id: Number(row.iwg_id),
      regionId: Number(row.region_id),
      name: row.iwg_name,
      closedAt: this.date(row.closed_at, this.dates.closed),
    });
    const staff = user.role === 'admin' || user.role === 'staff';
    const secretariat = row.participant === 'secretariat';
    const membership: IwgMembership = {
      iwg,
      user,
      staff,
      secretariat,
      guest: row.participant === 'guest',
      moderator: staff || secretariat || Number(row.chair) > 0,
      mayPost: iwg.closedAt === null,
    };
    const thread = Object.assign(new ForumThread(), {
      id: Number(row.id),
      iwgId: iwg.id,
      categoryId: Number(row.category_id),
      title: row.title,
      authorId: Number(row.author_id),
      pinned: Boolean(Number(row.pinned)),
      locked: Boolean(Number(row.locked)),
      postCount: Number(row.post_count),
      lastPostId: Number(row.last_post_id),
      lastPostAt: this.date(row.last_post_at, this.dates.lastPost),
      visibility,
    });
    const category = Object.assign(new ForumCategory(), {
      id: thread.categoryId,
      iwgId: iwg.id,
      kind: row.category_kind,
      pillarCode: row.pillar_code,
      name: row.category_name,
      position: Number(row.category_position),
    });
    return {
      membership,
      thread,
      category,
      lastRead: Math.max(Number(row.last_read_post_id ?? 0), Number(row.up_to_post_id ?? 0)),
      watchLevel: row.watch_level ?? 'normal',
      contentVersion: Number(row.content_version),
      at,
      ownReactions:
        known && reacted.length > 0
          ? { contentVersion: known.contentVersion, marks: ownMarks(row.own_reactions) }
          : undefined,
    };
  }

  /** The context row, with the reader's own reactions among `reacted` when there are any. */
  private async readContext(
    user: AuthenticatedUser,
    iwgId: number,
    threadId: number,
    reacted: readonly ThreadPagePost[],
  ): Promise<ContextRow | undefined> {
    const after = [threadId, user.id, user.id, user.id, iwgId];
    const rows =
      reacted.length > 0
        ? await this.contextWithOwnRead(
            [user.id, user.stateId ?? 0, user.id],
            reacted.map((post) => post.id),
            after,
          )
        : await this.contextRead([user.id, user.stateId ?? 0, ...after]);
    return rows[0];
  }

  /** The reader's reach over posts: the policy's clause, and the cache's key for it. */
  private reach(user: AuthenticatedUser): PageAt['reach'] {
    const clause = this.policy.clause(
      user,
      {
        level: 'p.visibility_level',
        regionId: 'p.visibility_region_id',
        stateId: 'p.visibility_state_id',
      },
      'p',
    );
    return { ...clause, key: `${clause.sql}|${JSON.stringify(clause.parameters)}` };
  }

  /** The page as last cached, whatever the thread's content version is now. */
  private cachedPage(threadId: number, at: PageAt) {
    const contentVersion = this.cachedVersion.get(this.pageKey(threadId, at));
    if (contentVersion === undefined) return undefined;
    const page = this.cache.get(
      ThreadPostsCache.key(threadId, contentVersion, at.offset, at.size, at.reach.key),
    );
    return page && { contentVersion, page };
  }

  private pageKey(threadId: number, at: PageAt): string {
    return `${threadId}:${at.offset}:${at.size}:${at.reach.key}`;
  }

  /**
   * One page of posts with their authors (filtered by the policy inside the query) and their
   * reactions, the reader's own marked.
   */
  async page(
    user: AuthenticatedUser,
    context: Pick<ThreadPageContext, 'thread' | 'contentVersion' | 'at' | 'ownReactions'>,
  ): Promise<ThreadPostsPage> {
    const { offset, size, reach: clause } = context.at;
    const threadId = context.thread.id;
    const key = ThreadPostsCache.key(threadId, context.contentVersion, offset, size, clause.key);
    let shared = this.cache.get(key);
    if (!shared) {
      const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
        `${this.postsSql}${clause.sql} ORDER BY p.id LIMIT ${Math.trunc(size)} OFFSET ${Math.trunc(offset)}`,
        { ...(clause.parameters as Record<string, unknown>), threadId },
      );
      const posts = (await this.dataSource.query<PostRow[]>(sql, parameters)).map((row) =>
        this.post(row),
      );
      shared = { posts, counts: await this.counts(posts.map((post) => post.id)) };
      this.cache.set(key, shared);
      this.cachedVersion.set(this.pageKey(threadId, context.at), context.contentVersion);
    }
    const reacted = shared.posts.filter((post) => shared.counts.has(post.id));
    const mine =
      context.ownReactions?.contentVersion === context.contentVersion
        ? context.ownReactions.marks
        : await this.mine(
            reacted.map((post) => post.id),
            user.id,
          );
    const reactions: PostReactions = new Map();
    for (const [postId, counts] of shared.counts) {
      const entry: Partial<Record<Reaction, { count: number; mine: boolean }>> = {};
      for (const [kind, count] of Object.entries(counts) as [Reaction, number][]) {
        entry[kind] = { count, mine: mine.has(`${postId}:${kind}`) };
      }
      reactions.set(postId, entry);
    }
    return { posts: shared.posts, reactions };
  }

  /** A post's Markdown source, to quote it (null when it is not in the thread or is hidden). */
  async postBody(threadId: number, postId: number): Promise<string | null> {
    if (!Number.isSafeInteger(postId)) return null;
    const [row] = await this.dataSource.query<{ body: string; hidden_at: unknown }[]>(
      this.bodySql,
      [postId, threadId],
    );
    return row && row.hidden_at === null ? row.body : null;
  }

  /** Frozen: pages share it from the cache, and the thread page's fragments key it by identity. */
  private post(row: PostRow): ThreadPagePost {
    return Object.freeze({
      id: Number(row.id),
      authorId: Number(row.author_id),
      html: row.html,
      createdAt: this.date(row.created_at, this.dates.post)!,
      editedAt: this.date(row.edited_at, this.dates.edited),
      hiddenAt: this.date(row.hidden_at, this.dates.hidden),
      hiddenReason: row.hidden_reason,
      revision: Number(row.revision),
      attachmentCount: Number(row.attachment_count),
      author: Object.freeze({ name: row.name, email: row.email, role: row.role }),
    });
  }

  private async counts(postIds: number[]): Promise<Map<number, Partial<Record<Reaction, number>>>> {
    const result = new Map<number, Partial<Record<Reaction, number>>>();
    if (postIds.length === 0) return result;
    const rows = await this.dataSource.query<
      { post_id: number; kind: Reaction; count: number | string }[]
    >(this.countsSql.replace(ID_LIST, postIds.map(() => '?').join(', ')), postIds);
    for (const row of rows) {
      const entry = result.get(Number(row.post_id)) ?? {};
      entry[row.kind] = Number(row.count);
      result.set(Number(row.post_id), entry);
    }
    return result;
  }

  /** `postId:kind` of the reactions the reader gave among the given posts. */
  private async mine(postIds: number[], userId: number): Promise<Set<string>> {
    const rows = await this.mineRead([userId], postIds);
    return new Set(rows.map((row) => `${Number(row.post_id)}:${row.kind}`));
  }

  /** The library resources attached to the given posts, per post in the author's order. */
  async attachments(postIds: readonly number[]): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>();
    const ids = postIds.filter(Number.isSafeInteger);
    if (ids.length === 0) return result;
    const rows = await this.dataSource.query<{ post_id: number; resource_id: number }[]>(
      this.attachmentsSql.replace(ID_LIST, ids.map(() => '?').join(', ')),
      ids,
    );
    for (const row of rows) {
      const list = result.get(Number(row.post_id)) ?? [];
      list.push(Number(row.resource_id));
      result.set(Number(row.post_id), list);
    }
    return result;
  }

  private date(value: unknown, column: ColumnMetadata): Date | null {
    if (value === null || value === undefined) return null;
    return this.dataSource.driver.prepareHydratedValue(value, column) as Date;
  }
}

/** The `postId:kind` marks of the context's own-reactions column (a JSON array, or NULL). */
function ownMarks(value: unknown): Set<string> {
  const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return new Set(Array.isArray(list) ? list.map(String) : []);
}
