import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { ForumCategory } from './forum-category.entity';
import { ForumEvents } from './forum-events';
import { ForumPost } from './forum-post.entity';
import { ForumPostingService, type ThreadAccess } from './forum-posting.service';
import { ForumThread, POSTS_CHANGED } from './forum-thread.entity';

/**
 * Moderation by the chair's State, the secretariat and staff: hide a post with a reason (and
 * show it again), lock, pin, move a thread to another category, split posts into a new thread.
 * Every action is audited; a member who is not a moderator gets 404, as if the action were not
 * there.
 */
@Injectable()
export class ForumModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posting: ForumPostingService,
    private readonly audit: AuditService,
    private readonly events: ForumEvents,
  ) {}

  /** The page where a moderator says why a post is hidden (404 for anyone else). */
  async hideModel(actor: Actor, iwgId: number, postId: number) {
    const { membership, thread, post } = await this.posting.post(actor, iwgId, postId);
    this.moderatorOnly(membership);
    return {
      pageTitle: { key: 'forum.hide.title' },
      iwg: { id: iwgId, name: membership.iwg.name, href: `/iwg/${iwgId}` },
      thread: { title: thread.title, href: `/iwg/${iwgId}/threads/${thread.id}` },
      post: { id: post.id, html: post.html, hidden: post.hiddenAt !== null },
    };
  }

  async hide(actor: Actor, iwgId: number, postId: number, reason: string, hidden: boolean) {
    const { membership, thread, post } = await this.posting.post(actor, iwgId, postId);
    this.moderatorOnly(membership);
    const text = reason.trim();
    if (hidden && !text) throw FormError.field('reason', 'forum.hide.reasonMissing');
    if (hidden) {
      post.hiddenAt = new Date();
      post.hiddenById = userOf(actor).id;
      post.hiddenReason = text.slice(0, 500);
    } else {
      post.hiddenAt = null;
      post.hiddenById = null;
      post.hiddenReason = null;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(ForumPost)
        .update(
          { id: post.id },
          { hiddenAt: post.hiddenAt, hiddenById: post.hiddenById, hiddenReason: post.hiddenReason },
        );
      await manager.getRepository(ForumThread).update({ id: thread.id }, POSTS_CHANGED);
      await this.audit.record(
        actor,
        {
          action: hidden ? 'forum.post-hidden' : 'forum.post-shown',
          targetType: 'forum-post',
          targetId: String(post.id),
          details: { thread: thread.id, ...(hidden ? { reason: post.hiddenReason } : {}) },
        },
        manager,
      );
    });
    await this.events.emit({ type: 'post.hidden', thread, post, hidden });
    return { thread, post };
  }

  async setLocked(actor: Actor, iwgId: number, threadId: number, locked: boolean) {
    return this.setFlag(actor, iwgId, threadId, 'locked', locked);
  }

  async setPinned(actor: Actor, iwgId: number, threadId: number, pinned: boolean) {
    return this.setFlag(actor, iwgId, threadId, 'pinned', pinned);
  }

  async move(actor: Actor, iwgId: number, threadId: number, categoryId: number) {
    const { membership, thread } = await this.posting.thread(actor, iwgId, threadId);
    this.moderatorOnly(membership);
    const target = await this.dataSource
      .getRepository(ForumCategory)
      .findOneBy({ id: categoryId, iwgId });
    if (!target) throw FormError.field('categoryId', 'forum.category.invalid');
    const from = thread.categoryId;
    if (from === target.id) return thread;
    thread.categoryId = target.id;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ForumThread).update({ id: thread.id }, { categoryId: target.id });
      await this.audit.record(
        actor,
        {
          action: 'forum.thread-moved',
          targetType: 'forum-thread',
          targetId: String(thread.id),
          details: { from, to: target.id },
        },
        manager,
      );
    });
    await this.events.emit({ type: 'thread.moved', thread, fromCategoryId: from });
    return thread;
  }

  /**
   * Moves the chosen posts (not the thread's first) into a new thread of the same IWG, in their
   * order; both threads' counters are recomputed in the same transaction.
   */
  async split(
    actor: Actor,
    iwgId: number,
    threadId: number,
    input: { postIds: number[]; title: string; categoryId: number },
  ): Promise<ForumThread> {
    const { membership, thread } = await this.posting.thread(actor, iwgId, threadId);
    this.moderatorOnly(membership);
    const title = input.title.trim();
    if (!title) throw FormError.field('title', 'forum.title.missing');
    const category = await this.dataSource
      .getRepository(ForumCategory)
      .findOneBy({ id: input.categoryId, iwgId });
    if (!category) throw FormError.field('categoryId', 'forum.category.invalid');
    const ids = [...new Set(input.postIds)].filter(Number.isSafeInteger);
    const first = await this.dataSource
      .getRepository(ForumPost)
      .findOne({ where: { threadId: thread.id }, order: { id: 'ASC' } });
    const posts = ids.length
      ? await this.dataSource
          .getRepository(ForumPost)
          .find({ where: { id: In(ids), threadId: thread.id }, order: { id: 'ASC' } })
      : [];
    const moving = posts.filter((post) => post.id !== first?.id);
    if (moving.length === 0) throw FormError.field('postIds', 'forum.split.nothing');
    const created = await this.dataSource.transaction(async (manager) => {
      const threads = manager.getRepository(ForumThread);
      const fresh = await threads.save(
        threads.create({
          iwgId,
          categoryId: category.id,
          title,
          authorId: moving[0].authorId,
          visibility: thread.visibility,
        }),
      );
      await manager
        .getRepository(ForumPost)
        .update({ id: In(moving.map((post) => post.id)) }, { threadId: fresh.id, replyToId: null });
      for (const target of [thread, fresh]) await this.recount(manager, target);
      await this.audit.record(
        actor,
        {
          action: 'forum.thread-split',
          targetType: 'forum-thread',
          targetId: String(thread.id),
          details: { into: fresh.id, posts: moving.map((post) => post.id) },
        },
        manager,
      );
      return fresh;
    });
    // The old thread lost posts; the new one holds them (search re-reads its posts).
    await this.events.emit({ type: 'thread.changed', thread });
    await this.events.emit({
      type: 'thread.moved',
      thread: created,
      fromCategoryId: thread.categoryId,
    });
    return created;
  }

  private async setFlag(
    actor: Actor,
    iwgId: number,
    threadId: number,
    flag: 'locked' | 'pinned',
    value: boolean,
  ) {
    const { membership, thread } = await this.posting.thread(actor, iwgId, threadId);
    this.moderatorOnly(membership);
    if (thread[flag] === value) return thread;
    thread[flag] = value;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ForumThread).update({ id: thread.id }, { [flag]: value });
      await this.audit.record(
        actor,
        {
          action:
            flag === 'locked'
              ? value
                ? 'forum.thread-locked'
                : 'forum.thread-unlocked'
              : value
                ? 'forum.thread-pinned'
                : 'forum.thread-unpinned',
          targetType: 'forum-thread',
          targetId: String(thread.id),
        },
        manager,
      );
    });
    await this.events.emit({ type: 'thread.changed', thread });
    return thread;
  }

  private async recount(
    manager: import('typeorm').EntityManager,
    thread: ForumThread,
  ): Promise<void> {
    const stats = await manager
      .getRepository(ForumPost)
      .createQueryBuilder('p')
      .select('COUNT(*)', 'count')
      .addSelect('MAX(p.id)', 'last')
      .where('p.threadId = :threadId', { threadId: thread.id })
      .getRawOne<{ count: number | string; last: number | null }>();
    const last = stats?.last
      ? await manager.getRepository(ForumPost).findOneBy({ id: Number(stats.last) })
      : null;
    thread.postCount = Number(stats?.count ?? 0);
    thread.lastPostId = last?.id ?? 0;
    thread.lastPostAt = last?.createdAt ?? null;
    await manager.getRepository(ForumThread).update(
      { id: thread.id },
      {
        ...POSTS_CHANGED,
        postCount: thread.postCount,
        lastPostId: thread.lastPostId,
        lastPostAt: thread.lastPostAt,
      },
    );
  }

  private moderatorOnly(access: ThreadAccess['membership']): void {
    if (!access.moderator) throw new NotFoundException();
  }
}
