import { Injectable, type OnModuleInit } from '@nestjs/common';
import { userOf, type Actor } from '../../common/actor/actor';
import { ReachCache } from '../../common/visibility/reach-cache';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { mayUse } from '../../common/areas/area';
import { DashboardBlocks } from '../../home/dashboard-blocks';
import { IWG_AREA } from '../iwg.area';
import { MeetingSummaries, UPCOMING_DAYS } from './meeting-summaries';

type UpcomingMeetings = Awaited<ReturnType<MeetingSummaries['upcoming']>>;

/** Most meetings and action items a home page block lists. */
const BLOCK_SIZE = 5;

/**
 * The home page's meeting blocks: the next meetings of the member's working groups (30 days
 * ahead), and the member's own open action items, overdue first. Each says what to do when
 * empty.
 */
@Injectable()
export class MeetingBlocks implements OnModuleInit {
  /**
   * The upcoming meetings depend only on the member's reach, language and time zone: read once
   * per those a short while (cleared when a meeting changes on this instance).
   */
  private readonly upcomingKept: ReachCache<{ meetings: UpcomingMeetings }>;

  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly summaries: MeetingSummaries,
    policy: VisibilityPolicy,
  ) {
    this.upcomingKept = new ReachCache(policy);
  }

  /** A meeting was scheduled, changed or cancelled here: the next home pages read again. */
  forgetUpcoming(): void {
    this.upcomingKept.clear();
  }

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

  upcoming(actor: Actor): Promise<{ meetings: UpcomingMeetings }> {
    return this.upcomingKept.get(userOf(actor), [actor.locale, actor.timeZone], async () => ({
      meetings: await this.summaries.upcoming(actor, {
        withinDays: UPCOMING_DAYS,
        limit: BLOCK_SIZE,
      }),
    }));
  }

  async actionItems(actor: Actor) {
    const items = await this.summaries.mine(actor, BLOCK_SIZE);
    return { items, overdue: items.filter((item) => item.overdue).length };
  }
}
