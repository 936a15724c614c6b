import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import { formatDate } from '../../common/i18n/intl-format';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { Clock } from '../../jobs/clock';
import { User } from '../../users/user.entity';
import { Iwg } from '../iwg.entity';
import { ActionItem, OPEN_STATUSES } from './action-item.entity';
import { meetingSummary, type MeetingSummaryView } from './meeting-views';
import { Meeting } from './meeting.entity';
import { dateIn } from './zoned-time';

/** An action item in a list: what, whose, when, and whether it is late. */
export interface ActionItemView {
  id: number;
  title: string;
  href: string;
  owner: string;
  iwg: string;
  dueOn: string;
  due: string;
  overdue: boolean;
  status: string;
}

/** How far ahead the home page looks for meetings. */
export const UPCOMING_DAYS = 30;

/**
 * What other pages show of the meetings: the next ones and the overdue actions of one IWG (its
 * page), the member's next meetings and open action items (the home page). Every list goes
 * through the visibility policy's condition on the meeting.
 */
@Injectable()
export class MeetingSummaries {
  private readonly ownsOpenItemSql: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
    private readonly clock: Clock,
  ) {
    const q = (name: string) => dataSource.driver.escape(name);
    this.ownsOpenItemSql =
      `SELECT 1 FROM ${q('iwg_action_item')} WHERE ${q('owner_id')} = ? ` +
      `AND ${q('status')} IN (${OPEN_STATUSES.map(() => '?').join(', ')}) LIMIT 1`;
  }

  /** Scheduled meetings not yet over, soonest first (in one IWG, or all the member sees). */
  async upcoming(
    actor: Actor,
    options: { iwgId?: number; withinDays?: number; limit: number },
  ): Promise<(MeetingSummaryView & { iwg: string })[]> {
    const now = new Date(this.clock.now());
    const query = this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('meeting')
      .innerJoinAndSelect('meeting.iwg', 'iwg')
      .where('meeting.status = :status', { status: 'scheduled' })
      .andWhere('meeting.endsAt >= :now', { now })
      .andWhere(this.policy.condition(userOf(actor), VisibilityPolicy.embeddedColumns('meeting')))
      .orderBy('meeting.startsAt', 'ASC')
      .addOrderBy('meeting.id', 'ASC')
      .take(options.limit);
    if (options.iwgId !== undefined)
      query.andWhere('meeting.iwgId = :iwgId', { iwgId: options.iwgId });
    if (options.withinDays !== undefined)
      query.andWhere('meeting.startsAt <= :until', {
        until: new Date(now.getTime() + options.withinDays * 86_400_000),
      });
    const meetings = await query.getMany();
    return meetings.map((meeting) => ({
      ...meetingSummary(actor, meeting),
      iwg: meeting.iwg.name,
    }));
  }

  /** Open action items past their date in one IWG, the most late first. */
  async overdue(actor: Actor, iwgId: number, limit: number): Promise<ActionItemView[]> {
    const today = dateIn(this.clock.now(), actor.timeZone);
    const items = await this.openItems(actor)
      .andWhere('item.iwgId = :iwgId', { iwgId })
      .andWhere('item.dueOn < :today', { today })
      .limit(limit)
      .getMany();
    return this.views(actor, items);
  }

  /** The member's own open items, overdue first (the oldest date first). */
  async mine(actor: Actor, limit: number): Promise<ActionItemView[]> {
    // Every home page asks, and most members own none: one indexed, prepared probe answers
    // them without building the visibility-checked query (a tenth of the page's CPU).
    const owned = await this.dataSource.query<unknown[]>(this.ownsOpenItemSql, [
      userOf(actor).id,
      ...OPEN_STATUSES,
    ]);
    if (owned.length === 0) return [];
    const items = await this.openItems(actor)
      .andWhere('item.ownerId = :ownerId', { ownerId: userOf(actor).id })
      .limit(limit)
      .getMany();
    return this.views(actor, items);
  }

  /** Items as rows of a table, with owners' names and IWG names read in one query each. */
  async views(actor: Actor, items: ActionItem[]): Promise<ActionItemView[]> {
    if (items.length === 0) return [];
    const today = dateIn(this.clock.now(), actor.timeZone);
    const [owners, iwgs] = await Promise.all([
      this.dataSource.getRepository(User).find({
        where: { id: In([...new Set(items.map((item) => item.ownerId))]) },
        select: { id: true, name: true },
      }),
      this.dataSource.getRepository(Iwg).find({
        where: { id: In([...new Set(items.map((item) => item.iwgId))]) },
        select: { id: true, name: true },
      }),
    ]);
    const ownerName = new Map(owners.map((owner) => [owner.id, owner.name]));
    const iwgName = new Map(iwgs.map((iwg) => [iwg.id, iwg.name]));
    return items.map((item) => ({
      id: item.id,
      title: item.title,
      href: `/iwg/${item.iwgId}/meetings/${item.meetingId}#action-${item.id}`,
      owner: ownerName.get(item.ownerId) ?? '',
      iwg: iwgName.get(item.iwgId) ?? '',
      dueOn: item.dueOn,
      due: formatDate(`${item.dueOn}T00:00:00Z`, actor.locale, 'UTC', 'date'),
      overdue: OPEN_STATUSES.includes(item.status) && item.dueOn < today,
      status: item.status,
    }));
  }

  /**
   * Open items the actor may see. The meeting is joined for its visibility only, never
   * selected, so one row per item: `limit` (one query) rather than `take` (TypeORM's two).
   */
  private openItems(actor: Actor) {
    return this.dataSource
      .getRepository(ActionItem)
      .createQueryBuilder('item')
      .innerJoin('item.meeting', 'meeting')
      .where('item.status IN (:...open)', { open: [...OPEN_STATUSES] })
      .andWhere(this.policy.condition(userOf(actor), VisibilityPolicy.embeddedColumns('meeting')))
      .orderBy('item.dueOn', 'ASC')
      .addOrderBy('item.id', 'ASC');
  }
}
