import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../../jobs/jobs.module';
import { LiveModule } from '../../live/live.module';
import { IngestionModule } from '../ingestion/ingestion.module';
import { ScreeningMessage } from '../ingestion/screening-message.entity';
import { ProtectionModule } from '../protection/protection.module';
import { RulesModule } from '../rules/rules.module';
import { WatchlistsModule } from '../watchlists/watchlists.module';
import { HitLedger } from './hit-ledger';
import { RememberedFalseMatch } from './remembered-false-match.entity';
import { ScreeningFlight } from './screening-flight.entity';
import { ScreeningHit } from './screening-hit.entity';
import { ScreeningLive } from './screening-live';
import { ScreeningPipeline } from './screening-pipeline';
import { SealedRows } from './sealed-rows';
import { ScreeningTraveller } from './screening-traveller.entity';
import { TravellerLedger } from './traveller-ledger';
import { ScreeningTravellerSource } from './traveller-source.entity';

/**
 * Screening on arrival: flights, their travellers joined across API and PNR messages (personal
 * data sealed), and hits naming the list version or rule version that made them. Every
 * message that arrives is screened in the background (the job runner: Redis when set); new
 * list versions and rules re-screen the flights departing soon.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ScreeningFlight,
      ScreeningTraveller,
      ScreeningTravellerSource,
      ScreeningHit,
      RememberedFalseMatch,
      ScreeningMessage,
    ]),
    JobsModule,
    LiveModule,
    IngestionModule,
    ProtectionModule,
    RulesModule,
    WatchlistsModule,
  ],
  providers: [ScreeningPipeline, TravellerLedger, HitLedger, ScreeningLive, SealedRows],
  exports: [ScreeningPipeline, ScreeningLive, TravellerLedger, HitLedger, SealedRows],
})
export class PipelineModule {}
