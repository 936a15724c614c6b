import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import type { SessionData } from './session-data';

/**
 * The absolute lifetime of a sign-in (default 12 hours). The idle timeout is the session row's
 * `expires_at`, enforced by the store; this one counts from the moment of sign-in.
 */
@Injectable()
export class SessionLifetime {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  expired(session: Partial<SessionData>, now = Date.now()): boolean {
    const since = session.authenticatedAt;
    return (
      since === undefined || now - since > this.config.session.absoluteLifetimeHours * 3600_000
    );
  }

  /** Destroys the session (expired, or its user is gone or deactivated). */
  async end(request: Request): Promise<void> {
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
  }
}
