import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationParticipant } from './conversation-participant.entity';
import { Conversation } from './conversation.entity';
import { UnreadConversationCounts } from './unread-conversation-counts';

/** The notifications' thread key of a conversation (one mail per conversation an hour). */
export const conversationThreadKey = (conversationId: number) => `conversation:${conversationId}`;

/**
 * Read tracking: per participant the id of the last message they saw. A conversation is unread
 * when its last message is past it. Reading a conversation to its end also marks the member's
 * notifications about it read (so no mail follows for what they saw), and every change of a
 * member's count goes through UnreadConversationCounts (the navigation's badge, live).
 */
@Injectable()
export class ConversationReads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counts: UnreadConversationCounts,
    private readonly notifications: NotificationsService,
  ) {}

  /** How many of the member's conversations have a message they have not seen (kept in memory). */
  unreadConversations(userId: number): Promise<number> {
    return this.counts.get(userId);
  }

  /** Unread messages per conversation, for the member's list. */
  async unreadMessages(userId: number, conversationIds: number[]): Promise<Map<number, number>> {
    if (conversationIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(ConversationMessage)
      .createQueryBuilder('m')
      .innerJoin(
        ConversationParticipant,
        'p',
        'p.conversationId = m.conversationId AND p.userId = :userId',
        { userId },
      )
      .select('m.conversationId', 'id')
      .addSelect('COUNT(*)', 'count')
      .where('m.conversationId IN (:...ids)', { ids: conversationIds })
      .andWhere('m.id > p.lastReadMessageId')
      .groupBy('m.conversationId')
      .getRawMany<{ id: number | string; count: number | string }>();
    return new Map(rows.map((row) => [Number(row.id), Number(row.count)]));
  }

  /**
   * The member has seen the conversation up to `messageId` (never backwards, never past its
   * last message). Writes only when that moves the mark; returns whether it did.
   */
  async markRead(userId: number, conversation: Conversation, messageId: number): Promise<boolean> {
    const upTo = Math.min(messageId, conversation.lastMessageId);
    const result = await this.dataSource
      .getRepository(ConversationParticipant)
      .createQueryBuilder()
      .update()
      .set({ lastReadMessageId: upTo })
      .where('conversation_id = :conversationId AND user_id = :userId', {
        conversationId: conversation.id,
        userId,
      })
      .andWhere('left_at IS NULL AND last_read_message_id < :upTo', { upTo })
      .execute();
    if (!result.affected) return false;
    if (upTo >= conversation.lastMessageId) {
      await this.notifications.markThreadRead(userId, conversationThreadKey(conversation.id));
    }
    await this.pushCount([userId]);
    return true;
  }

  /** The member wrote in the conversation: what they were told of before it, they have seen. */
  async wrote(userId: number, conversationId: number): Promise<void> {
    await this.notifications.markThreadRead(userId, conversationThreadKey(conversationId));
  }

  /** Every conversation of the member read to its end; returns how many were unread. */
  async markAllRead(userId: number): Promise<number> {
    const unread = await this.dataSource
      .getRepository(ConversationParticipant)
      .createQueryBuilder('p')
      .innerJoin(Conversation, 'c', 'c.id = p.conversationId')
      .select('p.conversationId', 'id')
      .addSelect('c.lastMessageId', 'last')
      .where('p.userId = :userId AND p.leftAt IS NULL', { userId })
      .andWhere('c.lastMessageId > p.lastReadMessageId')
      .getRawMany<{ id: number | string; last: number | string }>();
    for (const row of unread) {
      await this.dataSource
        .getRepository(ConversationParticipant)
        .update(
          { conversationId: Number(row.id), userId },
          { lastReadMessageId: Number(row.last) },
        );
      await this.notifications.markThreadRead(userId, conversationThreadKey(Number(row.id)));
    }
    if (unread.length > 0) await this.pushCount([userId]);
    return unread.length;
  }

  /**
   * The members' numbers of unread conversations may have changed: counted again, pushed to
   * their open tabs, and forgotten by the other instances.
   */
  pushCount(userIds: readonly number[]): Promise<void> {
    return this.counts.changed(userIds);
  }
}
