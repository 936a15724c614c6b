import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IwgModule } from '../iwg/iwg.module';
import { JobsModule } from '../jobs/jobs.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { MemberStatesAdminController } from './programme-status/member-states-admin.controller';
import { MemberStatesAdminService } from './programme-status/member-states-admin.service';
import { ProgrammeStatusChange } from './record/programme-status-change.entity';
import { ProgrammeStatusService } from './record/programme-status.service';
import { RoadmapShare } from './record/roadmap-share.entity';
import { StateKeyDate } from './record/state-key-date.entity';
import { StateRecordController } from './record/state-record.controller';
import { StateRecord } from './record/state-record.entity';
import { StateRecordService } from './record/state-record.service';
import { IwgActivitySection } from './space/sections/iwg-activity.section';
import { StateResourcesSection } from './space/sections/state-resources.section';
import { StateAccess } from './space/state-access';
import { StateSpaceSections } from './space/state-space-sections';
import { StatesController } from './states.controller';
import { StatesService } from './states.service';

/**
 * Member States: the State space (`/states`, each State's page with its programme record and
 * the sections other modules register), the record's staff forms, and the list of States by
 * programme status (`/admin/member-states`). The States themselves are organisation rows
 * (OrganisationsModule); the reference list of UN Member States they are seeded from lives in
 * `data/`.
 */
@Module({
  imports: [
    OrganisationsModule,
    UsersModule,
    JobsModule,
    // The State's space shows the State's IWG activity (the IWG's meeting summaries).
    IwgModule,
    TypeOrmModule.forFeature([StateRecord, ProgrammeStatusChange, StateKeyDate, RoadmapShare]),
  ],
  // The record's routes (`/states/:code/record`…) before the page's (`/states/:code`).
  controllers: [StateRecordController, StatesController, MemberStatesAdminController],
  providers: [
    StatesService,
    MemberStatesAdminService,
    ProgrammeStatusService,
    StateRecordService,
    StateAccess,
    StateSpaceSections,
    IwgActivitySection,
    StateResourcesSection,
  ],
  /**
   * Other modules register the sections of a State's space (the roadmap, engagements…), ask
   * StateAccess who may read a State's roadmap, and change a status as staff do (seed:demo).
   */
  exports: [StateSpaceSections, StateAccess, ProgrammeStatusService, StateRecordService],
})
export class MemberStatesModule {}
