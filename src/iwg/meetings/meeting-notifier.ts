import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { numericIds, type NotificationSubject } from '../../notifications/notification-source';
import { NotificationsService } from '../../notifications/notifications.service';
import { Iwg } from '../iwg.entity';
import { ActionItem } from './action-item.entity';
import { MeetingBlocks } from './meeting-blocks';
import { MeetingAudience } from './meeting-audience';
import { Meeting } from './meeting.entity';

/**
 * Meeting news for the members: a meeting scheduled, changed or cancelled goes to everyone who
 * takes part in the IWG (`participant`); an action item to its owner when given and when due
 * (`assigned`). The sources registered here give a meeting's or an item's title only to a
 * member who may still see the meeting, when the notification is shown or mailed.
 */
@Injectable()
export class MeetingNotifier implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly policy: VisibilityPolicy,
    private readonly audience: MeetingAudience,
    private readonly blocks: MeetingBlocks,
  ) {}

  onModuleInit(): void {
    this.notifications.registerSource({
      kind: 'meeting',
      describe: (user, ids) => this.describeMeetings(user, ids),
    });
    this.notifications.registerSource({
      kind: 'action-item',
      describe: (user, ids) => this.describeActionItems(user, ids),
    });
  }

  async meetingChanged(
    meeting: Meeting,
    change: 'scheduled' | 'changed' | 'cancelled',
    actorUserId: number | null,
  ): Promise<void> {
    this.blocks.forgetUpcoming();
    const iwg = await this.dataSource.getRepository(Iwg).findOneByOrFail({ id: meeting.iwgId });
    const members = await this.audience.memberIds(iwg);
    await this.notifications.publish({
      type: 'meeting',
      recipients: members.map((userId) => ({ userId, reason: 'participant' })),
      subject: { kind: 'meeting', id: meeting.id },
      actorUserId,
      threadKey: `meeting:${meeting.id}`,
      params: { change, startsAt: meeting.startsAt.toISOString() },
    });
  }

  async actionItem(
    item: ActionItem,
    change: 'assigned' | 'due',
    actorUserId: number | null,
  ): Promise<void> {
    await this.notifications.publish({
      type: 'action-item',
      recipients: [{ userId: item.ownerId, reason: 'assigned' }],
      subject: { kind: 'action-item', id: item.id },
      actorUserId,
      threadKey: `meeting:${item.meetingId}`,
      params: { change, dueOn: item.dueOn },
    });
  }

  async describeMeetings(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const wanted = numericIds(ids);
    if (wanted.length === 0) return new Map();
    const meetings = await this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('meeting')
      .where({ id: In(wanted) })
      .andWhere(this.policy.condition(user, VisibilityPolicy.embeddedColumns('meeting')))
      .getMany();
    return new Map(
      meetings.map((meeting) => [
        String(meeting.id),
        { title: meeting.title, path: `/iwg/${meeting.iwgId}/meetings/${meeting.id}` },
      ]),
    );
  }

  async describeActionItems(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const wanted = numericIds(ids);
    if (wanted.length === 0) return new Map();
    const items = await this.dataSource
      .getRepository(ActionItem)
      .createQueryBuilder('item')
      .innerJoinAndSelect('item.meeting', 'meeting')
      .where({ id: In(wanted) })
      .andWhere(this.policy.condition(user, VisibilityPolicy.embeddedColumns('meeting')))
      .getMany();
    return new Map(
      items.map((item) => [
        String(item.id),
        {
          title: item.title,
          excerpt: item.meeting.title,
          path: `/iwg/${item.iwgId}/meetings/${item.meetingId}#action-${item.id}`,
        },
      ]),
    );
  }
}
