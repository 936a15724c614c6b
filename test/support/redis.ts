import { randomBytes } from 'node:crypto';
import { connectRedis } from '../../src/common/redis/connect-redis';
import type { RedisConfig } from '../../src/config/app-config';
import { listen } from './live-client';
import { startTestApp } from './test-app';

/**
 * The Redis of REDIS_URL under a prefix of this run's own, so parallel runs (and suites) never
 * see each other's keys, channels or jobs. Only the *.redis.* suites call it; jest.config.js
 * runs them when REDIS_URL is set.
 */
export function redisUnderTest(): RedisConfig {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('the Redis suites need REDIS_URL (e.g. redis://127.0.0.1:6379)');
  return { url, prefix: `cttp-test-${randomBytes(5).toString('hex')}` };
}

/** Fails the suite at once, saying why, when REDIS_URL names a Redis that does not answer. */
export async function requireRedis(config: RedisConfig): Promise<void> {
  const client = await connectRedis(config, 'test-probe', () => undefined, 3000);
  await client.quit();
}

/** Deletes every key of the run's prefix. */
export async function removeRedisKeys(config: RedisConfig): Promise<void> {
  const client = await connectRedis(config, 'test-cleanup', () => undefined, 3000);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${config.prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await client.quit();
  }
}

/**
 * Two instances of the portal, as behind a load balancer: one database, one Redis (under the
 * run's prefix), one session secret and encryption key; both listening.
 */
export async function startTwoInstances(config: RedisConfig) {
  await requireRedis(config);
  const shared = {
    REDIS_URL: config.url,
    REDIS_PREFIX: config.prefix,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  };
  const a = await startTestApp(shared);
  const urlA = await listen(a);
  const b = await startTestApp(shared, () => a.config.database);
  const urlB = await listen(b);
  return { a, b, urls: { a: urlA, b: urlB } };
}
