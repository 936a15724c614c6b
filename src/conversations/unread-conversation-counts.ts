import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { LiveEvents } from '../live/live-events.service';
import { MemberCounts } from '../live/member-counts';

/**
 * Each member's number of conversations with unread messages, for the navigation's entry on
 * every page without a query per page (one indexed query when it changed); shared across
 * instances as MemberCounts says, like the notification badge.
 */
@Injectable()
export class UnreadConversationCounts extends MemberCounts {
  private readonly countSql: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    live: LiveEvents,
  ) {
    super(config, live, 'conversations', 'conversations.unread');
    const q = (name: string) => dataSource.driver.escape(name);
    this.countSql =
      `SELECT COUNT(*) AS count FROM ${q('conversation_participant')} p ` +
      `JOIN ${q('conversation')} c ON c.id = p.conversation_id ` +
      'WHERE p.user_id = ? AND p.left_at IS NULL AND c.last_message_id > p.last_read_message_id';
  }

  protected async count(userId: number): Promise<number> {
    const rows = await this.dataSource.query<{ count: number | string }[]>(this.countSql, [userId]);
    return Number(rows[0]?.count ?? 0);
  }
}
