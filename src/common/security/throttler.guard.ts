import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';
import { BoundedMap } from '../caching/bounded';

/**
 * The throttler, answering 429 with the standard `Retry-After` (seconds): the library names
 * the header after the throttler (`Retry-After-login`), which no client reads.
 */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  /** Client addresses already normalised, by the address Express reports. */
  private readonly trackers = new BoundedMap<string, string>(10_000);

  /**
   * The counter's key: route, throttler and client, as the library's, but as plain text. The
   * library hashes it with SHA-256 on every request, which buys nothing for a key that only
   * ever lives in this process's memory (CountingThrottlerStorage).
   */
  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    return `${context.getClass().name}-${context.getHandler().name}-${name}-${suffix}`;
  }

  /**
   * The client a counter is kept for: the library's normalised address (an IPv6 client counted
   * by its /64 network), remembered per address. The library parses and formats the address
   * again on every request, for the same few clients.
   */
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const address = request.ip;
    if (typeof address !== 'string') return super.getTracker(request);
    let tracker = this.trackers.get(address);
    if (tracker === undefined) {
      tracker = await super.getTracker(request);
      this.trackers.set(address, tracker);
    }
    return tracker;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const response = context.switchToHttp().getResponse<Response>();
    response.setHeader('Retry-After', String(Math.max(1, Math.ceil(detail.timeToBlockExpire))));
    return super.throwThrottlingException(context, detail);
  }
}
