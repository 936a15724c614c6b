import { Injectable, type OnModuleInit } from '@nestjs/common';
import { userOf, type Actor } from '../common/actor/actor';
import { mayUse } from '../common/areas/area';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { ForumReadService } from './forum/forum-read.service';
import { DashboardBlocks } from '../home/dashboard-blocks';
import { IWG_AREA } from './iwg.area';
import type { Iwg } from './iwg.entity';
import { IwgsService } from './iwgs.service';

/**
 * How long the list of IWGs is reused for members of the same reach: IWGs are created,
 * renamed and closed seldom, and a change shows on the home page within this time.
 */
const KEPT_MS = 30_000;
/** Reaches are few (one per State and region combination); past this, start again. */
const MOST_KEPT = 500;

/**
 * The home page block: the member's open working groups and how many threads wait unread. The
 * IWGs depend only on what the member may see (kept a short while per visibility reach); the
 * unread counts are the member's own and read on every page.
 */
@Injectable()
export class IwgActivityBlock implements OnModuleInit {
  private readonly kept = new Map<string, { until: number; iwgs: Pick<Iwg, 'id' | 'name'>[] }>();

  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly iwgs: IwgsService,
    private readonly reads: ForumReadService,
    private readonly policy: VisibilityPolicy,
  ) {}

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

  private async openIwgs(actor: Actor): Promise<Pick<Iwg, 'id' | 'name'>[]> {
    const user = userOf(actor);
    const reach = this.policy.reach(user);
    const key = JSON.stringify([reach.everything, [...reach.regionIds].sort()]);
    const now = Date.now();
    const hit = this.kept.get(key);
    if (hit && hit.until > now) return hit.iwgs;
    const iwgs = (await this.iwgs.visible(user))
      .filter((iwg) => iwg.closedAt === null)
      .map((iwg) => ({ id: iwg.id, name: iwg.name }));
    if (this.kept.size >= MOST_KEPT) this.kept.clear();
    this.kept.set(key, { until: now + KEPT_MS, iwgs });
    return iwgs;
  }
}
