import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { connectRedis } from '../common/redis/connect-redis';
import type { AppConfig } from '../config/app-config';
import type { LiveEvents } from './live-events.service';

/** Members whose count this process keeps; beyond it the least recently used are forgotten. */
const MAX_CACHED = 20_000;

/** The live events that carry a member's count to their open tabs. */
type CountEvent = 'notifications.unread' | 'conversations.unread';

/**
 * A number per member shown on every page (a badge), without a query per page: counted once and
 * kept in this process until it changes. Whoever changes it calls `changed`, which counts again,
 * pushes the number to the member's open tabs and, with REDIS_URL, tells the other instances to
 * forget theirs (one pub/sub channel, `<prefix>:<topic>:unread`). A module extends it with how
 * to count.
 */
export abstract class MemberCounts implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private readonly counts = new Map<number, number>();
  /** Bumped on every change, so a count read before it does not land after it. */
  private readonly generations = new Map<number, number>();
  private publisher?: Redis;
  private subscriber?: Redis;
  private readonly channel: string;

  protected constructor(
    private readonly config: AppConfig,
    private readonly live: LiveEvents,
    private readonly topic: 'notifications' | 'conversations',
    private readonly event: CountEvent,
  ) {
    this.logger = new Logger(topic.charAt(0).toUpperCase() + topic.slice(1));
    this.channel = `${config.redis?.prefix ?? 'cttp'}:${topic}:unread`;
  }

  /** The member's number, read from the database. */
  protected abstract count(userId: number): Promise<number>;

  async onApplicationBootstrap(): Promise<void> {
    const redis = this.config.redis;
    if (!redis) return;
    const onError = (error: Error) => this.logger.warn(`Redis: ${error.message}`);
    this.publisher = await connectRedis(redis, `${this.topic}-pub`, onError);
    this.subscriber = await connectRedis(redis, `${this.topic}-sub`, onError);
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

  /** The members' counts may have changed: count again, tell their tabs and the other instances. */
  async changed(userIds: readonly number[]): Promise<void> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return;
    for (const id of ids) this.forget(id);
    // Not awaited: with Redis away the client holds the message until it reconnects, and the
    // request that made the change must not wait for that.
    this.publisher?.publish(this.channel, ids.join(',')).catch((error: Error) => {
      this.logger.warn(`${this.topic} counts not shared: ${error.message}`);
    });
    for (const id of ids) this.live.toUser(id, this.event, { count: await this.get(id) });
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
