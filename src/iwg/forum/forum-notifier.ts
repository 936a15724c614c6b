import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { MarkdownRenderer } from '../../common/markdown/markdown-renderer';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { numericIds, type NotificationSubject } from '../../notifications/notification-source';
import type { NotificationReason, NotificationType } from '../../notifications/notification-types';
import { NotificationsService } from '../../notifications/notifications.service';
import { ForumEvents, type ForumEvent } from './forum-events';
import { ForumPost } from './forum-post.entity';
import { ForumThread } from './forum-thread.entity';

/** How much of a post a notification shows. */
const EXCERPT_LENGTH = 200;

type PostCreated = Extract<ForumEvent, { type: 'post.created' }>;

/**
 * Tells the members a new post concerns, with the recipients the forum computed (mentions,
 * replies to them, watchers; muted members and those who may not see the thread already left
 * out): a mention or a reply points at the post, a watcher of a category or IWG hears of a new
 * thread, a watcher of a thread of its new posts. Mails are limited per thread (`thread:<id>`).
 * The sources registered here answer, at display and at send time, only for a thread or a
 * visible post the member may still see.
 */
@Injectable()
export class ForumNotifier implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ForumEvents,
    private readonly notifications: NotificationsService,
    private readonly policy: VisibilityPolicy,
    private readonly markdown: MarkdownRenderer,
  ) {}

  onModuleInit(): void {
    this.notifications.registerSource({
      kind: 'thread',
      describe: (user, ids) => this.describeThreads(user, ids),
    });
    this.notifications.registerSource({
      kind: 'post',
      describe: (user, ids) => this.describePosts(user, ids),
    });
    this.events.subscribe((event) =>
      event.type === 'post.created' ? this.notify(event) : undefined,
    );
  }

  async notify(event: PostCreated): Promise<void> {
    const groups = new Map<
      string,
      { type: NotificationType; reason: NotificationReason; userIds: number[] }
    >();
    for (const recipient of event.recipients) {
      const [type, reason]: [NotificationType, NotificationReason] =
        recipient.reason === 'mention'
          ? ['mention', 'mentioned']
          : recipient.reason === 'reply'
            ? ['reply', 'replied-to']
            : [event.newThread ? 'new-thread' : 'reply', 'watching'];
      const key = `${type}:${reason}`;
      const group = groups.get(key) ?? { type, reason, userIds: [] };
      group.userIds.push(recipient.userId);
      groups.set(key, group);
    }
    for (const { type, reason, userIds } of groups.values()) {
      await this.notifications.publish({
        type,
        recipients: userIds.map((userId) => ({ userId, reason })),
        subject:
          type === 'new-thread'
            ? { kind: 'thread', id: event.thread.id }
            : { kind: 'post', id: event.post.id },
        actorUserId: event.post.authorId,
        threadKey: `thread:${event.thread.id}`,
        params: {},
      });
    }
  }

  async describeThreads(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const wanted = numericIds(ids);
    if (wanted.length === 0) return new Map();
    const threads = await this.dataSource
      .getRepository(ForumThread)
      .createQueryBuilder('thread')
      .where({ id: In(wanted) })
      .andWhere(this.policy.condition(user, VisibilityPolicy.embeddedColumns('thread')))
      .getMany();
    return new Map(
      threads.map((thread) => [
        String(thread.id),
        { title: thread.title, path: `/iwg/${thread.iwgId}/threads/${thread.id}` },
      ]),
    );
  }

  async describePosts(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const wanted = numericIds(ids);
    if (wanted.length === 0) return new Map();
    const posts = await this.dataSource
      .getRepository(ForumPost)
      .createQueryBuilder('post')
      .where({ id: In(wanted), hiddenAt: IsNull() })
      .andWhere(this.policy.condition(user, VisibilityPolicy.embeddedColumns('post')))
      .getMany();
    const threads = new Map(
      (
        await this.dataSource
          .getRepository(ForumThread)
          .findBy({ id: In([...new Set(posts.map((post) => post.threadId))]) })
      ).map((thread) => [thread.id, thread]),
    );
    const subjects = new Map<string, NotificationSubject>();
    for (const post of posts) {
      const thread = threads.get(post.threadId);
      if (!thread) continue;
      subjects.set(String(post.id), {
        title: thread.title,
        excerpt: this.markdown.plainText(post.body).slice(0, EXCERPT_LENGTH),
        path: `/iwg/${thread.iwgId}/threads/${thread.id}#post-${post.id}`,
      });
    }
    return subjects;
  }
}
