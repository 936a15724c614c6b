import { Injectable, type OnModuleInit } from '@nestjs/common';
import { userOf, type Actor } from '../../common/actor/actor';
import { mayUse } from '../../common/areas/area';
import { isProgrammeStaff } from '../../member-states/space/programme-staff';
import {
  StateSpaceSections,
  type SpaceState,
} from '../../member-states/space/state-space-sections';
import { AssessmentPagesService } from './assessment-pages.service';
import { ASSESSMENTS_AREA } from './assessments.area';

/** The State's space: its assessments, the latest first, and (for staff) a way to start one. */
@Injectable()
export class AssessmentsSection implements OnModuleInit {
  constructor(
    private readonly sections: StateSpaceSections,
    private readonly pages: AssessmentPagesService,
  ) {}

  onModuleInit(): void {
    this.sections.register({
      id: 'assessments',
      title: 'assessments.section.title',
      order: 20,
      partial: 'space-assessments',
      appliesTo: (user) => mayUse(ASSESSMENTS_AREA, user.role),
      load: (actor, state) => this.model(actor, state),
    });
  }

  async model(actor: Actor, state: SpaceState) {
    return {
      assessments: (await this.pages.rows(actor, state.id)).slice(0, 5),
      newHref: isProgrammeStaff(userOf(actor))
        ? `/programme/assessments/new?state=${state.code}`
        : null,
    };
  }
}
