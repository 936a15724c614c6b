import { within } from '../../common/async/within';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig, RedisConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { connectRedis } from '../../common/redis/connect-redis';
import { Clock } from '../../jobs/clock';

const WINDOW_MS = 60_000;
/** How long a request waits for Redis's count before this process counts alone. */
const SHARED_TIMEOUT_MS = 250;

/**
 * Requests per carrier key and minute (INGEST_KEY_REQUESTS_PER_MINUTE), in fixed one-minute
 * windows. With `REDIS_URL` the count is shared by every instance (one `INCR` per request on a
 * key that expires with its window), so a carrier spread over several instances still gets the
 * limit once. When Redis does not answer, each process counts its own share meanwhile: a
 * carrier's message is never refused or lost because Redis is down.
 */
@Injectable()
export class KeyRateLimiter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(KeyRateLimiter.name);
  private readonly windows = new Map<number, { start: number; count: number }>();
  private readonly limit: number;
  private readonly redisConfig?: RedisConfig;
  private shared?: Redis;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.limit = config.ingestion.keyRequestsPerMinute;
    this.redisConfig = config.redis;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.redisConfig) return;
    this.shared = await connectRedis(this.redisConfig, 'ingest-rate', (error) =>
      this.logger.warn(`Redis for the carrier keys' rate: ${error.message}`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.shared?.quit().catch(() => undefined);
    this.shared = undefined;
  }

  /** Counts one request; null when it may go on, else the seconds until it may. */
  async take(keyId: number): Promise<number | null> {
    const now = this.clock.now();
    const start = now - (now % WINDOW_MS);
    const count = (await this.sharedCount(keyId, start)) ?? this.localCount(keyId, start);
    if (count > this.limit) return Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000));
    return null;
  }

  /** This request's number in the window across instances, or null when Redis cannot say. */
  private async sharedCount(keyId: number, start: number): Promise<number | null> {
    const redis = this.shared;
    // Not ready (down, reconnecting): commands would queue until it is back.
    if (!redis || redis.status !== 'ready' || !this.redisConfig) return null;
    const key = `${this.redisConfig.prefix}:ingest-rate:${keyId}:${start}`;
    try {
      const answer = await within(
        redis
          .pipeline()
          .incr(key)
          .pexpire(key, WINDOW_MS * 2)
          .exec(),
        SHARED_TIMEOUT_MS,
        null,
      );
      const [error, count] = answer?.[0] ?? [null, null];
      return error || typeof count !== 'number' ? null : count;
    } catch {
      return null;
    }
  }

  private localCount(keyId: number, start: number): number {
    let window = this.windows.get(keyId);
    if (!window || window.start !== start) {
      if (this.windows.size > 10_000) this.windows.clear();
      window = { start, count: 0 };
      this.windows.set(keyId, window);
    }
    // Past the limit the count stops growing: a refused request does not count.
    if (window.count < this.limit + 1) window.count++;
    return window.count;
  }
}
