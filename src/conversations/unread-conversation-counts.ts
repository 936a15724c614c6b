import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { connectRedis } from '../common/redis/connect-redis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { LiveEvents } from '../live/live-events.service';

/** Members whose count this process keeps; beyond it the least recently used are forgotten. */
const MAX_CACHED = 20_000;

/**
 * Each member's number of conversations with unread messages, for the navigation's entry on
 * every page without a query per page: counted once (one indexed query) and kept in this
 * process until it changes. Whatever changes a member's read marks or their conversations'
 * last messages calls `changed`, which counts again, pushes the number to the member's open
 * tabs and, with REDIS_URL, tells the other instances to forget theirs (one pub/sub channel,
 * `<prefix>:conversations:unread`), as the notification badge does.
 */
@Injectable()
export class UnreadConversationCounts implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Conversations');
  private readonly counts = new Map<number, number>();
  /** Bumped on every change, so a count read before it does not land after it. */
  private readonly generations = new Map<number, number>();
  private readonly channel: string;
  private readonly countSql: string;
  private publisher?: Redis;
  private subscriber?: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
  ) {
    this.channel = `${config.redis?.prefix ?? 'cttp'}:conversations:unread`;
    const q = (name: string) => dataSource.driver.escape(name);
    this.countSql =
      `SELECT COUNT(*) AS count FROM ${q('conversation_participant')} p ` +
      `JOIN ${q('conversation')} c ON c.id = p.conversation_id ` +
      'WHERE p.user_id = ? AND p.left_at IS NULL AND c.last_message_id > p.last_read_message_id';
  }

  async onApplicationBootstrap(): Promise<void> {
    const redis = this.config.redis;
    if (!redis) return;
    const onError = (error: Error) => this.logger.warn(`Redis: ${error.message}`);
    this.publisher = await connectRedis(redis, 'conversations-pub', onError);
    this.subscriber = await connectRedis(redis, 'conversations-sub', onError);
    this.subscriber.on('message', (_channel: string, message: string) => {
      for (const id of message.split(',')) this.forget(Number(id));
    });
    await this.subscriber.subscribe(this.channel);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const client of [this.subscriber, this.publisher]) {
      if (client) await client.quit().catch(() => undefined);
    }
  }

  /** The cached count, if this process has one (no I/O: what a page asks first). */
  peek(userId: number): number | undefined {
    return this.counts.get(userId);
  }

  async get(userId: number): Promise<number> {
    const cached = this.counts.get(userId);
    if (cached !== undefined) return cached;
    const generation = this.generations.get(userId) ?? 0;
    const rows = await this.dataSource.query<{ count: number | string }[]>(this.countSql, [userId]);
    const count = Number(rows[0]?.count ?? 0);
    if ((this.generations.get(userId) ?? 0) === generation) this.remember(userId, count);
    return count;
  }

  /** The members' counts may have changed: count again, tell their tabs and the other instances. */
  async changed(userIds: readonly number[]): Promise<void> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return;
    for (const id of ids) this.forget(id);
    if (this.publisher) {
      await this.publisher.publish(this.channel, ids.join(',')).catch((error: Error) => {
        this.logger.warn(`unread conversation counts not shared: ${error.message}`);
      });
    }
    for (const id of ids) {
      this.live.toUser(id, 'conversations.unread', { count: await this.get(id) });
    }
  }

  private remember(userId: number, count: number): void {
    this.counts.delete(userId);
    this.counts.set(userId, count);
    if (this.counts.size > MAX_CACHED) {
      const oldest = this.counts.keys().next().value;
      if (oldest !== undefined) this.counts.delete(oldest);
    }
  }

  private forget(userId: number): void {
    this.counts.delete(userId);
    this.generations.set(userId, (this.generations.get(userId) ?? 0) + 1);
  }
}
