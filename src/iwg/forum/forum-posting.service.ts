import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError, type FormMessage } from '../../common/forms/form-error';
import { MarkdownRenderer } from '../../common/markdown/markdown-renderer';
import { RowAccess } from '../../common/visibility/row-access';
import { VisibilityColumns } from '../../common/visibility/visibility-columns';
import type { VisibilityScope } from '../../common/visibility/visibility-level';
import { LibraryAttachments, type AttachmentRefusal } from '../../library/library-attachments';
import { IwgAccess, type IwgMembership } from '../iwg-access.service';
import { ForumCategory } from './forum-category.entity';
import { ForumEvents } from './forum-events';
import { ForumMentionsService } from './forum-mentions.service';
import { ForumPostAttachment } from './forum-post-attachment.entity';
import { ForumPostRevision } from './forum-post-revision.entity';
import { ForumPost } from './forum-post.entity';
import { REACTIONS, ForumReaction, type Reaction } from './forum-reaction.entity';
import { ForumReadService } from './forum-read.service';
import { ForumThread, POSTS_CHANGED } from './forum-thread.entity';
import { ForumWatchService, type PostRecipient } from './forum-watch.service';

/** What posting returns to the page: where the post is and whom the author must be told about. */
export interface Posted {
  readonly thread: ForumThread;
  readonly post: ForumPost;
  readonly recipients: readonly PostRecipient[];
  /** Names of people mentioned who may not see the thread (not notified). */
  readonly unreachable: readonly string[];
}

/** A thread and the actor's part in its IWG, loaded through the policy. */
export interface ThreadAccess {
  readonly membership: IwgMembership;
  readonly thread: ForumThread;
}

/**
 * Writing in a forum: new threads, replies, edits with their history, reactions. Every row is
 * loaded through the visibility policy (404 and `access.denied` for another region's), every
 * text is rendered once on save by the shared Markdown renderer.
 */
