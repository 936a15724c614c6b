import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { LiveEvents } from '../live/live-events.service';
import { MemberCounts } from '../live/member-counts';
import { Notification } from './notification.entity';

/**
 * Each member's unread notifications, for the badge on every page without a query per page
 * (an indexed COUNT when it changed); shared across instances as MemberCounts says.
 */
@Injectable()
export class UnreadCounts extends MemberCounts {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    live: LiveEvents,
  ) {
    super(config, live, 'notifications', 'notifications.unread');
  }

  protected count(userId: number): Promise<number> {
    return this.notifications.countBy({ userId, readAt: IsNull() });
  }
}
