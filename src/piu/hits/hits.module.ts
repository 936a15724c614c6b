import { RetentionModule } from '../retention/retention.module';
import { HitEventsRetention } from './hit-events-retention';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../../jobs/jobs.module';
import { LiveModule } from '../../live/live.module';
import { User } from '../../users/user.entity';
import { ScreeningMessage } from '../ingestion/screening-message.entity';
import { RememberedFalseMatch } from '../pipeline/remembered-false-match.entity';
import { ScreeningFlight } from '../pipeline/screening-flight.entity';
import { ScreeningHit } from '../pipeline/screening-hit.entity';
import { ScreeningTraveller } from '../pipeline/screening-traveller.entity';
import { ScreeningTravellerSource } from '../pipeline/traveller-source.entity';
import { PiuModule } from '../piu.module';
import { ProtectionModule } from '../protection/protection.module';
import { ScreeningRuleVersion } from '../rules/screening-rule-version.entity';
import { WatchlistEntryRecord } from '../watchlists/watchlist-entry.entity';
import { WatchlistVersionRecord } from '../watchlists/watchlist-version.entity';
import { Watchlist } from '../watchlists/watchlist.entity';
import { HitExportService } from './hit-export.service';
import { HitPages } from './hit-pages';
import { HitRecords } from './hit-records';
import { HitWorkflowController } from './hit-workflow.controller';
import { HitWorkflowService } from './hit-workflow.service';
import { HitsController } from './hits.controller';
import { ScreeningHitEvent } from './screening-hit-event.entity';
import { SealedHitEvents } from './sealed-hit-events';

/**
 * Reviewing hits (`/screening/hits/:id`): the page that sets the traveller beside the list
 * entry or rule with the engine's explanation, the review steps (take, release, clear as a
 * false match and remember it, propose, confirm by a second analyst, send back, escalate),
 * notes, the history of every change, and the export of a hit's record for a lawful request.
 */
@Module({
  imports: [
    RetentionModule,
    TypeOrmModule.forFeature([
      ScreeningHit,
      ScreeningHitEvent,
      ScreeningTraveller,
      ScreeningTravellerSource,
      ScreeningFlight,
      ScreeningMessage,
      RememberedFalseMatch,
      ScreeningRuleVersion,
      Watchlist,
      WatchlistVersionRecord,
      WatchlistEntryRecord,
      User,
    ]),
    JobsModule,
    LiveModule,
    PiuModule,
    ProtectionModule,
  ],
  controllers: [HitWorkflowController, HitsController],
  providers: [
    HitRecords,
    HitPages,
    HitWorkflowService,
    HitExportService,
    SealedHitEvents,
    HitEventsRetention,
  ],
  exports: [HitWorkflowService, SealedHitEvents],
})
export class HitsModule {}