@Injectable()
export class ForumPostingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: IwgAccess,
    private readonly rows: RowAccess,
    private readonly mentions: ForumMentionsService,
    private readonly watches: ForumWatchService,
    private readonly reads: ForumReadService,
    private readonly events: ForumEvents,
    private readonly markdown: MarkdownRenderer,
    private readonly library: LibraryAttachments,
  ) {}

  /** A thread of an IWG for the actor (404 when absent, elsewhere or not theirs to see). */
  async thread(actor: Actor, iwgId: number, threadId: number): Promise<ThreadAccess> {
    const membership = await this.access.load(actor, iwgId);
    const thread = await this.rows.visible(
      actor,
      Number.isSafeInteger(threadId)
        ? await this.dataSource.getRepository(ForumThread).findOneBy({ id: threadId, iwgId })
        : null,
      (row) => row.visibility,
      (row) => ({ type: 'forum-thread', id: row.id }),
    );
    return { membership, thread };
  }

  /** A post of an IWG for the actor, with its thread. */
  async post(
    actor: Actor,
    iwgId: number,
    postId: number,
  ): Promise<ThreadAccess & { post: ForumPost }> {
    const post = await this.rows.visible(
      actor,
      Number.isSafeInteger(postId)
        ? await this.dataSource.getRepository(ForumPost).findOneBy({ id: postId })
        : null,
      (row) => row.visibility,
      (row) => ({ type: 'forum-post', id: row.id }),
    );
    const found = await this.thread(actor, iwgId, post.threadId);
    return { ...found, post };
  }

  async category(membership: IwgMembership, categoryId: number): Promise<ForumCategory> {
    const category = Number.isSafeInteger(categoryId)
      ? await this.dataSource
          .getRepository(ForumCategory)
          .findOneBy({ id: categoryId, iwgId: membership.iwg.id })
      : null;
    if (!category) throw new NotFoundException();
    return category;
  }

  async createThread(
    actor: Actor,
    iwgId: number,
    input: {
      categoryId: number;
      title: string;
      body: string;
      attachments?: string;
      language?: string | null;
    },
  ): Promise<Posted> {
    const membership = await this.access.load(actor, iwgId);
    this.mayPostIn(membership);
    const category = await this.dataSource
      .getRepository(ForumCategory)
      .findOneBy({ id: input.categoryId, iwgId });
    if (!category) throw FormError.field('categoryId', 'forum.category.invalid');
    const title = input.title.trim();
    if (!title) throw FormError.field('title', 'forum.title.missing');
    const body = this.bodyOf(input.body);
    const visibility = VisibilityColumns.of('region', { regionId: membership.iwg.regionId });
    const attachments = await this.attachmentsFor(actor, input.attachments, visibility);
    const resolved = await this.mentions.resolve(body, visibility);
    const author = userOf(actor).id;
    const { thread, post } = await this.dataSource.transaction(async (manager) => {
      const thread = await manager.getRepository(ForumThread).save(
        manager.getRepository(ForumThread).create({
          iwgId,
          categoryId: category.id,
          title,
          authorId: author,
          visibility,
        }),
      );
      const post = await this.insertPost(manager, thread, {
        authorId: author,
        body,
        html: this.markdown.render(body, resolved.names),
        replyToId: null,
        language: input.language ?? null,
      });
      await this.attach(manager, post, attachments);
      return { thread, post };
    });
    return this.afterPost(thread, post, resolved.notifiedUserIds, null, resolved.unreachable, true);
  }

  async reply(
    actor: Actor,
    iwgId: number,
    threadId: number,
    input: { body: string; replyToId?: number; attachments?: string; language?: string | null },
  ): Promise<Posted> {
    const { membership, thread } = await this.thread(actor, iwgId, threadId);
    this.mayPostIn(membership);
    if (thread.locked && !membership.moderator) throw FormError.field('body', 'forum.locked');
    let repliedTo: ForumPost | null = null;
    if (input.replyToId !== undefined) {
      repliedTo = await this.dataSource
        .getRepository(ForumPost)
        .findOneBy({ id: input.replyToId, threadId: thread.id });
      if (!repliedTo) throw FormError.field('body', 'forum.post.notFound');
      if (repliedTo.hiddenAt !== null) throw FormError.field('body', 'forum.replyToHidden');
    }
    const body = this.bodyOf(input.body);
    const attachments = await this.attachmentsFor(actor, input.attachments, thread.visibility);
    const resolved = await this.mentions.resolve(body, thread.visibility);
    const post = await this.dataSource.transaction(async (manager) => {
      const post = await this.insertPost(manager, thread, {
        authorId: userOf(actor).id,
        body,
        html: this.markdown.render(body, resolved.names),
        replyToId: repliedTo?.id ?? null,
        language: input.language ?? null,
      });
      await this.attach(manager, post, attachments);
      return post;
    });
    return this.afterPost(
      thread,
      post,
      resolved.notifiedUserIds,
      repliedTo?.authorId ?? null,
      resolved.unreachable,
      false,
    );
  }

  /**
   * Replaces a post's text, keeping the old one in its history. `revision` is the one the form
   * was made from: when someone else saved since, nothing is written and the form says so.
   */
  async edit(
    actor: Actor,
    iwgId: number,
    postId: number,
    input: { body: string; revision: number; attachments?: string },
  ): Promise<{ thread: ForumThread; post: ForumPost; unreachable: readonly string[] }> {
    const { membership, thread, post } = await this.post(actor, iwgId, postId);
    this.mayEdit(membership, post);
    const body = this.bodyOf(input.body);
    const attachments = await this.attachmentsFor(actor, input.attachments, thread.visibility);
    const resolved = await this.mentions.resolve(body, thread.visibility);
    const html = this.markdown.render(body, resolved.names);
    const editor = userOf(actor).id;
    const saved = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(ForumPost)
        .createQueryBuilder()
        .update()
        .set({ body, html, revision: () => 'revision + 1', editedAt: new Date() })
        .where('id = :id AND revision = :revision', { id: post.id, revision: input.revision })
        .execute();
      if (!result.affected) return false;
      await manager.getRepository(ForumPostRevision).insert({
        postId: post.id,
        revision: input.revision,
        body: post.body,
        authorId: post.authorId,
        replacedById: editor,
      });
      await manager.getRepository(ForumPostAttachment).delete({ postId: post.id });
      await this.attach(manager, post, attachments);
      await manager.getRepository(ForumThread).update({ id: thread.id }, POSTS_CHANGED);
      return true;
    });
    if (!saved) throw new FormError({ body: ['forum.post.stale'] }, 'forum.post.stale');
    const updated = await this.dataSource.getRepository(ForumPost).findOneByOrFail({ id: post.id });
    await this.events.emit({ type: 'post.edited', thread, post: updated });
    return { thread, post: updated, unreachable: resolved.unreachable };
  }

  /** Adds the actor's reaction, or takes it back when it is there; returns the new counts. */
  async toggleReaction(
    actor: Actor,
    iwgId: number,
    postId: number,
    kind: Reaction,
  ): Promise<{ thread: ForumThread; post: ForumPost; counts: Record<Reaction, number> }> {
    const { membership, thread, post } = await this.post(actor, iwgId, postId);
    this.mayPostIn(membership);
    if (post.hiddenAt !== null) throw FormError.field('kind', 'forum.replyToHidden');
    const userId = userOf(actor).id;
    const reactions = this.dataSource.getRepository(ForumReaction);
    const removed = await reactions.delete({ postId, userId, kind });
    if (!removed.affected) {
      await reactions
        .createQueryBuilder()
        .insert()
        .values({ postId, userId, kind })
        .orIgnore()
        .execute();
    }
    await this.dataSource.getRepository(ForumThread).update({ id: thread.id }, POSTS_CHANGED);
    const counts = await this.reactionCounts(postId);
    await this.events.emit({ type: 'post.reacted', thread, postId, counts, userId });
    return { thread, post, counts };
  }

  async reactionCounts(postId: number): Promise<Record<Reaction, number>> {
    const rows = await this.dataSource
      .getRepository(ForumReaction)
      .createQueryBuilder('r')
      .select('r.kind', 'kind')
      .addSelect('COUNT(*)', 'count')
      .where('r.postId = :postId', { postId })
      .groupBy('r.kind')
      .getRawMany<{ kind: Reaction; count: number | string }>();
    const counts = Object.fromEntries(REACTIONS.map((kind) => [kind, 0])) as Record<
      Reaction,
      number
    >;
    for (const row of rows) counts[row.kind] = Number(row.count);
    return counts;
  }

  /** Authors and moderators edit; nobody edits in a closed IWG; a hidden post only moderators. */
  mayEdit(membership: IwgMembership, post: ForumPost): void {
    const own = post.authorId === membership.user.id;
    if (!own && !membership.moderator) throw new NotFoundException();
    if (post.hiddenAt !== null && !membership.moderator) throw new NotFoundException();
    this.mayPostIn(membership);
  }

  private mayPostIn(membership: IwgMembership): void {
    if (!membership.mayPost) throw FormError.field('body', 'iwg.closedNoPosts');
  }

  private bodyOf(text: string): string {
    const body = text.replace(/\r\n/g, '\n').trim();
    if (!body) throw FormError.field('body', 'forum.body.missing');
    return body;
  }

  /** The resources named in the attachment field, or the form's errors naming each refused one. */
  private async attachmentsFor(
    actor: Actor,
    text: string | undefined,
    audience: VisibilityScope,
  ): Promise<readonly number[]> {
    if (!text?.trim()) return [];
    const checked = await this.library.check(actor, text, audience);
    if (checked.refused.length > 0)
      throw new FormError({ attachments: checked.refused.map(refusalMessage) });
    return checked.resourceIds;
  }

  private async attach(
    manager: EntityManager,
    post: ForumPost,
    resourceIds: readonly number[],
  ): Promise<void> {
    if (resourceIds.length > 0)
      await manager
        .getRepository(ForumPostAttachment)
        .insert(
          resourceIds.map((resourceId, position) => ({ postId: post.id, resourceId, position })),
        );
    if (resourceIds.length !== post.attachmentCount) {
      await manager
        .getRepository(ForumPost)
        .update({ id: post.id }, { attachmentCount: resourceIds.length });
      post.attachmentCount = resourceIds.length;
    }
  }

  private async insertPost(
    manager: EntityManager,
    thread: ForumThread,
    fields: Pick<ForumPost, 'authorId' | 'body' | 'html' | 'replyToId' | 'language'>,
  ): Promise<ForumPost> {
    const post = await manager
      .getRepository(ForumPost)
      .save(
        manager
          .getRepository(ForumPost)
          .create({ ...fields, threadId: thread.id, visibility: thread.visibility }),
      );
    await manager
      .getRepository(ForumThread)
      .createQueryBuilder()
      .update()
      .set({
        ...POSTS_CHANGED,
        postCount: () => 'post_count + 1',
        lastPostId: post.id,
        lastPostAt: post.createdAt,
      })
      .where('id = :id', { id: thread.id })
      .execute();
    thread.postCount += 1;
    thread.lastPostId = post.id;
    thread.lastPostAt = post.createdAt;
    return post;
  }

  /** Watches the thread for the author, marks it read for them, works out and announces recipients. */
  private async afterPost(
    thread: ForumThread,
    post: ForumPost,
    mentioned: number[],
    repliedToUserId: number | null,
    unreachable: string[],
    newThread: boolean,
  ): Promise<Posted> {
    await this.watches.watchOnPost(post.authorId, thread.id);
    await this.reads.markRead(post.authorId, thread.id, post.id);
    const recipients = await this.watches.recipientsForNewPost({
      authorId: post.authorId,
      thread,
      mentionedUserIds: mentioned,
      repliedToUserId,
    });
    await this.events.emit({ type: 'post.created', thread, post, recipients, newThread });
    return { thread, post, recipients, unreachable };
  }
}

function refusalMessage(refusal: AttachmentRefusal): FormMessage {
  switch (refusal.reason) {
    case 'too-many':
      return { key: 'forum.attachments.tooMany', params: { max: refusal.max } };
    case 'narrower':
      return { key: 'forum.attachments.narrower', params: { title: refusal.title } };
    default:
      return { key: 'forum.attachments.notFound', params: { reference: refusal.reference } };
  }
}
