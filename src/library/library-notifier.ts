import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, type Repository } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import type { NotificationSubject } from '../notifications/notification-source';
import { NotificationsService } from '../notifications/notifications.service';
import { NotificationPreferencesService } from '../notifications/notification-preferences.service';
import type {
  NotificationReason,
  NotificationRecipient,
} from '../notifications/notification-types';
import { LibraryAudienceService } from './library-audience.service';
import { LibraryEvents, type LibraryEvent } from './library-events';
import { LibraryResource } from './library-resource.entity';
import { reviews } from './library-rights';

/** How much of a summary a notification shows. */
const EXCERPT_LENGTH = 200;

/**
 * Tells the library's audience: a resource published (or approved) reaches the members of its
 * State or region who may see it; a proposal reaches the reviewers. The pipeline asks the source
 * registered here, at display and at send time, whether the member may still see the resource.
 */
@Injectable()
export class LibraryNotifier implements OnModuleInit {
  constructor(
    private readonly events: LibraryEvents,
    private readonly audience: LibraryAudienceService,
    private readonly notifications: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
    private readonly policy: VisibilityPolicy,
    @InjectRepository(LibraryResource) private readonly resources: Repository<LibraryResource>,
  ) {}

  onModuleInit(): void {
    this.notifications.registerSource({
      kind: 'resource',
      describe: (user, ids) => this.describe(user, ids),
    });
    this.events.subscribe((event) => this.notify(event));
  }

  async notify(event: LibraryEvent): Promise<void> {
    switch (event.type) {
      case 'resource.published':
      case 'resource.approved':
        return this.publishTo(
          'new-resource',
          event,
          await this.audience.newResourceRecipients(event.resourceId, (codes) =>
            this.preferences.pillarFollowers(codes),
          ),
        );
      case 'resource.proposed':
        return this.publish(
          'review',
          event,
          await this.audience.reviewQueueRecipients(event.resourceId),
          'moderator',
        );
      default:
        return;
    }
  }

  /**
   * The resources among `ids` that `user` may see now, through the visibility policy inside the
   * query; a proposal only for its author and the reviewers, a deleted one for nobody.
   */
  async describe(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const wanted = ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number);
    if (wanted.length === 0) return new Map();
    const query = this.resources
      .createQueryBuilder('r')
      .select(['r.id', 'r.title', 'r.summary'])
      .where({ id: In(wanted) })
      .andWhere(this.policy.condition(user, VisibilityPolicy.embeddedColumns('r')));
    if (!reviews(user)) {
      query.andWhere(
        new Brackets((qb) =>
          qb
            .where('r.status = :published', { published: 'published' })
            .orWhere('r.authorId = :me', {
              me: user.id,
            }),
        ),
      );
    }
    const rows = await query.getMany();
    return new Map(
      rows.map((row) => [
        String(row.id),
        {
          title: row.title,
          excerpt: row.summary.slice(0, EXCERPT_LENGTH),
          path: `/library/${row.id}`,
        },
      ]),
    );
  }

  private async publish(
    type: 'new-resource' | 'review',
    event: LibraryEvent,
    userIds: readonly number[],
    reason: NotificationReason,
  ): Promise<void> {
    await this.publishTo(
      type,
      event,
      userIds.map((userId) => ({ userId, reason })),
    );
  }

  private async publishTo(
    type: 'new-resource' | 'review',
    event: LibraryEvent,
    recipients: readonly NotificationRecipient[],
  ): Promise<void> {
    if (recipients.length === 0) return;
    await this.notifications.publish({
      type,
      recipients,
      subject: { kind: 'resource', id: event.resourceId },
      actorUserId: event.actorId,
      params: {},
    });
  }
}
