import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { Clock } from '../jobs/clock';
import { UsersService } from '../users/users.service';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationPreferencesService } from './notification-preferences.service';
import type { NotificationSource } from './notification-source';
import { NotificationSources } from './notification-sources';
import { Notification, type MailState } from './notification.entity';
import {
  isNotificationType,
  type Delivery,
  type NotificationEvent,
  type NotificationType,
} from './notification-types';
import { UnreadCounts } from './unread-counts';

/** What became of one event. */
export interface PublishResult {
  /** The members who got a notification. */
  readonly notified: readonly number[];
  /**
   * Recipients who may not see the subject (or whose account is not active): not notified. A
   * forum tells a post's author which mentioned members were not.
   */
  readonly refused: readonly number[];
  /** Recipients who turned the type off. */
  readonly muted: readonly number[];
}

const MAIL_STATE: Record<Exclude<Delivery, 'off'>, MailState> = {
  'in-app': 'none',
  email: 'pending',
  digest: 'digest',
};

/**
 * The notification pipeline, the one door for producers: a module registers a source for each
 * kind of subject it owns, then publishes events. For each recipient the pipeline applies the
 * member's preference for the type, checks with the source that the member may see the subject
 * now, stores one notification, updates the badge live and, for `email`, schedules the mail
 * that goes only if the notification is still unread after the delay.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: NotificationSources,
    private readonly preferences: NotificationPreferencesService,
    private readonly users: UsersService,
    private readonly unread: UnreadCounts,
    private readonly mailer: NotificationMailer,
    private readonly clock: Clock,
  ) {}

  /** Registers the source of a kind of subject (call it from the producer's onModuleInit). */
  registerSource(source: NotificationSource): void {
    this.sources.register(source);
  }

  async publish<T extends NotificationType>(event: NotificationEvent<T>): Promise<PublishResult> {
    if (!isNotificationType(event.type)) {
      throw new Error(`unknown notification type "${String(event.type)}"`);
    }
    if (!this.sources.has(event.subject.kind)) {
      throw new Error(`no notification source is registered for "${event.subject.kind}"`);
    }
    const subjectId = String(event.subject.id);
    const threadKey = (event.threadKey ?? `${event.subject.kind}:${subjectId}`).slice(0, 100);
    const params = JSON.stringify(event.params ?? {});
    if (params.length > 1000) throw new Error('notification parameters over 1000 characters');

    // One notification per member, for the first reason given; never to the one who acted.
    const reasons = new Map<number, string>();
    for (const { userId, reason } of event.recipients) {
      if (userId !== event.actorUserId && !reasons.has(userId)) reasons.set(userId, reason);
    }
    const deliveries = await this.preferences.deliveriesOf([...reasons.keys()], event.type);
    const muted: number[] = [];
    const refused: number[] = [];
    const now = new Date(this.clock.now());
    const rows: Partial<Notification>[] = [];
    for (const [userId, reason] of reasons) {
      const delivery = deliveries.get(userId) ?? 'in-app';
      if (delivery === 'off') {
        muted.push(userId);
        continue;
      }
      const user = await this.users.findAuthenticated(userId);
      const visible = user
        ? (await this.sources.describe(user, event.subject.kind, [subjectId])).has(subjectId)
        : false;
      if (!visible) {
        refused.push(userId);
        continue;
      }
      const mailState = MAIL_STATE[delivery];
      rows.push({
        userId,
        type: event.type,
        reason,
        subjectKind: event.subject.kind,
        subjectId,
        actorUserId: event.actorUserId ?? null,
        threadKey,
        params,
        createdAt: now,
        readAt: null,
        mailState,
        mailDueAt:
          mailState === 'pending'
            ? new Date(now.getTime() + this.config.notifications.mailDelaySeconds * 1000)
            : null,
        digestedAt: null,
      });
    }
    const saved = rows.length
      ? await this.dataSource.transaction((manager) =>
          manager
            .getRepository(Notification)
            .save(rows.map((row) => Object.assign(new Notification(), row))),
        )
      : [];
    for (const notification of saved) {
      if (notification.mailState === 'pending') await this.mailer.schedule(notification);
    }
    const notified = saved.map((n) => n.userId);
    await this.unread.changed(notified);
    return { notified, refused, muted };
  }

  /**
   * The member saw everything of a thread (`threadKey`, as published): its unread
   * notifications are marked read, so no mail follows for what they already read.
   */
  async markThreadRead(userId: number, threadKey: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(Notification)
      .update({ userId, threadKey, readAt: IsNull() }, { readAt: new Date(this.clock.now()) });
    if (result.affected) await this.unread.changed([userId]);
  }
}
