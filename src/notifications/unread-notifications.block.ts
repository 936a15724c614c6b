import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { DashboardBlocks } from '../home/dashboard-blocks';
import { NotificationCentreService } from './notification-centre.service';

/** How many unread notifications the home page lists. */
const SHOWN = 3;

/** The home page block: how many notifications wait, and the newest of them. */
@Injectable()
export class UnreadNotificationsBlock implements OnModuleInit {
  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly centre: NotificationCentreService,
  ) {}

  onModuleInit(): void {
    this.blocks.register({
      id: 'notifications',
      title: 'notifications.block.title',
      order: 10,
      partial: 'dashboard-notifications',
      load: (actor: Actor) => this.centre.latestUnread(actor, SHOWN),
    });
  }
}
