import { Injectable, type OnModuleInit } from '@nestjs/common';
import { userOf, type Actor } from '../common/actor/actor';
import { mayUse } from '../common/areas/area';
import { ReachCache } from '../common/visibility/reach-cache';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { DashboardBlocks } from '../home/dashboard-blocks';
import { LIBRARY_AREA } from './library.areas';
import { LibraryEvents } from './library-events';
import { LibraryViewsService } from './library-views.service';

/** How many resources the home page lists. */
const SHOWN = 5;

type Model = { resources: Awaited<ReturnType<LibraryViewsService['newest']>> };

/**
 * The home page block: the newest resources the member may see, with the way to share one.
 * Every home page shows it, and what it lists depends only on what the member may see (their
 * visibility reach) and the language of the page: so it is read once per reach and language
 * and kept a short while, not queried on every page.
 */
@Injectable()
export class NewestResourcesBlock implements OnModuleInit {
  private readonly kept: ReachCache<Model>;

  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly views: LibraryViewsService,
    policy: VisibilityPolicy,
    private readonly events: LibraryEvents,
  ) {
    this.kept = new ReachCache(policy);
  }

  onModuleInit(): void {
    this.events.subscribe(() => this.kept.clear());
    this.blocks.register({
      id: 'newest-resources',
      title: 'library.block.title',
      order: 30,
      partial: 'dashboard-resources',
      appliesTo: (user) => mayUse(LIBRARY_AREA, user.role),
      load: (actor: Actor) => this.model(actor),
    });
  }

  model(actor: Actor): Promise<Model> {
    return this.kept.get(userOf(actor), [actor.locale], async () => ({
      resources: await this.views.newest(actor, SHOWN),
    }));
  }
}
