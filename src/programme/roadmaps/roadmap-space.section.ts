import { Injectable, type OnModuleInit } from '@nestjs/common';
import { StateSpaceSections } from '../../member-states/space/state-space-sections';
import { RoadmapPages } from './roadmap-pages.service';

/**
 * The "Roadmap" section of a State's space (`/states/:code`): progress, overdue and blocked
 * steps, and the way to the roadmap. Whoever may see the State's page may see its roadmap
 * (the same `state` rule), so the section applies to every reader of the page.
 */
@Injectable()
export class RoadmapSpaceSection implements OnModuleInit {
  constructor(
    private readonly sections: StateSpaceSections,
    private readonly pages: RoadmapPages,
  ) {}

  onModuleInit(): void {
    this.sections.register({
      id: 'roadmap',
      title: 'roadmaps.space.title',
      order: 10,
      partial: 'space-roadmap',
      load: (actor, state) => this.pages.spaceModel(actor, state),
    });
  }
}
