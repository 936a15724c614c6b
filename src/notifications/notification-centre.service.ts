import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { pagedList, pageRequest } from '../common/lists/paged-list';
import { RowAccess } from '../common/visibility/row-access';
import { Clock } from '../jobs/clock';
import { ActorNames } from './actor-names';
import { NotificationSources } from './notification-sources';
import { headlineOf } from './notification-text';
import { Notification } from './notification.entity';
import { UnreadCounts } from './unread-counts';

export const CENTRE_PAGE_SIZE = 25;

/** Where opening a notification leads: its subject, or back to the centre when it is gone. */
export type OpenResult = { path: string } | { unavailable: true };

/** The member's own notification centre: the list, reading, opening. */
@Injectable()
export class NotificationCentreService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly sources: NotificationSources,
    private readonly actorNames: ActorNames,
    private readonly unread: UnreadCounts,
    private readonly rows: RowAccess,
    private readonly clock: Clock,
  ) {}

  /**
   * One page, newest first. Each subject is asked of its source for the member now: one they
   * may no longer see is listed as unavailable, without its title.
   */
  async listModel(actor: Actor, page: number | undefined) {
    const user = userOf(actor);
    const request = pageRequest(page, CENTRE_PAGE_SIZE);
    const [rows, total] = await this.notifications.findAndCount({
      where: { userId: user.id },
      order: { id: 'DESC' },
      skip: request.offset,
      take: request.size,
    });
    const items = await this.items(actor, rows);
    const unread = await this.unread.get(user.id);
    return {
      pageTitle: { key: 'notifications.title' },
      items,
      unread,
      list: pagedList(items, total, request, { path: '/notifications', filters: {} }),
    };
  }

  /** The member's unread count and newest unread notifications (the home page's block). */
  async latestUnread(actor: Actor, limit: number) {
    const user = userOf(actor);
    const unread = await this.unread.get(user.id);
    // The count is kept in memory: with nothing unread, the page asks the database nothing.
    if (unread === 0) return { unread, items: [] };
    const rows = await this.notifications.find({
      where: { userId: user.id, readAt: IsNull() },
      order: { id: 'DESC' },
      take: limit,
    });
    return { unread, items: await this.items(actor, rows) };
  }

  /** Marks one of the member's notifications read (404 for anyone else's). */
  async markRead(actor: Actor, id: number): Promise<void> {
    const notification = await this.own(actor, id);
    if (notification.readAt) return;
    await this.notifications.update(
      { id, readAt: IsNull() },
      { readAt: new Date(this.clock.now()) },
    );
    await this.unread.changed([notification.userId]);
  }

  async markAllRead(actor: Actor): Promise<number> {
    const userId = userOf(actor).id;
    const result = await this.notifications.update(
      { userId, readAt: IsNull() },
      { readAt: new Date(this.clock.now()) },
    );
    await this.unread.changed([userId]);
    return result.affected ?? 0;
  }

  /** Marks it read and says where its subject is, if the member may still see it. */
  async open(actor: Actor, id: number): Promise<OpenResult> {
    const notification = await this.own(actor, id);
    await this.markRead(actor, id);
    const subject = (
      await this.sources.describe(userOf(actor), notification.subjectKind, [notification.subjectId])
    ).get(notification.subjectId);
    return subject ? { path: subject.path } : { unavailable: true };
  }

  private async own(actor: Actor, id: number): Promise<Notification> {
    const userId = userOf(actor).id;
    return this.rows.scoped(
      actor,
      { type: 'notification', id },
      await this.notifications.findOneBy({ id, userId }),
    );
  }

  /** Notifications as the centre shows them: headline, and the subject only if still visible. */
  private async items(actor: Actor, rows: Notification[]) {
    const subjects = await this.sources.describeAll(userOf(actor), rows);
    const names = await this.actorNames.of(rows.map((n) => n.actorUserId));
    return rows.map((n) => {
      const subject = subjects.get(`${n.subjectKind}:${n.subjectId}`);
      return {
        id: n.id,
        unread: n.readAt === null,
        typeLabel: `notifications.type.${n.type}`,
        reasonLabel: `notifications.reason.${n.reason}`,
        headline: headlineOf(
          { ...n, actorName: n.actorUserId === null ? null : (names.get(n.actorUserId) ?? null) },
          actor.locale,
          actor.timeZone,
        ),
        title: subject?.title ?? null,
        excerpt: subject?.excerpt ?? null,
        createdAt: n.createdAt,
      };
    });
  }
}
