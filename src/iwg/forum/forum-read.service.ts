import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { ForumReadMark } from './forum-read-mark.entity';
import { ForumReadState } from './forum-read-state.entity';
import { ForumThread } from './forum-thread.entity';

/**
 * Read tracking: per member and thread the id of the last post they saw, and per member and
 * IWG a "read up to" mark set by "mark all read". A thread is unread when its last post is past
 * both; a post is unread when its id is.
 */
@Injectable()
export class ForumReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
  ) {}

  /** Unread threads per category of one IWG (categories with none are absent). */
  async unreadByCategory(user: AuthenticatedUser, iwgId: number): Promise<Map<number, number>> {
    const rows = await this.unreadThreads(user, [iwgId])
      .select('t.categoryId', 'id')
      .addSelect('COUNT(*)', 'count')
      .groupBy('t.categoryId')
      .getRawMany<{ id: number; count: number | string }>();
    return new Map(rows.map((row) => [Number(row.id), Number(row.count)]));
  }

  /**
   * Unread threads per IWG, for the list of IWGs and the home page (asked on every home page):
   * plain SQL with the policy's clause, not a query builder per call.
   */
  async unreadByIwg(user: AuthenticatedUser, iwgIds: number[]): Promise<Map<number, number>> {
    if (iwgIds.length === 0) return new Map();
    const q = (name: string) => this.dataSource.driver.escape(name);
    const visibility = this.policy.clause(
      user,
      {
        level: 't.visibility_level',
        regionId: 't.visibility_region_id',
        stateId: 't.visibility_state_id',
      },
      't',
    );
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT t.iwg_id AS id, COUNT(*) AS count FROM ${q('forum_thread')} t ` +
        `LEFT JOIN ${q('forum_read_state')} r ON r.thread_id = t.id AND r.user_id = :userId ` +
        `LEFT JOIN ${q('forum_read_mark')} m ON m.iwg_id = t.iwg_id AND m.user_id = :userId ` +
        `WHERE t.iwg_id IN (:...iwgIds) AND t.last_post_id > COALESCE(r.last_read_post_id, 0) ` +
        `AND t.last_post_id > COALESCE(m.up_to_post_id, 0) AND ${visibility.sql} GROUP BY t.iwg_id`,
      { userId: user.id, iwgIds, ...visibility.parameters },
    );
    const rows = await this.dataSource.query<{ id: number; count: number | string }[]>(
      sql,
      parameters,
    );
    return new Map(rows.map((row) => [Number(row.id), Number(row.count)]));
  }

  /** How far the member has read each of these threads (0: nothing yet). */
  async readUpTo(userId: number, iwgId: number, threadIds: number[]): Promise<Map<number, number>> {
    const read = new Map<number, number>();
    if (threadIds.length === 0) return read;
    const mark = await this.markOf(userId, iwgId);
    const states = await this.dataSource
      .getRepository(ForumReadState)
      .createQueryBuilder('r')
      .where('r.userId = :userId AND r.threadId IN (:...threadIds)', { userId, threadIds })
      .getMany();
    for (const id of threadIds) read.set(id, mark);
    for (const state of states) read.set(state.threadId, Math.max(mark, state.lastReadPostId));
    return read;
  }

  /** Records that the member saw the thread up to `postId`; never moves backwards. */
  async markRead(userId: number, threadId: number, postId: number): Promise<void> {
    const repository = this.dataSource.getRepository(ForumReadState);
    const current = await repository.findOneBy({ userId, threadId });
    if (current && current.lastReadPostId >= postId) return;
    if (current) {
      await repository.update({ userId, threadId }, { lastReadPostId: postId });
    } else {
      await repository
        .createQueryBuilder()
        .insert()
        .values({ userId, threadId, lastReadPostId: postId })
        .orIgnore()
        .execute();
    }
  }

  /** "Mark all read": every post of the IWG so far counts as read, in one row. */
  async markAllRead(userId: number, iwgId: number): Promise<void> {
    const last = await this.dataSource
      .getRepository(ForumThread)
      .createQueryBuilder('t')
      .select('MAX(t.lastPostId)', 'last')
      .where('t.iwgId = :iwgId', { iwgId })
      .getRawOne<{ last: number | null }>();
    const upToPostId = Number(last?.last ?? 0);
    await this.dataSource
      .getRepository(ForumReadMark)
      .upsert({ userId, iwgId, upToPostId }, ['userId', 'iwgId']);
  }

  private async markOf(userId: number, iwgId: number): Promise<number> {
    const mark = await this.dataSource.getRepository(ForumReadMark).findOneBy({ userId, iwgId });
    return mark?.upToPostId ?? 0;
  }

  /** The member's unread threads of these IWGs that the policy lets them see. */
  private unreadThreads(user: AuthenticatedUser, iwgIds: number[]) {
    return this.dataSource
      .getRepository(ForumThread)
      .createQueryBuilder('t')
      .leftJoin(ForumReadState, 'r', 'r.threadId = t.id AND r.userId = :userId', {
        userId: user.id,
      })
      .leftJoin(ForumReadMark, 'm', 'm.iwgId = t.iwgId AND m.userId = :userId')
      .where('t.iwgId IN (:...iwgIds)', { iwgIds })
      .andWhere('t.lastPostId > COALESCE(r.lastReadPostId, 0)')
      .andWhere('t.lastPostId > COALESCE(m.upToPostId, 0)')
      .andWhere(this.policy.condition(user, VisibilityPolicy.embeddedColumns('t'), 't'));
  }
}
