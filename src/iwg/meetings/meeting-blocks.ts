import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';
import { mayUse } from '../../common/areas/area';
import { DashboardBlocks } from '../../home/dashboard-blocks';
import { IWG_AREA } from '../iwg.area';
import { MeetingSummaries, UPCOMING_DAYS } from './meeting-summaries';

/** Most meetings and action items a home page block lists. */
const BLOCK_SIZE = 5;

/**
 * The home page's meeting blocks: the next meetings of the member's working groups (30 days
 * ahead), and the member's own open action items, overdue first. Each says what to do when
 * empty.
 */
@Injectable()
export class MeetingBlocks implements OnModuleInit {
  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly summaries: MeetingSummaries,
  ) {}

  onModuleInit(): void {
    this.blocks.register({
      id: 'upcoming-meetings',
      title: 'meetings.block.upcomingTitle',
      order: 22,
      partial: 'dashboard-meetings',
      appliesTo: (user) => mayUse(IWG_AREA, user.role),
      load: (actor: Actor) => this.upcoming(actor),
    });
    this.blocks.register({
      id: 'my-action-items',
      title: 'meetings.block.actionsTitle',
      order: 24,
      partial: 'dashboard-action-items',
      appliesTo: (user) => mayUse(IWG_AREA, user.role),
      load: (actor: Actor) => this.actionItems(actor),
    });
  }

  async upcoming(actor: Actor) {
    const meetings = await this.summaries.upcoming(actor, {
      withinDays: UPCOMING_DAYS,
      limit: BLOCK_SIZE,
    });
    return { meetings };
  }

  async actionItems(actor: Actor) {
    const items = await this.summaries.mine(actor, BLOCK_SIZE);
    return { items, overdue: items.filter((item) => item.overdue).length };
  }
}
