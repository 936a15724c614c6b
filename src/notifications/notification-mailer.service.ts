import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThanOrEqual, type Repository } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { DEFAULT_LOCALE } from '../common/i18n/locale';
import { translate } from '../common/i18n/translator';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { Clock } from '../jobs/clock';
import { JobRunner } from '../jobs/job-runner';
import { defineJob } from '../jobs/job-type';
import { MailService } from '../mail/mail.service';
import { UsersService } from '../users/users.service';
import { ActorNames } from './actor-names';
import { assembleDigest, type DigestCandidate } from './digest';
import { digestDue, threadMailAllowed } from './delivery-rules';
import { digestMail, notificationMail, type MailFrame, type MailItem } from './notification-mail';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationSettings } from './notification-settings.entity';
import { NotificationSources } from './notification-sources';
import { headlineOf } from './notification-text';
import { NotificationThreadMail } from './notification-thread-mail.entity';
import { Notification, type MailState } from './notification.entity';
import { isNotificationType, type NotificationType } from './notification-types';
import { signUnsubscribe, type UnsubscribeTopic } from './unsubscribe-token';

/** One notification's mail, when its delay is over; retried with doubling back-off (1 min…). */
export const SEND_NOTIFICATION_MAIL = defineJob<{ notificationId: number }>('notifications.mail', {
  attempts: 6,
  backoffMs: 60_000,
});
/** One member's digest. */
export const SEND_DIGEST = defineJob<{ userId: number }>('notifications.digest', {
  attempts: 6,
  backoffMs: 60_000,
});
/** Picks up mails still pending past their time (retries given up, a restart in between). */
export const MAIL_SWEEP = defineJob<Record<string, never>>('notifications.mail-sweep');
/** Finds the members whose digest is due. */
export const DIGEST_SWEEP = defineJob<Record<string, never>>('notifications.digest-sweep');

export const MAIL_SWEEP_INTERVAL_MS = 10 * 60_000;
export const DIGEST_SWEEP_INTERVAL_MS = 3_600_000;
/** Most pending mails one sweep re-queues; the next sweep takes the rest. */
const SWEEP_BATCH = 500;
/** Most waiting notifications one digest reads. */
const DIGEST_READ_LIMIT = 500;

/**
 * The e-mail side of notifications. A notification for a member who wants the type by mail is
 * mailed only if still unread when its delay is over, at most once per thread per hour (the
 * rest waits for the digest); the digest gathers what the member missed, daily or weekly. Each
 * mail is built at send time from what the member may see then, and carries a one-click
 * unsubscribe. Every handler is safe to run twice: state lives in the database, and a mail that
 * failed is retried, then picked up again by the sweep, never lost.
 */
