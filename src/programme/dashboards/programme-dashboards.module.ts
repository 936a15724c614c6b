import { Module } from '@nestjs/common';
import { IwgModule } from '../../iwg/iwg.module';
import { JobsModule } from '../../jobs/jobs.module';
import { MemberStatesModule } from '../../member-states/member-states.module';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { ProgrammeDashboardController } from './programme-dashboard.controller';
import { ProgrammeDashboardService } from './programme-dashboard.service';
import { ProgrammeExportsController } from './programme-exports.controller';
import { ProgrammeExportsService } from './programme-exports.service';
import { ExpertsModule } from '../../experts/experts.module';
import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { ProgrammeMaps } from './programme-maps';
import { ProgrammeWorkReader } from './programme-work';
import { ProgrammeOverviewService } from './programme-overview.service';
import { ProgrammeReportsService } from './programme-reports.service';
import { StateReportController } from './state-report.controller';
import { StateReportSection } from './state-report.section';

/**
 * The programme dashboard (`/programme`) with its server-drawn world map, the CSV exports and
 * PDF reports for donor reporting. It owns no table: it reads the States from the reference
 * data, the meetings from `MeetingSummaries`, the roadmaps and engagements from their modules'
 * exported services.
 */
@Module({
  imports: [
    OrganisationsModule,
    IwgModule,
    JobsModule,
    MemberStatesModule,
    RoadmapsModule,
    ExpertsModule,
  ],
  controllers: [ProgrammeDashboardController, ProgrammeExportsController, StateReportController],
  providers: [
    ProgrammeOverviewService,
    ProgrammeMaps,
    ProgrammeWorkReader,
    ProgrammeDashboardService,
    ProgrammeExportsService,
    ProgrammeReportsService,
    StateReportSection,
  ],
})
export class ProgrammeDashboardsModule {}
