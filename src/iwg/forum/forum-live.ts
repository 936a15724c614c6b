import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { mayUse } from '../../common/areas/area';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { LiveEvents } from '../../live/live-events.service';
import { LiveRooms, liveRoom } from '../../live/live-rooms';
import { User } from '../../users/user.entity';
import { iwgScope } from '../iwg-access.service';
import { IWG_AREA } from '../iwg.area';
import { Iwg } from '../iwg.entity';
import { ForumEvents, type ForumEvent } from './forum-events';
import { ForumThread } from './forum-thread.entity';
import type { ForumPost } from './forum-post.entity';
import { ForumPostAttachment } from './forum-post-attachment.entity';
import { LibraryAttachments } from '../../library/library-attachments';
import type { LiveAttachment } from '../../live/live-events';

/**
 * The forum's live side: the `thread:<id>` and `iwg:<id>` rooms (joined only when the visibility
 * policy lets the user see the thread or IWG), and the forum's events pushed to them.
 */
@Injectable()
export class ForumLive implements OnModuleInit, OnModuleDestroy {
  private unsubscribe?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rooms: LiveRooms,
    private readonly live: LiveEvents,
    private readonly events: ForumEvents,
    private readonly policy: VisibilityPolicy,
    private readonly library: LibraryAttachments,
  ) {}

  onModuleInit(): void {
    this.rooms.registerKind('thread', (user, id) => this.maySeeThread(user, id));
    this.rooms.registerKind('iwg', (user, id) => this.maySeeIwg(user, id));
    this.unsubscribe = this.events.subscribe((event) => this.push(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  private async maySeeThread(user: AuthenticatedUser, id: number): Promise<boolean> {
    if (!mayUse(IWG_AREA, user.role)) return false;
    const thread = await this.dataSource.getRepository(ForumThread).findOne({
      where: { id },
      select: { id: true, visibility: { level: true, regionId: true, stateId: true } },
    });
    return thread !== null && this.policy.canSee(user, thread.visibility);
  }

  private async maySeeIwg(user: AuthenticatedUser, id: number): Promise<boolean> {
    if (!mayUse(IWG_AREA, user.role)) return false;
    const iwg = await this.dataSource.getRepository(Iwg).findOneBy({ id });
    return iwg !== null && this.policy.canSee(user, iwgScope(iwg));
  }

  private async push(event: ForumEvent): Promise<void> {
    const room = liveRoom.thread(event.thread.id);
    switch (event.type) {
      case 'post.created': {
        const author = await this.dataSource
          .getRepository(User)
          .findOne({ where: { id: event.post.authorId }, select: { id: true, name: true } });
        this.live.toRoom(room, 'forum.post', {
          threadId: event.thread.id,
          postId: event.post.id,
          authorId: event.post.authorId,
          author: author?.name ?? '',
          html: event.post.html,
          createdAt: event.post.createdAt.toISOString(),
          url: `/iwg/${event.thread.iwgId}/threads/${event.thread.id}#post-${event.post.id}`,
          attachments: await this.attachmentsOf(event.post),
        });
        this.activity(event.thread, event.post.authorId);
        return;
      }
      case 'post.edited':
        this.live.toRoom(room, 'forum.postEdited', {
          threadId: event.thread.id,
          postId: event.post.id,
          html: event.post.hiddenAt ? '' : event.post.html,
          attachments: event.post.hiddenAt ? [] : await this.attachmentsOf(event.post),
        });
        return;
      case 'post.hidden':
        this.live.toRoom(room, 'forum.postHidden', {
          threadId: event.thread.id,
          postId: event.post.id,
          hidden: event.hidden,
          reason: event.post.hiddenReason,
        });
        return;
      case 'post.reacted':
        this.live.toRoom(room, 'forum.reaction', {
          threadId: event.thread.id,
          postId: event.postId,
          counts: event.counts,
        });
        return;
      case 'thread.moved':
      case 'thread.changed':
        this.activity(event.thread, 0);
        return;
    }
  }

  private async attachmentsOf(post: ForumPost): Promise<readonly LiveAttachment[]> {
    if (post.attachmentCount === 0) return [];
    const rows = await this.dataSource
      .getRepository(ForumPostAttachment)
      .find({ where: { postId: post.id }, order: { position: 'ASC' } });
    return this.library.announced(rows.map((row) => row.resourceId));
  }

  private activity(thread: ForumThread, authorId: number): void {
    this.live.toRoom(liveRoom.iwg(thread.iwgId), 'forum.activity', {
      iwgId: thread.iwgId,
      categoryId: thread.categoryId,
      threadId: thread.id,
      authorId,
    });
  }
}