@Injectable()
export class NotificationMailer implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(NotificationSettings)
    private readonly settings: Repository<NotificationSettings>,
    private readonly names: ActorNames,
    private readonly sources: NotificationSources,
    private readonly preferences: NotificationPreferencesService,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SEND_NOTIFICATION_MAIL, ({ notificationId }) =>
      this.sendOne(notificationId),
    );
    this.jobs.register(SEND_DIGEST, ({ userId }) => this.sendDigest(userId));
    this.jobs.register(MAIL_SWEEP, () => this.sweepMail());
    this.jobs.register(DIGEST_SWEEP, () => this.sweepDigests());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(MAIL_SWEEP, MAIL_SWEEP_INTERVAL_MS, {});
    await this.jobs.every(DIGEST_SWEEP, DIGEST_SWEEP_INTERVAL_MS, {});
  }

  /** Queues a pending notification's mail for its due time. */
  async schedule(notification: Notification): Promise<void> {
    const delayMs = Math.max(0, (notification.mailDueAt?.getTime() ?? 0) - this.clock.now());
    await this.jobs.enqueue(
      SEND_NOTIFICATION_MAIL,
      { notificationId: notification.id },
      { delayMs, jobId: `mail-${notification.id}` },
    );
  }

  /** Sends one notification's mail if it is still due, unread, wanted, visible and not rate-limited. */
  async sendOne(notificationId: number): Promise<void> {
    const notification = await this.notifications.findOneBy({ id: notificationId });
    if (!notification || notification.mailState !== 'pending') return;
    const settle = (mailState: MailState) =>
      this.notifications.update({ id: notificationId, mailState: 'pending' }, { mailState });
    if (notification.readAt) return void (await settle('cancelled'));
    const user = await this.users.findAuthenticated(notification.userId);
    if (!user || !this.mail.enabled || !isNotificationType(notification.type)) {
      return void (await settle('cancelled'));
    }
    const delivery = (await this.preferences.deliveriesOf([user.id], notification.type)).get(
      user.id,
    );
    if (delivery !== 'email')
      return void (await settle(delivery === 'digest' ? 'digest' : 'cancelled'));
    const subject = (
      await this.sources.describe(user, notification.subjectKind, [notification.subjectId])
    ).get(notification.subjectId);
    if (!subject) return void (await settle('withheld'));

    const now = new Date(this.clock.now());
    const previous = await this.claimThread(user.id, notification.threadKey, now);
    if (previous === false) return void (await settle('held'));
    try {
      const locale = this.localeOf(user);
      const actorName = await this.actorName(notification.actorUserId);
      const item: MailItem = {
        headline: headlineOf({ ...notification, actorName }, locale, user.timeZone),
        title: subject.title,
        excerpt: subject.excerpt,
        url: this.absolute(`/notifications/${notification.id}/open`),
      };
      const what = translate(locale, `notifications.type.${notification.type}`);
      await this.mail.deliver(notificationMail(this.frame(user, notification.type, what), item));
    } catch (error) {
      await this.releaseThread(user.id, notification.threadKey, now, previous);
      throw error;
    }
    await settle('sent');
  }

  /** Queues the digests that are due. */
  async sweepDigests(): Promise<void> {
    const waiting = await this.notifications
      .createQueryBuilder('n')
      .select('n.userId', 'userId')
      .addSelect('MIN(n.createdAt)', 'oldest')
      .where('n.readAt IS NULL AND n.digestedAt IS NULL')
      .andWhere('n.mailState IN (:...states)', { states: ['digest', 'held'] })
      .groupBy('n.userId')
      .getRawMany<{ userId: number | string; oldest: Date | string }>();
    if (waiting.length === 0) return;
    const userIds = waiting.map((row) => Number(row.userId));
    const settings = new Map(
      (await this.settings.findBy({ userId: In(userIds) })).map((row) => [row.userId, row]),
    );
    const now = new Date(this.clock.now());
    for (const row of waiting) {
      const userId = Number(row.userId);
      const own = settings.get(userId);
      const frequency = (await this.preferences.of(userId)).digestFrequency;
      if (digestDue(frequency, own?.lastDigestAt ?? null, asDate(row.oldest), now)) {
        await this.jobs.enqueue(SEND_DIGEST, { userId }, { jobId: `digest-${userId}` });
      }
    }
  }

  /** One member's digest, if it is (still) due: safe to run twice. */
  async sendDigest(userId: number): Promise<void> {
    const user = await this.users.findAuthenticated(userId);
    if (!user || !this.mail.enabled) return;
    const waiting = await this.notifications.find({
      where: { userId, readAt: IsNull(), digestedAt: IsNull(), mailState: In(['digest', 'held']) },
      order: { id: 'DESC' },
      take: DIGEST_READ_LIMIT,
    });
    if (waiting.length === 0) return;
    const preferences = await this.preferences.of(userId);
    const own = await this.settings.findOneBy({ userId });
    const now = new Date(this.clock.now());
    const oldest = new Date(Math.min(...waiting.map((n) => n.createdAt.getTime())));
    if (!digestDue(preferences.digestFrequency, own?.lastDigestAt ?? null, oldest, now)) return;

    const wanted = waiting.filter((n) => {
      const delivery = isNotificationType(n.type) ? preferences.deliveries.get(n.type) : 'off';
      return delivery === 'email' || delivery === 'digest';
    });
    const subjects = await this.sources.describeAll(user, wanted);
    const actorNames = await this.names.of(wanted.map((n) => n.actorUserId));
    const candidates: DigestCandidate[] = wanted.map((n) => ({
      id: n.id,
      type: n.type as NotificationType,
      createdAt: n.createdAt,
      actorName: n.actorUserId === null ? null : (actorNames.get(n.actorUserId) ?? null),
      params: {},
      subject: subjects.get(`${n.subjectKind}:${n.subjectId}`),
    }));
    const digest = assembleDigest(candidates);
    const byId = new Map(waiting.map((n) => [n.id, n]));
    if (digest.count > 0) {
      const locale = this.localeOf(user);
      const sections = digest.sections.map((section) => ({
        heading: translate(locale, `notifications.type.${section.type}`),
        items: section.items.map((item) => ({
          headline: headlineOf(
            { type: item.type, params: byId.get(item.id)!.params, actorName: item.actorName },
            locale,
            user.timeZone,
          ),
          title: item.subject.title,
          excerpt: item.subject.excerpt,
          url: this.absolute(`/notifications/${item.id}/open`),
        })),
      }));
      const what = translate(locale, 'notifications.digest.what');
      await this.mail.deliver(
        digestMail(
          this.frame(user, 'digest', what),
          sections,
          digest.count,
          this.absolute('/notifications'),
        ),
      );
    }
    // Everything this digest dealt with, sent or left out, is done; other types stay in the centre.
    await this.dataSource.transaction(async (manager) => {
      const ids = waiting.map((n) => n.id);
      await manager.getRepository(Notification).update({ id: In(ids) }, { digestedAt: now });
      const repository = manager.getRepository(NotificationSettings);
      if (own) await repository.update({ userId }, { lastDigestAt: now });
      else
        await repository.insert({
          userId,
          digestFrequency: preferences.digestFrequency,
          lastDigestAt: now,
        });
    });
  }

  /** Re-queues mails whose time has passed but which are still pending. */
  async sweepMail(): Promise<void> {
    const overdue = await this.notifications.find({
      select: { id: true, mailDueAt: true },
      where: {
        mailState: 'pending',
        mailDueAt: LessThanOrEqual(new Date(this.clock.now() - MAIL_SWEEP_INTERVAL_MS)),
      },
      order: { id: 'ASC' },
      take: SWEEP_BATCH,
    });
    for (const notification of overdue) await this.schedule(notification);
  }

  /**
   * Takes the member's mail slot for a thread: the previous send time (null: never) when it was
   * free, false when a mail went within the hour. One conditional write, so two jobs for one
   * thread cannot both win.
   */
  private async claimThread(
    userId: number,
    threadKey: string,
    now: Date,
  ): Promise<Date | null | false> {
    const repository = this.dataSource.getRepository(NotificationThreadMail);
    const current = await repository.findOneBy({ userId, threadKey });
    if (!current) {
      try {
        await repository.insert({ userId, threadKey, lastSentAt: now });
        return null;
      } catch {
        return false; // another job inserted it first
      }
    }
    if (!threadMailAllowed(current.lastSentAt, now)) return false;
    const result = await repository.update(
      { userId, threadKey, lastSentAt: current.lastSentAt },
      { lastSentAt: now },
    );
    return result.affected === 1 ? current.lastSentAt : false;
  }

  /** Gives the slot back after a failed send, so the retry may use it. */
  private async releaseThread(
    userId: number,
    threadKey: string,
    claimedAt: Date,
    previous: Date | null,
  ): Promise<void> {
    const repository = this.dataSource.getRepository(NotificationThreadMail);
    if (previous === null) await repository.delete({ userId, threadKey, lastSentAt: claimedAt });
    else
      await repository.update(
        { userId, threadKey, lastSentAt: claimedAt },
        { lastSentAt: previous },
      );
  }

  private frame(user: AuthenticatedUser, topic: UnsubscribeTopic, what: string): MailFrame {
    const token = signUnsubscribe(this.config.encryptionKey, { userId: user.id, topic });
    return {
      to: user.email,
      locale: this.localeOf(user),
      recipientName: user.name,
      unsubscribeUrl: this.absolute(`/notifications/unsubscribe/${token}`),
      unsubscribeWhat: what,
      preferencesUrl: this.absolute('/account/notifications'),
    };
  }

  private localeOf(user: AuthenticatedUser): string {
    return user.locale ?? DEFAULT_LOCALE;
  }

  private absolute(path: string): string {
    return new URL(path, this.config.publicUrl).toString();
  }

  private async actorName(actorUserId: number | null): Promise<string | null> {
    if (actorUserId === null) return null;
    return (await this.names.of([actorUserId])).get(actorUserId) ?? null;
  }
}

function asDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  // SQLite returns "YYYY-MM-DD HH:MM:SS.sss" in UTC.
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
