import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { MarkdownRenderer } from '../common/markdown/markdown-renderer';
import { numericIds, type NotificationSubject } from '../notifications/notification-source';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { messageUrl } from './conversation-live';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationParticipant } from './conversation-participant.entity';
import { conversationThreadKey } from './conversation-reads';
import { Conversation } from './conversation.entity';

/** How much of a message a notification shows. */
const EXCERPT_LENGTH = 200;

/**
 * Tells participants of a new message (`message`, or `mention` for those it @mentions) and a
 * member they were added (`message`, reason `invited`). Mails are limited per conversation
 * (`conversation:<id>`), and reading the conversation to its end marks them read. The sources
 * answer only for a current participant, at display and at send time: a member who left sees
 * their old notifications as no longer available.
 */
@Injectable()
export class ConversationNotifier implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly markdown: MarkdownRenderer,
  ) {}

  onModuleInit(): void {
    this.notifications.registerSource({
      kind: 'conversation',
      describe: (user, ids) => this.describeConversations(user, ids),
    });
    this.notifications.registerSource({
      kind: 'conversation-message',
      describe: (user, ids) => this.describeMessages(user, ids),
    });
  }

  async notify(
    conversation: Conversation,
    message: ConversationMessage,
    recipientIds: readonly number[],
    mentioned: readonly number[],
  ): Promise<void> {
    const mentions = recipientIds.filter((id) => mentioned.includes(id));
    const others = recipientIds.filter((id) => !mentioned.includes(id));
    const common = {
      subject: { kind: 'conversation-message', id: message.id },
      actorUserId: message.authorId,
      threadKey: conversationThreadKey(conversation.id),
      params: {},
    };
    if (mentions.length > 0)
      await this.notifications.publish({
        ...common,
        type: 'mention',
        recipients: mentions.map((userId) => ({ userId, reason: 'mentioned' })),
      });
    if (others.length > 0)
      await this.notifications.publish({
        ...common,
        type: 'message',
        recipients: others.map((userId) => ({ userId, reason: 'participant' })),
      });
  }

  async added(conversation: Conversation, userId: number, byUserId: number): Promise<void> {
    await this.notifications.publish({
      type: 'message',
      recipients: [{ userId, reason: 'invited' }],
      subject: { kind: 'conversation', id: conversation.id },
      actorUserId: byUserId,
      threadKey: conversationThreadKey(conversation.id),
      params: {},
    });
  }

  async describeConversations(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const wanted = await this.takingPart(user, numericIds(ids));
    if (wanted.length === 0) return new Map();
    const conversations = await this.dataSource
      .getRepository(Conversation)
      .findBy({ id: In(wanted) });
    const titles = await this.titles(conversations, user.id);
    return new Map(
      conversations.map((conversation) => [
        String(conversation.id),
        { title: titles.get(conversation.id) ?? '', path: `/conversations/${conversation.id}` },
      ]),
    );
  }

  async describeMessages(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const messageIds = numericIds(ids);
    if (messageIds.length === 0) return new Map();
    const messages = await this.dataSource
      .getRepository(ConversationMessage)
      .findBy({ id: In(messageIds) });
    const allowed = new Set(
      await this.takingPart(user, [...new Set(messages.map((m) => m.conversationId))]),
    );
    const conversations = await this.dataSource
      .getRepository(Conversation)
      .findBy({ id: In([...allowed]) });
    const titles = await this.titles(conversations, user.id);
    const subjects = new Map<string, NotificationSubject>();
    for (const message of messages) {
      if (!allowed.has(message.conversationId)) continue;
      subjects.set(String(message.id), {
        title: titles.get(message.conversationId) ?? '',
        excerpt: this.markdown.plainText(message.body).slice(0, EXCERPT_LENGTH),
        path: messageUrl(message.conversationId, message.id),
      });
    }
    return subjects;
  }

  /** The conversations among `ids` that `user` takes part in now. */
  private async takingPart(user: AuthenticatedUser, ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(ConversationParticipant).find({
      where: { conversationId: In(ids), userId: user.id, leftAt: IsNull() },
      select: { id: true, conversationId: true },
    });
    return rows.map((row) => row.conversationId);
  }

  /** A conversation's subject, or the names of the other participants (plain text). */
  private async titles(
    conversations: Conversation[],
    userId: number,
  ): Promise<Map<number, string>> {
    const unnamed = conversations.filter((c) => !c.subject).map((c) => c.id);
    const names = new Map<number, string[]>();
    if (unnamed.length > 0) {
      const rows = await this.dataSource
        .getRepository(ConversationParticipant)
        .createQueryBuilder('p')
        .innerJoin(User, 'u', 'u.id = p.userId')
        .select('p.conversationId', 'conversationId')
        .addSelect('u.name', 'name')
        .where('p.conversationId IN (:...ids)', { ids: unnamed })
        .andWhere('p.userId <> :userId AND p.leftAt IS NULL', { userId })
        .orderBy('p.id')
        .getRawMany<{ conversationId: number | string; name: string }>();
      for (const row of rows) {
        const list = names.get(Number(row.conversationId)) ?? [];
        list.push(row.name);
        names.set(Number(row.conversationId), list);
      }
    }
    return new Map(
      conversations.map((c) => [c.id, c.subject ?? (names.get(c.id) ?? []).join(', ')]),
    );
  }
}
