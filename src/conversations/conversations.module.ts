import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarkdownRenderer } from '../common/markdown/markdown-renderer';
import { HomeModule } from '../home/home.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { ConversationAccess } from './conversation-access';
import { ConversationLive } from './conversation-live';
import { ConversationMentions } from './conversation-mentions';
import { ConversationMessageRevision } from './conversation-message-revision.entity';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationNotifier } from './conversation-notifier';
import { ConversationPagesService } from './conversation-pages.service';
import { ConversationParticipant } from './conversation-participant.entity';
import { ConversationPeople } from './conversation-people';
import { ConversationReads } from './conversation-reads';
import { Conversation } from './conversation.entity';
import { ConversationsController } from './conversations.controller';
import { ConversationsService } from './conversations.service';
import { UnreadConversationsBlock } from './unread-conversations.block';
import { UnreadConversationCounts } from './unread-conversation-counts';
import { UnreadConversationsSource } from './unread-conversations.source';

/**
 * Direct conversations (`/conversations`): private messages between members who may see each
 * other (conversation-rule.ts), with Markdown, mentions, read tracking, live updates and
 * notifications. Other modules may use ConversationsService (start, reply) and
 * ConversationPeople.complete (whom a member may talk with).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Conversation,
      ConversationParticipant,
      ConversationMessage,
      ConversationMessageRevision,
    ]),
    UsersModule,
    HomeModule,
    LiveModule,
    NotificationsModule,
  ],
  controllers: [ConversationsController],
  providers: [
    ConversationAccess,
    ConversationPeople,
    ConversationMentions,
    UnreadConversationCounts,
    ConversationReads,
    ConversationLive,
    ConversationNotifier,
    ConversationsService,
    ConversationPagesService,
    UnreadConversationsSource,
    UnreadConversationsBlock,
    { provide: MarkdownRenderer, useValue: new MarkdownRenderer() },
  ],
  exports: [ConversationsService, ConversationPeople],
})
export class ConversationsModule {}
