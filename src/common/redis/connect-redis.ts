import { Redis } from 'ioredis';
import type { RedisConfig } from '../../config/app-config';

/** The address without credentials, for messages and logs. */
export function redisAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
}

/**
 * A connected ioredis client, or an error that says which Redis did not answer: a portal
 * configured for Redis must not start half-working, silently queueing in memory.
 */
export async function connectRedis(
  config: RedisConfig,
  purpose: string,
  onError: (error: Error) => void,
  timeoutMs = 5000,
): Promise<Redis> {
  let connected = false;
  const client = new Redis(config.url, {
    lazyConnect: true,
    // Reconnect after a loss, but do not keep knocking at a Redis that never answered: start-up
    // fails instead (and leaves no timer behind).
    retryStrategy: (times) => (connected ? Math.min(times * 200, 2000) : null),
    connectionName: `${config.prefix}:${purpose}`,
    // Commands wait for a reconnection instead of failing after a few tries: a short Redis
    // restart must not lose a published event or an enqueued job.
    maxRetriesPerRequest: null,
    // How long disconnect() lets a socket close politely before destroying it: a server that
    // accepted but never answered will not, and a shut-down should not wait for it.
    disconnectTimeout: 500,
  });
  // ioredis reports every failed reconnection as an 'error' event; unhandled, it would be
  // printed raw. The caller logs it.
  client.on('error', onError);
  // ioredis rejects connect() with "Connection is closed."; the error before says why.
  let cause: Error | undefined;
  const remember = (error: Error) => (cause = error);
  client.on('error', remember);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    connected = true;
    client.off('error', remember);
    return client;
  } catch (error) {
    // Stops reconnecting (a refused connection has ended by itself already).
    if (client.status !== 'end') client.disconnect();
    const reason = (cause?.message ?? (error instanceof Error ? error.message : String(error)))
      .trim()
      .replace(/\.$/, '');
    throw new Error(
      `Redis at ${redisAddress(config.url)} (REDIS_URL) is not answering: ${reason}. Start Redis, or unset REDIS_URL to run in one process.`,
    );
  } finally {
    clearTimeout(timer);
  }
}
