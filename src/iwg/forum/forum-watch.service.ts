import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { mayUse } from '../../common/areas/area';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { IWG_AREA } from '../iwg.area';
import type { VisibilityScope } from '../../common/visibility/visibility-level';
import { UsersService } from '../../users/users.service';
import type { ForumThread } from './forum-thread.entity';
import { ForumWatch, type WatchLevel, type WatchTarget } from './forum-watch.entity';

/** Why a member hears of a new post: the notifications module turns each into a notification. */
export type RecipientReason = 'mention' | 'reply' | 'watching';

export interface PostRecipient {
  readonly userId: number;
  readonly reason: RecipientReason;
}

/** What a new post is, for working out who hears of it. */
export interface NewPostFacts {
  readonly authorId: number;
  readonly thread: Pick<ForumThread, 'id' | 'iwgId' | 'categoryId' | 'visibility'>;
  /** Members the post mentions (resolved from @handles). */
  readonly mentionedUserIds: readonly number[];
  /** The author of the post this one replies to or quotes, if any. */
  readonly repliedToUserId: number | null;
}

/**
 * Watching levels per member for an IWG, a category and a thread, and who hears of a new post.
 * The nearest choice wins: thread, then category, then IWG; none at all is `normal`.
 */
@Injectable()
export class ForumWatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly policy: VisibilityPolicy,
  ) {}

  async levelOf(userId: number, targetType: WatchTarget, targetId: number): Promise<WatchLevel> {
    const row = await this.dataSource
      .getRepository(ForumWatch)
      .findOneBy({ userId, targetType, targetId });
    return row?.level ?? 'normal';
  }

  async set(
    userId: number,
    targetType: WatchTarget,
    targetId: number,
    level: WatchLevel,
  ): Promise<void> {
    await this.dataSource
      .getRepository(ForumWatch)
      .upsert({ userId, targetType, targetId, level }, ['userId', 'targetType', 'targetId']);
  }

  /** Starting or replying to a thread watches it, unless the member chose otherwise there. */
  async watchOnPost(userId: number, threadId: number): Promise<void> {
    await this.dataSource
      .getRepository(ForumWatch)
      .createQueryBuilder()
      .insert()
      .values({ userId, targetType: 'thread', targetId: threadId, level: 'watching' })
      .orIgnore()
      .execute();
  }

  /** Each member's effective level for one thread, for those who set one anywhere above it. */
  async effectiveLevels(
    thread: Pick<ForumThread, 'id' | 'iwgId' | 'categoryId'>,
  ): Promise<Map<number, WatchLevel>> {
    const rows = await this.dataSource
      .getRepository(ForumWatch)
      .createQueryBuilder('w')
      .where('(w.targetType = :iwg AND w.targetId = :iwgId)', { iwg: 'iwg', iwgId: thread.iwgId })
      .orWhere('(w.targetType = :category AND w.targetId = :categoryId)', {
        category: 'category',
        categoryId: thread.categoryId,
      })
      .orWhere('(w.targetType = :thread AND w.targetId = :threadId)', {
        thread: 'thread',
        threadId: thread.id,
      })
      .getMany();
    const rank: Record<WatchTarget, number> = { iwg: 0, category: 1, thread: 2 };
    const chosen = new Map<number, { rank: number; level: WatchLevel }>();
    for (const row of rows) {
      const current = chosen.get(row.userId);
      if (!current || rank[row.targetType] > current.rank)
        chosen.set(row.userId, { rank: rank[row.targetType], level: row.level });
    }
    return new Map([...chosen].map(([userId, { level }]) => [userId, level]));
  }

  /**
   * Who hears of a new post, and why (one reason each, the strongest: a mention, then a reply
   * to their post, then watching). Never the author; never a member who muted the thread (or
   * its category or IWG, with nothing nearer); never someone the visibility policy does not let
   * see the thread. The notifications module is called with this list.
   */
  async recipientsForNewPost(facts: NewPostFacts): Promise<PostRecipient[]> {
    const levels = await this.effectiveLevels(facts.thread);
    const reasons = new Map<number, RecipientReason>();
    const add = (userId: number, reason: RecipientReason) => {
      if (userId === facts.authorId || reasons.has(userId)) return;
      if (levels.get(userId) === 'muted') return;
      reasons.set(userId, reason);
    };
    for (const userId of facts.mentionedUserIds) add(userId, 'mention');
    if (facts.repliedToUserId !== null) add(facts.repliedToUserId, 'reply');
    for (const [userId, level] of levels) if (level === 'watching') add(userId, 'watching');
    const scope: VisibilityScope = facts.thread.visibility;
    const mayRead = await this.whoMaySee([...reasons.keys()], scope);
    return [...reasons]
      .filter(([userId]) => mayRead.has(userId))
      .map(([userId, reason]) => ({ userId, reason }));
  }

  /** The users among `userIds` (active ones) whom the visibility policy lets see `scope`. */
  async whoMaySee(userIds: number[], scope: VisibilityScope): Promise<Set<number>> {
    const allowed = new Set<number>();
    for (const userId of userIds) {
      const user = await this.users.findAuthenticated(userId);
      if (user && mayUse(IWG_AREA, user.role) && this.policy.canSee(user, scope))
        allowed.add(userId);
    }
    return allowed;
  }

  /** Levels a member set on these threads (for marks in a list). */
  async threadLevels(userId: number, threadIds: number[]): Promise<Map<number, WatchLevel>> {
    if (threadIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(ForumWatch)
      .findBy({ userId, targetType: 'thread', targetId: In(threadIds) });
    return new Map(rows.map((row) => [row.targetId, row.level]));
  }
}
