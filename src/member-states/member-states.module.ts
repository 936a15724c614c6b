import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { MemberStatesAdminController } from './programme-status/member-states-admin.controller';
import { MemberStatesAdminService } from './programme-status/member-states-admin.service';
import { StateSpaceSections } from './space/state-space-sections';
import { StatesController } from './states.controller';
import { StatesService } from './states.service';

/**
 * Member States: the State space (`/states`, each State's page, for the people who may see
 * it) and the programme status of each State (`/admin/member-states`, for admins and staff).
 * The States themselves are organisation rows (OrganisationsModule); the reference list of UN
 * Member States they are seeded from lives in `data/`.
 */
@Module({
  imports: [OrganisationsModule, UsersModule],
  controllers: [StatesController, MemberStatesAdminController],
  providers: [StatesService, MemberStatesAdminService, StateSpaceSections],
  /** Other modules register the sections of a State's space (the roadmap, engagements…). */
  exports: [StateSpaceSections],
})
export class MemberStatesModule {}
