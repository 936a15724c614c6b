import { Injectable, type OnModuleInit } from '@nestjs/common';
import { userOf, type Actor } from '../common/actor/actor';
import { mayUse } from '../common/areas/area';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { DashboardBlocks } from '../home/dashboard-blocks';
import { LIBRARY_AREA } from './library.areas';
import { LibraryEvents } from './library-events';
import { LibraryViewsService } from './library-views.service';

/** How many resources the home page lists. */
const SHOWN = 5;
/**
 * How long a list is reused for members of the same reach. A change on this instance clears
 * it at once; one made on another instance shows here within this time.
 */
const KEPT_MS = 30_000;
/** Reaches are few (one per State and region combination); past this, start again. */
const MOST_KEPT = 500;

type Model = { resources: Awaited<ReturnType<LibraryViewsService['newest']>> };

/**
 * The home page block: the newest resources the member may see, with the way to share one.
 * Every home page shows it, and what it lists depends only on what the member may see (their
 * visibility reach) and the language of the page: so it is read once per reach and language
 * and kept a short while, not queried on every page.
 */
@Injectable()
export class NewestResourcesBlock implements OnModuleInit {
  private readonly kept = new Map<string, { until: number; model: Model }>();

  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly views: LibraryViewsService,
    private readonly policy: VisibilityPolicy,
    private readonly events: LibraryEvents,
  ) {}

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

  async model(actor: Actor): Promise<Model> {
    const reach = this.policy.reach(userOf(actor));
    const key = JSON.stringify([
      reach.everything,
      reach.programme,
      [...reach.regionIds].sort(),
      [...reach.stateIds].sort(),
      actor.locale,
    ]);
    const now = Date.now();
    const hit = this.kept.get(key);
    if (hit && hit.until > now) return hit.model;
    const model = { resources: await this.views.newest(actor, SHOWN) };
    if (this.kept.size >= MOST_KEPT) this.kept.clear();
    this.kept.set(key, { until: now + KEPT_MS, model });
    return model;
  }
}
