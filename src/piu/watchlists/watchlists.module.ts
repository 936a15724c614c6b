import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../../jobs/jobs.module';
import { User } from '../../users/user.entity';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { ListUploads } from './list-uploads';
import { WatchlistChange } from './watchlist-change.entity';
import { WatchlistEntryRecord } from './watchlist-entry.entity';
import { DatabaseWatchlistIndexSource, WatchlistIndexSource } from './watchlist-index-source';
import { WatchlistIndexService } from './watchlist-index.service';
import { WatchlistLoaderService } from './watchlist-loader.service';
import { WatchlistSkippedRow } from './watchlist-skipped-row.entity';
import { WatchlistVersionRecord } from './watchlist-version.entity';
import { Watchlist } from './watchlist.entity';
import { WatchlistsController } from './watchlists.controller';
import { WatchlistsService } from './watchlists.service';

/**
 * The watchlists of each State's PIU (`/screening/lists`): lists, versions with their import
 * report and diff, and the long-lived index per State the screening reads
 * (WatchlistIndexService: `current(stateId)`, `onVersionActivated(listener)`).
 */
@Module({
  imports: [
    JobsModule,
    TypeOrmModule.forFeature([
      Watchlist,
      WatchlistVersionRecord,
      WatchlistEntryRecord,
      WatchlistChange,
      WatchlistSkippedRow,
      User,
    ]),
  ],
  controllers: [WatchlistsController],
  providers: [
    PurposeGuard,
    WatchlistsService,
    WatchlistLoaderService,
    WatchlistIndexService,
    { provide: WatchlistIndexSource, useClass: DatabaseWatchlistIndexSource },
    ListUploads,
  ],
  exports: [WatchlistIndexService, WatchlistIndexSource, WatchlistLoaderService, WatchlistsService],
})
export class WatchlistsModule {}
