import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';

/**
 * The throttler, answering 429 with the standard `Retry-After` (seconds): the library names
 * the header after the throttler (`Retry-After-login`), which no client reads.
 */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  /**
   * The counter's key: route, throttler and client, as the library's, but as plain text. The
   * library hashes it with SHA-256 on every request, which buys nothing for a key that only
   * ever lives in this process's memory (CountingThrottlerStorage).
   */
  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    return `${context.getClass().name}-${context.getHandler().name}-${name}-${suffix}`;
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
