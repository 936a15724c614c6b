import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { mayUse } from '../common/areas/area';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { LiveEvents } from '../live/live-events.service';
import { LiveRooms, liveRoom } from '../live/live-rooms';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationParticipant } from './conversation-participant.entity';
import type { Conversation } from './conversation.entity';
import { CONVERSATIONS_AREA } from './conversations.area';

/** A message's address on its conversation's page (the page opens at the first unread). */
export const messageUrl = (conversationId: number, messageId: number) =>
  `/conversations/${conversationId}#message-${messageId}`;

/**
 * The conversations' live side: the `conversation:<id>` room, joined only by a current
 * participant (checked at each join, and again when they leave: LiveGateway.recheckRooms), and
 * the new and edited messages pushed to it. "X is typing" is the gateway's `typing`, relayed
 * within the room.
 */
@Injectable()
export class ConversationLive implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rooms: LiveRooms,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    this.rooms.registerKind('conversation', (user, id) => this.takesPart(user, id));
  }

  async takesPart(user: AuthenticatedUser, conversationId: number): Promise<boolean> {
    if (!mayUse(CONVERSATIONS_AREA, user.role)) return false;
    return this.dataSource
      .getRepository(ConversationParticipant)
      .existsBy({ conversationId, userId: user.id, leftAt: IsNull() });
  }

  posted(conversation: Conversation, message: ConversationMessage, author: string): void {
    this.live.toRoom(liveRoom.conversation(conversation.id), 'conversation.message', {
      conversationId: conversation.id,
      messageId: message.id,
      authorId: message.authorId,
      author,
      html: message.html,
      createdAt: message.createdAt.toISOString(),
      url: messageUrl(conversation.id, message.id),
    });
  }

  edited(conversation: Conversation, message: ConversationMessage): void {
    this.live.toRoom(liveRoom.conversation(conversation.id), 'conversation.messageEdited', {
      conversationId: conversation.id,
      messageId: message.id,
      html: message.html,
    });
  }
}
