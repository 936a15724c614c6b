import { Injectable, type OnModuleInit } from '@nestjs/common';
import { mayUse } from '../../common/areas/area';
import {
  StateSpaceSections,
  type SpaceState,
} from '../../member-states/space/state-space-sections';
import { STATE_REPORT_AREA } from './programme-dashboards.areas';

/**
 * On a State's space (`/states/:code`), the link to its roadmap report for donors (PDF), for
 * whoever may take it: the page has already checked that the reader may see the State.
 */
@Injectable()
export class StateReportSection implements OnModuleInit {
  constructor(private readonly sections: StateSpaceSections) {}

  onModuleInit(): void {
    this.sections.register({
      id: 'state-report',
      title: 'programme.space.title',
      order: 90,
      partial: 'state-space-report',
      appliesTo: (user) => mayUse(STATE_REPORT_AREA, user.role),
      load: async (_actor, state: SpaceState) => ({
        href: `/programme/states/${state.code}/report.pdf`,
        name: state.name,
      }),
    });
  }
}
