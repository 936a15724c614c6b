import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { HomeModule } from '../home/home.module';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchModule } from '../search/search.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { Pillar } from '../organisations/pillar.entity';
import { TextExtractionService } from './extraction/text-extraction.service';
import { LibraryAccess } from './library-access';
import { LibraryAttachments } from './library-attachments';
import { LibraryAudienceService } from './library-audience.service';
import { LibraryController } from './library.controller';
import { LibraryEvents } from './library-events';
import { LibraryFilesController } from './library-files.controller';
import { LibraryFilesService } from './library-files.service';
import { LibraryImport } from './library-import';
import { LibraryNotifier } from './library-notifier';
import { LibraryPublishingService } from './library-publishing.service';
import { LibraryResource } from './library-resource.entity';
import { LibraryReviewController } from './library-review.controller';
import { LibraryReviewService } from './library-review.service';
import { LibrarySearchIndexer } from './library-search.indexer';
import { LibrarySearchService } from './library-search.service';
import { LibraryTag } from './library-tag.entity';
import { LibraryUploads } from './library-uploads';
import { LibraryVersion } from './library-version.entity';
import { LibraryViewsService } from './library-views.service';
import { NewestResourcesBlock } from './newest-resources.block';
import { BlobStore } from './storage/blob-store';

/**
 * The shared library (`/library`): documents and links with pillars, tags, language, a
 * visibility and versions, files stored by content hash under `DATA_DIR/files`, text extracted
 * in the background. Other modules use LibraryAccess (one resource for an actor, or 404),
 * LibraryEvents (subscribe to changes), LibrarySearchService (a resource's search document),
 * LibraryAudienceService (who to tell) and LibraryImport (add from bytes). It keeps itself in
 * the search index (LibrarySearchIndexer) and tells its audience through the notifications
 * pipeline (LibraryNotifier).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([LibraryResource, LibraryVersion, LibraryTag, Pillar]),
    OrganisationsModule,
    JobsModule,
    SearchModule,
    NotificationsModule,
    HomeModule,
  ],
  // The review queue first: its paths must win over `library/:id`.
  controllers: [LibraryReviewController, LibraryController, LibraryFilesController],
  providers: [
    {
      provide: BlobStore,
      useFactory: (config: AppConfig) => new BlobStore(join(config.dataDir, 'files')),
      inject: [APP_CONFIG],
    },
    LibraryAccess,
    LibraryAttachments,
    LibraryEvents,
    LibraryPublishingService,
    LibraryReviewService,
    LibraryViewsService,
    LibraryFilesService,
    LibraryAudienceService,
    LibrarySearchService,
    LibraryUploads,
    LibraryImport,
    TextExtractionService,
    LibrarySearchIndexer,
    LibraryNotifier,
    NewestResourcesBlock,
  ],
  exports: [
    LibraryAccess,
    LibraryAttachments,
    LibraryEvents,
    LibrarySearchService,
    LibraryAudienceService,
    LibraryImport,
    BlobStore,
  ],
})
export class LibraryModule {}
