import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { Clock } from '../../jobs/clock';

const WINDOW_MS = 60_000;

/**
 * Requests per carrier key and minute (INGEST_KEY_REQUESTS_PER_MINUTE), in fixed one-minute
 * windows kept in this process: with several instances, each counts its own share (a carrier
 * spread over N instances gets up to N times the limit).
 */
@Injectable()
export class KeyRateLimiter {
  private readonly windows = new Map<number, { start: number; count: number }>();
  private readonly limit: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.limit = config.ingestion.keyRequestsPerMinute;
  }

  /** Counts one request; null when it may go on, else the seconds until it may. */
  take(keyId: number): number | null {
    const now = this.clock.now();
    const start = now - (now % WINDOW_MS);
    let window = this.windows.get(keyId);
    if (!window || window.start !== start) {
      if (this.windows.size > 10_000) this.windows.clear();
      window = { start, count: 0 };
      this.windows.set(keyId, window);
    }
    if (window.count >= this.limit) return Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000));
    window.count++;
    return null;
  }
}
