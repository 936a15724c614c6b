import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { numericIds, type NotificationSubject } from '../notifications/notification-source';
import type {
  NotificationParams,
  NotificationRecipient,
} from '../notifications/notification-types';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { AssistanceRequest } from './assistance-request.entity';
import { engagementRoleOf } from './engagement-access';
import type { FeedbackSide } from './engagement-feedback.entity';
import { Engagement } from './engagement.entity';

export type EngagementChange = NotificationParams['engagement']['change'];

/** The parties of an engagement a change may concern. */
type Party = 'expert' | 'focal-points' | 'proposer';

/** Who hears of each change (the one who made it never does: the pipeline leaves them out). */
const AUDIENCE: Record<EngagementChange, readonly Party[]> = {
  proposed: ['expert'],
  accepted: ['focal-points', 'proposer'],
  declined: ['focal-points', 'proposer'],
  confirmed: ['expert', 'proposer'],
  closed: ['expert', 'focal-points', 'proposer'],
  cancelled: ['expert', 'focal-points', 'proposer'],
  // Feedback goes to the side rated: see feedbackGiven().
  feedback: [],
  // The expert answered the State's feedback: the State's focal points wrote it.
  reply: ['focal-points'],
};

const REASON = { expert: 'assigned', 'focal-points': 'state', proposer: 'participant' } as const;

/**
 * The Pool of Experts' notifications, through the one pipeline: each step of an engagement to
 * the parties it concerns (a proposal to the expert; accepted or declined to the State's focal
 * points and the staff member who proposed; confirmed to the expert and the proposer; closed or
 * cancelled to all of them), feedback to the side rated, and a new assistance request to
 * programme staff, whose review it waits for. The sources registered here answer, whenever a
 * notification is shown or mailed, only for members who may open the engagement or the request
 * now (an engagement's parties and staff; a request through the visibility policy).
 *
 * Called after the change committed; a failure to notify is logged and never fails the change.
 */
@Injectable()
export class ExpertsNotifier implements OnModuleInit {
  private readonly logger = new Logger('ExpertsNotifier');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly policy: VisibilityPolicy,
  ) {}

  onModuleInit(): void {
    this.notifications.registerSource({
      kind: 'engagement',
      describe: (user, ids) => this.describeEngagements(user, ids),
    });
    this.notifications.registerSource({
      kind: 'expert-request',
      describe: (user, ids) => this.describeRequests(user, ids),
    });
  }

  /** An engagement took a step (`change`), by `actorUserId`. */
  async engagementChanged(
    engagement: Engagement,
    change: EngagementChange,
    actorUserId: number,
  ): Promise<void> {
    await this.safely(`engagement ${engagement.id} ${change}`, async () => {
      const recipients = await this.partiesOf(engagement, AUDIENCE[change]);
      await this.publish(engagement.id, change, recipients, actorUserId);
    });
  }

  /** One side gave its feedback: the side it rates hears of it. */
  async feedbackGiven(
    engagement: Engagement,
    side: FeedbackSide,
    actorUserId: number,
  ): Promise<void> {
    await this.safely(`engagement ${engagement.id} feedback`, async () => {
      // The State rates the expert; the expert rates the engagement the State asked for.
      const rated: Party[] = side === 'state' ? ['expert'] : ['focal-points'];
      await this.publish(
        engagement.id,
        'feedback',
        await this.partiesOf(engagement, rated),
        actorUserId,
      );
    });
  }

  /** A State asked for help: programme staff review the request and match an expert. */
  async requestCreated(request: AssistanceRequest, actorUserId: number): Promise<void> {
    await this.safely(`request ${request.id}`, async () => {
      const staff = await this.activeUserIds({ role: 'staff' });
      if (staff.length === 0) return;
      await this.notifications.publish({
        type: 'review',
        recipients: staff.map((userId) => ({ userId, reason: 'staff' })),
        subject: { kind: 'expert-request', id: request.id },
        actorUserId,
        params: {},
      });
    });
  }

  /** The engagements among `ids` that `user` may open now: staff, the expert, the State's members. */
  async describeEngagements(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const wanted = numericIds(ids);
    if (wanted.length === 0) return new Map();
    const engagements = await this.dataSource.getRepository(Engagement).find({
      where: { id: In(wanted) },
      relations: { request: { state: true } },
    });
    return new Map(
      engagements
        .filter((engagement) => engagementRoleOf(user, engagement) !== null)
        .map((engagement) => [
          String(engagement.id),
          {
            title: engagement.request.topic,
            excerpt: engagement.request.state.name,
            path: `/experts/engagements/${engagement.id}`,
          },
        ]),
    );
  }

  /** The requests among `ids` that `user` may see now, through the visibility policy. */
  async describeRequests(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const wanted = numericIds(ids);
    if (wanted.length === 0) return new Map();
    const requests = await this.dataSource
      .getRepository(AssistanceRequest)
      .createQueryBuilder('request')
      .innerJoinAndSelect('request.state', 'state')
      .where({ id: In(wanted) })
      .andWhere(this.policy.condition(user, VisibilityPolicy.embeddedColumns('request')))
      .getMany();
    return new Map(
      requests.map((request) => [
        String(request.id),
        {
          title: request.topic,
          excerpt: request.state.name,
          path: `/experts/requests/${request.id}`,
        },
      ]),
    );
  }

  private async publish(
    engagementId: number,
    change: EngagementChange,
    recipients: readonly NotificationRecipient[],
    actorUserId: number,
  ): Promise<void> {
    if (recipients.length === 0) return;
    await this.notifications.publish({
      type: 'engagement',
      recipients,
      subject: { kind: 'engagement', id: engagementId },
      actorUserId,
      params: { change },
    });
  }

  private async partiesOf(
    engagement: Engagement,
    parties: readonly Party[],
  ): Promise<NotificationRecipient[]> {
    const recipients: NotificationRecipient[] = [];
    for (const party of parties) {
      const ids =
        party === 'expert'
          ? [engagement.expertUserId]
          : party === 'proposer'
            ? [engagement.proposedById]
            : await this.activeUserIds({ role: 'focal-point', organisationId: engagement.stateId });
      recipients.push(...ids.map((userId) => ({ userId, reason: REASON[party] })));
    }
    return recipients;
  }

  private async activeUserIds(where: Partial<Pick<User, 'role' | 'organisationId'>>) {
    const users = await this.dataSource.getRepository(User).find({
      where: { ...where, active: true },
      select: { id: true },
      order: { id: 'ASC' },
    });
    return users.map((user) => user.id);
  }

  private async safely(what: string, notify: () => Promise<void>): Promise<void> {
    try {
      await notify();
    } catch (error) {
      this.logger.error(`notifying ${what} failed: ${String(error)}`);
    }
  }
}
