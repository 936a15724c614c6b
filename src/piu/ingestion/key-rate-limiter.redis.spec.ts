import { ManualClock } from '../../../test/support/manual-clock';
import { redisUnderTest, removeRedisKeys, requireRedis } from '../../../test/support/redis';
import { TcpProxy } from '../../../test/support/tcp-proxy';
import type { AppConfig, RedisConfig } from '../../config/app-config';
import { KeyRateLimiter } from './key-rate-limiter';

const LIMIT = 3;

/** One instance's limiter, as the portal builds it from its configuration. */
function limiterOf(redis: RedisConfig, clock: ManualClock): KeyRateLimiter {
  const config = { ingestion: { keyRequestsPerMinute: LIMIT }, redis } as unknown as AppConfig;
  return new KeyRateLimiter(config, clock);
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('KeyRateLimiter (Redis)', () => {
  let redis: RedisConfig;
  const limiters: KeyRateLimiter[] = [];
  const clock = new ManualClock(Date.UTC(2026, 11, 2, 10, 0, 0));

  const started = async (config: RedisConfig) => {
    const limiter = limiterOf(config, clock);
    await limiter.onApplicationBootstrap();
    limiters.push(limiter);
    return limiter;
  };

  beforeAll(async () => {
    redis = redisUnderTest();
    await requireRedis(redis);
  });
  afterAll(async () => {
    await Promise.all(limiters.map((limiter) => limiter.onApplicationShutdown()));
    await removeRedisKeys(redis);
  });

  it('counts a key once across instances, per minute', async () => {
    const [first, second] = [await started(redis), await started(redis)];
    expect(await first.take(7)).toBeNull();
    expect(await second.take(7)).toBeNull();
    expect(await first.take(7)).toBeNull();
    // The fourth request of the minute, whichever instance takes it, waits for the next one.
    expect(await second.take(7)).toBe(60);
    expect(await first.take(7)).toBe(60);
    // Another key has its own count.
    expect(await second.take(8)).toBeNull();
    await clock.advance(45_000);
    expect(await first.take(7)).toBe(15);
    await clock.advance(15_000);
    expect(await second.take(7)).toBeNull();
  });

  it('counts in the process while Redis does not answer, and shares again once it is back', async () => {
    const target = new URL(redis.url);
    const proxy = await TcpProxy.start({
      targetHost: target.hostname,
      targetPort: Number(target.port || 6379),
    });
    try {
      const through: RedisConfig = { ...redis, url: proxy.urlFor(redis.url) };
      const [cutOff, direct] = [await started(through), await started(redis)];
      await clock.advance(60_000);
      expect(await direct.take(9)).toBeNull();
      expect(await direct.take(9)).toBeNull();
      proxy.cut();
      await until(() => !limiterReady(cutOff), 'the limiter to see Redis gone');
      // Its own count only: the two requests the other instance took are not seen.
      for (let request = 0; request < LIMIT; request++) expect(await cutOff.take(9)).toBeNull();
      expect(await cutOff.take(9)).toBe(60);
      proxy.restore();
      await until(() => limiterReady(cutOff), 'the limiter to reconnect');
      // Shared again: the other instance's third request of the minute, then a fourth.
      expect(await direct.take(9)).toBeNull();
      expect(await cutOff.take(9)).toBe(60);
      await clock.advance(60_000);
      expect(await cutOff.take(9)).toBeNull();
      expect(await direct.take(9)).toBeNull();
      expect(await direct.take(9)).toBeNull();
      expect(await cutOff.take(9)).not.toBeNull();
    } finally {
      await proxy.close();
    }
  });
});

/** Whether the limiter's Redis connection is usable again (it reconnects by itself). */
function limiterReady(limiter: KeyRateLimiter): boolean {
  return (limiter as unknown as { shared?: { status: string } }).shared?.status === 'ready';
}
