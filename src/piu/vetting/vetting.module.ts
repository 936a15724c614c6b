import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../../jobs/jobs.module';
import { ScreeningHit } from '../pipeline/screening-hit.entity';
import { PiuModule } from '../piu.module';
import { ProtectionModule } from '../protection/protection.module';
import { FlightPages } from './flight-pages.service';
import { FlightsController } from './flights.controller';
import { HitRows } from './hit-rows';
import { OpenHitCounts } from './open-hit-counts';
import { OpenHitsBadgeSource } from './open-hits-badge.source';
import { TravellerNames } from './traveller-names';
import { VettingListService } from './vetting-list.service';
import { VettingController } from './vetting.controller';

/**
 * The analysts' reading side of screening: the priority vetting list (`/screening`, live over
 * `screening:<stateId>`), the flights pages (`/screening/flights`), and the State's open hits
 * on the navigation's screening entry. Reads the pipeline's tables (flights, travellers, hits,
 * messages) and never writes them; every page that names a traveller is audited through
 * PersonalDataAudit. For the hit workflow: `OpenHitCounts.set(stateId, openHits)` after a
 * change keeps the navigation's number exact.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ScreeningHit]), JobsModule, PiuModule, ProtectionModule],
  controllers: [VettingController, FlightsController],
  providers: [
    VettingListService,
    FlightPages,
    HitRows,
    TravellerNames,
    OpenHitCounts,
    OpenHitsBadgeSource,
  ],
  exports: [OpenHitCounts],
})
export class VettingModule {}
