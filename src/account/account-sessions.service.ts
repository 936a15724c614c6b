import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { TypeormSessionStore } from '../auth/sessions/typeorm-session.store';
import { userOf, type Actor } from '../common/actor/actor';
import { translate } from '../common/i18n/translator';
import { formatLocalTime } from './local-time';
import { describeUserAgent } from './user-agent';

/** The person's signed-in sessions, and "log out everywhere else". Session ids never reach a page. */
@Injectable()
export class AccountSessionsService {
  constructor(
    private readonly sessions: TypeormSessionStore,
    private readonly audit: AuditService,
  ) {}

  /** `currentSessionId` marks this browser's session; it is compared, never shown. */
  async pageModel(actor: Actor, currentSessionId: string) {
    const user = userOf(actor);
    const rows = await this.sessions.listForUser(user.id);
    const sessions = rows
      .map((row) => {
        const agent = describeUserAgent(row.userAgent);
        return {
          current: row.id === currentSessionId,
          // Password given, second factor not (yet): someone may know the password.
          pending: isPendingSignIn(row.data),
          createdAt: formatLocalTime(row.createdAt, user.timeZone),
          lastSeenAt: formatLocalTime(row.lastSeenAt, user.timeZone),
          ip: row.ip,
          device: deviceLabel(actor.locale, agent.browser, agent.system),
        };
      })
      // This session first, then the others by last activity (the store's order).
      .sort((a, b) => Number(b.current) - Number(a.current));
    return {
      pageTitle: translate(actor.locale, 'account.sessions.title'),
      sessions,
      others: sessions.filter((session) => !session.current).length,
    };
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

function deviceLabel(locale: string, browser: string | null, system: string | null): string {
  if (browser && system) return translate(locale, 'account.sessions.on', { browser, system });
  return browser ?? system ?? translate(locale, 'account.sessions.unknownBrowser');
}
