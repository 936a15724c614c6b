import { Injectable, type OnModuleInit } from '@nestjs/common';
import { userOf, type Actor } from '../common/actor/actor';
import { mayUse } from '../common/areas/area';
import { ReachCache } from '../common/visibility/reach-cache';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { ForumReadService } from './forum/forum-read.service';
import { DashboardBlocks } from '../home/dashboard-blocks';
import { IWG_AREA } from './iwg.area';
import type { Iwg } from './iwg.entity';
import { IwgsService } from './iwgs.service';

/**
 * The home page block: the member's open working groups and how many threads wait unread. The
 * IWGs depend only on what the member may see (kept a short while per visibility reach); the
 * unread counts are the member's own and read on every page.
 */
@Injectable()
export class IwgActivityBlock implements OnModuleInit {
  /** IWGs are created, renamed and closed seldom: a change shows here within 30 s. */
  private readonly kept: ReachCache<Pick<Iwg, 'id' | 'name'>[]>;

  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly iwgs: IwgsService,
    private readonly reads: ForumReadService,
    policy: VisibilityPolicy,
  ) {
    this.kept = new ReachCache(policy);
  }

  onModuleInit(): void {
    this.blocks.register({
      id: 'iwg-activity',
      title: 'iwg.block.title',
      order: 20,
      partial: 'dashboard-iwgs',
      appliesTo: (user) => mayUse(IWG_AREA, user.role),
      load: (actor: Actor) => this.model(actor),
    });
  }

  async model(actor: Actor) {
    const user = userOf(actor);
    const open = await this.openIwgs(actor);
    const unread = await this.reads.unreadByIwg(
      user,
      open.map((iwg) => iwg.id),
    );
    const iwgs = open.map((iwg) => ({
      id: iwg.id,
      name: iwg.name,
      unread: unread.get(iwg.id) ?? 0,
    }));
    return { iwgs, unread: iwgs.reduce((sum, iwg) => sum + iwg.unread, 0) };
  }

  private openIwgs(actor: Actor): Promise<Pick<Iwg, 'id' | 'name'>[]> {
    const user = userOf(actor);
    return this.kept.get(user, [], async () =>
      (await this.iwgs.visible(user))
        .filter((iwg) => iwg.closedAt === null)
        .map((iwg) => ({ id: iwg.id, name: iwg.name })),
    );
  }
}
