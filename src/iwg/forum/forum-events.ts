import { Injectable, Logger } from '@nestjs/common';
import type { ForumPost } from './forum-post.entity';
import type { ForumThread } from './forum-thread.entity';
import type { Reaction } from './forum-reaction.entity';
import type { PostRecipient } from './forum-watch.service';

/**
 * What happened in a forum, in one typed place. The search module indexes on created / edited /
 * hidden / moved; the notifications module takes `recipients` of a new post; the live listener
 * pushes to open pages. Listeners run after the change is committed.
 */
export type ForumEvent =
  | {
      readonly type: 'post.created';
      readonly thread: ForumThread;
      readonly post: ForumPost;
      /** Whom to notify and why (mention, reply, watching), already checked against the policy. */
      readonly recipients: readonly PostRecipient[];
      /** True when the post started the thread. */
      readonly newThread: boolean;
    }
  | { readonly type: 'post.edited'; readonly thread: ForumThread; readonly post: ForumPost }
  | {
      readonly type: 'post.hidden';
      readonly thread: ForumThread;
      readonly post: ForumPost;
      readonly hidden: boolean;
    }
  | {
      readonly type: 'post.reacted';
      readonly thread: ForumThread;
      readonly postId: number;
      readonly counts: Readonly<Record<Reaction, number>>;
      readonly userId: number;
    }
  | {
      readonly type: 'thread.moved';
      readonly thread: ForumThread;
      readonly fromCategoryId: number;
    }
  | {
      readonly type: 'thread.changed';
      readonly thread: ForumThread;
    };

export type ForumEventType = ForumEvent['type'];
export type ForumListener = (event: ForumEvent) => void | Promise<void>;

/** The in-module listener list: subscribe once at start, get every forum event after commit. */
@Injectable()
export class ForumEvents {
  private readonly logger = new Logger('Forum');
  private readonly listeners = new Set<ForumListener>();

  /** Returns the unsubscribe function. */
  subscribe(listener: ForumListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Calls every listener in turn and resolves when all have finished, so what they write (the
   * search index, notifications) is done before the request that caused it answers, and never
   * runs alongside the next change on the same connection. One that fails is logged and does
   * not stop the others or the caller.
   */
  async emit(event: ForumEvent): Promise<void> {
    for (const listener of [...this.listeners]) {
      try {
        await listener(event);
      } catch (error) {
        this.failed(event, error);
      }
    }
  }

  private failed(event: ForumEvent, error: unknown): void {
    this.logger.warn(`forum listener failed on ${event.type}: ${String(error)}`);
  }
}
