import { Injectable, type OnModuleInit } from '@nestjs/common';
import { StateSpaceSections } from '../member-states/space/state-space-sections';
import { userOf } from '../common/actor/actor';
import { isStaff } from './engagement-access';
import { EngagementSummaries } from './engagement-summaries';
import { ExpertPagesService, requestRow } from './expert-pages.service';
import { RequestsService } from './requests.service';

/**
 * What the Pool of Experts adds to a State's space (`/states/:code`): its "Engagements" and
 * "Open requests" sections. The page has checked that the reader may see the State; the
 * requests go through the visibility policy again, the engagements link to their page, which
 * checks the reader itself.
 */
@Injectable()
export class ExpertsSpace implements OnModuleInit {
  constructor(
    private readonly sections: StateSpaceSections,
    private readonly summaries: EngagementSummaries,
    private readonly requests: RequestsService,
    private readonly pages: ExpertPagesService,
  ) {}

  onModuleInit(): void {
    this.sections.register({
      id: 'engagements',
      title: 'experts.space.engagements',
      order: 30,
      partial: 'space-engagements',
      // A partner agency a State's roadmap is shared with sees the roadmap, not the pool.
      appliesTo: (user) => user.role !== 'partner',
      load: async (actor, state) => ({
        engagements: this.pages.engagementViews(actor, await this.summaries.ofState(state.id, 10)),
      }),
    });
    this.sections.register({
      id: 'requests',
      title: 'experts.space.requests',
      order: 40,
      partial: 'space-requests',
      appliesTo: (user) => user.role !== 'partner',
      load: async (actor, state) => {
        const user = userOf(actor);
        const rows = await this.requests.list(actor, { stateId: state.id, status: 'open' });
        const mayAsk = isStaff(user) || (user.role === 'focal-point' && user.stateId === state.id);
        return {
          requests: rows.map((row) => requestRow(actor, row)),
          askHref: mayAsk ? '/experts/requests/new' : null,
        };
      },
    });
  }
}
