import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { mayUse } from '../common/areas/area';
import { DashboardBlocks } from '../home/dashboard-blocks';
import { LIBRARY_AREA } from './library.areas';
import { LibraryViewsService } from './library-views.service';

/** How many resources the home page lists. */
const SHOWN = 5;

/** The home page block: the newest resources the member may see, with the way to share one. */
@Injectable()
export class NewestResourcesBlock implements OnModuleInit {
  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly views: LibraryViewsService,
  ) {}

  onModuleInit(): void {
    this.blocks.register({
      id: 'newest-resources',
      title: 'library.block.title',
      order: 30,
      partial: 'dashboard-resources',
      appliesTo: (user) => mayUse(LIBRARY_AREA, user.role),
      load: (actor: Actor) => this.model(actor),
    });
  }

  async model(actor: Actor) {
    return { resources: await this.views.newest(actor, SHOWN) };
  }
}
