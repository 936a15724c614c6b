import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { TypeormSessionStore } from '../auth/sessions/typeorm-session.store';
import { userOf, type Actor } from '../common/actor/actor';
import { describeUserAgent } from './user-agent';

/** One session of the account, as the person may see it. */
export interface SessionSummary {
  current: boolean;
  pending: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  browser: string | null;
  system: string | null;
}

/** The person's signed-in sessions, and "log out everywhere else". Session ids never reach a page. */
@Injectable()
export class AccountSessionsService {
  constructor(
    private readonly sessions: TypeormSessionStore,
    private readonly audit: AuditService,
  ) {}

  /**
   * The account's live sessions, this browser's first, then by last activity. The session id
   * is compared with `currentSessionId`, never returned.
   */
  async list(actor: Actor, currentSessionId: string): Promise<SessionSummary[]> {
    const rows = await this.sessions.listForUser(userOf(actor).id);
    return rows
      .map((row) => ({
        current: row.id === currentSessionId,
        // Password given, second factor not (yet): someone may know the password.
        pending: isPendingSignIn(row.data),
        createdAt: row.createdAt,
        lastSeenAt: row.lastSeenAt,
        ip: row.ip,
        ...describeUserAgent(row.userAgent),
      }))
      .sort((a, b) => Number(b.current) - Number(a.current));
  }

  /** Ends every other session of the account, half-done sign-ins included; returns how many. */
  async endOthers(actor: Actor, currentSessionId: string): Promise<{ ended: number }> {
    const user = userOf(actor);
    const ended = await this.sessions.destroyForUser(user.id, currentSessionId);
    await this.audit.record(actor, {
      action: 'sessions.ended',
      targetType: 'user',
      targetId: user.id,
      details: { ended, kept: 'current' },
    });
    return { ended };
  }
}

function isPendingSignIn(data: string): boolean {
  try {
    const session = JSON.parse(data) as { userId?: unknown; pendingUserId?: unknown };
    return session.userId === undefined && session.pendingUserId !== undefined;
  } catch {
    return false;
  }
}
