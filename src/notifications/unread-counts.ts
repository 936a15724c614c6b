import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { IsNull, type Repository } from 'typeorm';
import { connectRedis } from '../common/redis/connect-redis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { LiveEvents } from '../live/live-events.service';
import { Notification } from './notification.entity';

/** Members whose count this process keeps; beyond it the least recently used are forgotten. */
const MAX_CACHED = 20_000;

/**
 * Each member's unread count, for the badge on every page without a query per page: counted
 * once (an indexed COUNT) and kept in this process until the member's notifications change.
 * Whoever changes them calls `changed`, which counts again, pushes the number to the member's
 * open tabs and, with REDIS_URL, tells the other instances to forget theirs (one pub/sub
 * channel, `<prefix>:notifications:unread`).
 */
@Injectable()
export class UnreadCounts implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly counts = new Map<number, number>();
  /** Bumped on every change, so a count read before it does not land after it. */
  private readonly generations = new Map<number, number>();
  private publisher?: Redis;
  private subscriber?: Redis;
  private readonly channel: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly live: LiveEvents,
  ) {
    this.channel = `${config.redis?.prefix ?? 'cttp'}:notifications:unread`;
  }

  async onApplicationBootstrap(): Promise<void> {
    const redis = this.config.redis;
    if (!redis) return;
    const onError = (error: Error) => this.logger.warn(`Redis: ${error.message}`);
    this.publisher = await connectRedis(redis, 'notifications-pub', onError);
    this.subscriber = await connectRedis(redis, 'notifications-sub', onError);
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
    const count = await this.count(userId);
    if ((this.generations.get(userId) ?? 0) === generation) this.remember(userId, count);
    return count;
  }

  /** The members' notifications changed: count again, tell their tabs and the other instances. */
  async changed(userIds: readonly number[]): Promise<void> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return;
    for (const id of ids) this.forget(id);
    // Not awaited: with Redis away the client holds the message until it reconnects, and the
    // request that changed the notifications must not wait for that.
    this.publisher?.publish(this.channel, ids.join(',')).catch((error: Error) => {
      this.logger.warn(`unread counts not shared: ${error.message}`);
    });
    for (const id of ids) {
      const count = await this.get(id);
      this.live.toUser(id, 'notifications.unread', { count });
    }
  }

  private count(userId: number): Promise<number> {
    return this.notifications.countBy({ userId, readAt: IsNull() });
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
