import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../../jobs/jobs.module';
import { ScreeningMessage } from '../ingestion/screening-message.entity';
import { PiuModule } from '../piu.module';
import { ScreeningFlight } from '../pipeline/screening-flight.entity';
import { ScreeningHit } from '../pipeline/screening-hit.entity';
import { ScreeningTraveller } from '../pipeline/screening-traveller.entity';
import { ProtectionModule } from '../protection/protection.module';
import { FlightRetention } from './flight-retention';
import { MessageRetention } from './message-retention';
import { ReidentificationService } from './reidentification.service';
import { ReidentifyController } from './reidentify.controller';
import { RetentionController } from './retention.controller';
import { RetentionFlight } from './retention-flight.entity';
import { RetentionHooks } from './retention-hooks';
import { RetentionPages } from './retention-pages';
import { RetentionRun } from './retention-run';
import { RetentionSchedule } from './retention-schedule';
import { RetentionSettings } from './retention-settings.entity';
import { RetentionSettingsService } from './retention-settings.service';
import { TravellerSearchController } from './traveller-search.controller';
import { TravellerSearchService } from './traveller-search.service';

/**
 * Data protection over time (issue 8, section 5): each State's retention periods
 * (`/screening/retention`), the daily run that depersonalises and then deletes its passenger
 * data on time (RetentionRun; RetentionHooks for modules that keep rows about hits),
 * re-identification of depersonalised records by supervisors (`/screening/reidentify`), and the
 * analysts' name search through the engine's index (`/screening/travellers`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      RetentionSettings,
      RetentionFlight,
      ScreeningFlight,
      ScreeningTraveller,
      ScreeningHit,
      ScreeningMessage,
    ]),
    JobsModule,
    PiuModule,
    ProtectionModule,
  ],
  controllers: [RetentionController, ReidentifyController, TravellerSearchController],
  providers: [
    RetentionSettingsService,
    RetentionRun,
    RetentionSchedule,
    RetentionHooks,
    FlightRetention,
    MessageRetention,
    ReidentificationService,
    TravellerSearchService,
    RetentionPages,
  ],
  exports: [RetentionHooks, RetentionRun, RetentionSettingsService],
})
export class RetentionModule {}
