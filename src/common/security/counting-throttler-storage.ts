import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

interface Counter {
  ttl: number;
  /** Start of the current window (epoch ms) and the hits in it and in the one before. */
  windowStart: number;
  current: number;
  previous: number;
  blockedUntil: number;
}

/**
 * In-process rate-limit counts in constant time per request. The library's own store keeps
 * one timestamp per hit and scans them all on every request, which costs more the busier a
 * client is. Here each key has two fixed windows and the hits in the last `ttl` are estimated
 * as the current window's plus the share of the previous one still inside the sliding window
 * (the usual sliding-window counter). Past the limit the key is blocked for `blockDuration`.
 */
export class CountingThrottlerStorage implements ThrottlerStorage {
  private readonly counters = new Map<string, Counter>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    // Keys idle for two windows are worth nothing: drop them so the map stays small.
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    const id = `${throttlerName}:${key}`;
    let counter = this.counters.get(id);
    if (!counter) {
      counter = { ttl, windowStart: now, current: 0, previous: 0, blockedUntil: 0 };
      this.counters.set(id, counter);
    }
    const elapsedWindows = Math.floor((now - counter.windowStart) / ttl);
    if (elapsedWindows > 0) {
      counter.previous = elapsedWindows === 1 ? counter.current : 0;
      counter.current = 0;
      counter.windowStart += elapsedWindows * ttl;
    }
    const timeToExpire = Math.ceil((counter.windowStart + ttl - now) / 1000);
    if (counter.blockedUntil > now) {
      return Promise.resolve({
        totalHits: limit + 1,
        timeToExpire,
        isBlocked: true,
        timeToBlockExpire: Math.ceil((counter.blockedUntil - now) / 1000),
      });
    }
    counter.current += 1;
    const inPrevious = counter.previous * (1 - (now - counter.windowStart) / ttl);
    const totalHits = Math.floor(inPrevious) + counter.current;
    const isBlocked = totalHits > limit;
    if (isBlocked) {
      counter.blockedUntil = now + (blockDuration > 0 ? blockDuration : ttl);
      // The refused hit does not count towards the next window.
      counter.current -= 1;
    }
    return Promise.resolve({
      totalHits,
      timeToExpire,
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil((counter.blockedUntil - now) / 1000) : 0,
    });
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, counter] of this.counters) {
      if (counter.blockedUntil <= now && now - counter.windowStart >= 2 * counter.ttl) {
        this.counters.delete(id);
      }
    }
  }
}
