import { Injectable, type OnModuleInit } from '@nestjs/common';
import { StateSpaceSections } from '../member-states/space/state-space-sections';
import { StepLinkSources, type StepLinkItem } from '../programme/roadmaps/step-link-sources';
import { userOf } from '../common/actor/actor';
import { isStaff } from './engagement-access';
import { EngagementSummaries } from './engagement-summaries';
import { ExpertPagesService, requestRow } from './expert-pages.service';
import { shownDate } from './expert-views';
import { RequestsService } from './requests.service';

/**
 * What the Pool of Experts adds to other modules' pages: the "Engagements" and "Open requests"
 * sections of a State's space (`/states/:code`), and the engagements on a roadmap step. The page has checked that the reader may see the State; the
 * requests go through the visibility policy again, the engagements link to their page, which
 * checks the reader itself.
 */
@Injectable()
export class ExpertsSpace implements OnModuleInit {
  constructor(
    private readonly sections: StateSpaceSections,
    private readonly stepLinks: StepLinkSources,
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
    // On a roadmap step's page: the engagements of the requests made for it. The steps asked
    // are ones the reader may see; each engagement's page checks the reader again.
    this.stepLinks.register({
      kind: 'engagement',
      label: 'experts.step.links',
      linksOf: async (actor, stepIds) => {
        const links = new Map<number, StepLinkItem[]>();
        for (const summary of await this.summaries.ofSteps(stepIds)) {
          const stepId = summary.roadmapStepId!;
          links.set(stepId, [
            ...(links.get(stepId) ?? []),
            {
              title: summary.expertName,
              href: summary.href,
              detail: {
                key: 'experts.step.linkDetail',
                params: {
                  from: shownDate(actor, summary.startsOn),
                  to: shownDate(actor, summary.endsOn),
                },
              },
            },
          ]);
        }
        return links;
      },
    });
  }
}
