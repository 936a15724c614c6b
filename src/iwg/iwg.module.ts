import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarkdownRenderer } from '../common/markdown/markdown-renderer';
import { HomeModule } from '../home/home.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchModule } from '../search/search.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { ForumCategory } from './forum/forum-category.entity';
import { ForumEvents } from './forum/forum-events';
import { ForumMentionsService } from './forum/forum-mentions.service';
import { ForumModerationController } from './forum/forum-moderation.controller';
import { ForumModerationService } from './forum/forum-moderation.service';
import { ForumPagesService } from './forum/forum-pages.service';
import { ForumPostRevision } from './forum/forum-post-revision.entity';
import { ForumPost } from './forum/forum-post.entity';
import { ForumPostAttachment } from './forum/forum-post-attachment.entity';
import { LibraryModule } from '../library/library.module';
import { ForumPostingService } from './forum/forum-posting.service';
import { ForumReaction } from './forum/forum-reaction.entity';
import { ForumReadMark } from './forum/forum-read-mark.entity';
import { ForumReadState } from './forum/forum-read-state.entity';
import { ForumReadService } from './forum/forum-read.service';
import { ForumNotifier } from './forum/forum-notifier';
import { ForumSearchDocuments } from './forum/forum-search-documents';
import { ForumSearchIndexer } from './forum/forum-search.indexer';
import { ForumThread } from './forum/forum-thread.entity';
import { ForumThreadPageReader } from './forum/forum-thread-page.reader';
import { ForumWatch } from './forum/forum-watch.entity';
import { ForumWatchService } from './forum/forum-watch.service';
import { ForumController } from './forum/forum.controller';
import { ForumLive } from './forum/forum-live';
import { IwgAccess } from './iwg-access.service';
import { IwgParticipant } from './iwg-participant.entity';
import { IwgPosition } from './iwg-position.entity';
import { IwgActivityBlock } from './iwg-activity.block';
import { IwgSeeder } from './iwg-seeder';
import { Iwg } from './iwg.entity';
import { IwgsController } from './iwgs.controller';
import { IwgsService } from './iwgs.service';
import { ActionItem } from './meetings/action-item.entity';
import { ActionItemsController } from './meetings/action-items.controller';
import { ActionItemsService } from './meetings/action-items.service';
import { MeetingAgendaItem } from './meetings/meeting-agenda-item.entity';
import { MeetingAudience } from './meetings/meeting-audience';
import { MeetingBlocks } from './meetings/meeting-blocks';
import { MeetingNotifier } from './meetings/meeting-notifier';
import { MeetingPagesService } from './meetings/meeting-pages.service';
import { MeetingSearchIndexer } from './meetings/meeting-search.indexer';
import { MeetingSummaries } from './meetings/meeting-summaries';
import { Meeting } from './meetings/meeting.entity';
import { MeetingsController } from './meetings/meetings.controller';
import { MeetingsService } from './meetings/meetings.service';
import { JobsModule } from '../jobs/jobs.module';

/**
 * Informal Working Groups (`/iwg`): the IWGs with their governance, each one's forum, and its
 * meetings (agenda, minutes, action items; under meetings/).
 * Other modules use ForumEvents (what happened), ForumWatchService.recipientsForNewPost (who
 * hears of a new post) and ForumSearchDocuments (what search indexes).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Iwg,
      IwgPosition,
      IwgParticipant,
      ForumCategory,
      ForumThread,
      ForumPost,
      ForumPostRevision,
      ForumReaction,
      ForumReadState,
      ForumReadMark,
      ForumWatch,
      ForumPostAttachment,
      Meeting,
      MeetingAgendaItem,
      ActionItem,
    ]),
    OrganisationsModule,
    UsersModule,
    LiveModule,
    SearchModule,
    NotificationsModule,
    HomeModule,
    LibraryModule,
    JobsModule,
  ],
  controllers: [
    IwgsController,
    ForumController,
    ForumModerationController,
    MeetingsController,
    ActionItemsController,
  ],
  providers: [
    IwgSeeder,
    IwgAccess,
    IwgsService,
    IwgActivityBlock,
    ForumEvents,
    ForumSearchIndexer,
    ForumNotifier,
    ForumReadService,
    ForumWatchService,
    ForumMentionsService,
    ForumPostingService,
    ForumPagesService,
    ForumThreadPageReader,
    ForumModerationService,
    ForumSearchDocuments,
    ForumLive,
    MeetingsService,
    MeetingPagesService,
    ActionItemsService,
    MeetingAudience,
    MeetingNotifier,
    MeetingSearchIndexer,
    MeetingSummaries,
    MeetingBlocks,
    { provide: MarkdownRenderer, useValue: new MarkdownRenderer() },
  ],
  exports: [
    IwgSeeder,
    ForumEvents,
    ForumWatchService,
    ForumSearchDocuments,
    ForumPostingService,
    MeetingSummaries,
  ],
})
export class IwgModule {}
