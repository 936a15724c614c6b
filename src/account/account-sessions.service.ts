import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AuditService } from '../audit/audit.service';
import { actorOf } from '../common/actor/actor-of';
import { TypeormSessionStore } from '../auth/sessions/typeorm-session.store';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { translate } from '../common/i18n/translator';
import { flash } from '../common/views/flash';
import { formatLocalTime } from './local-time';
import { describeUserAgent } from './user-agent';

/** The person's signed-in sessions, and "log out everywhere else". Session ids never reach a page. */
@Injectable()
export class AccountSessionsService {
  constructor(
    private readonly sessions: TypeormSessionStore,
    private readonly audit: AuditService,
  ) {}

  async pageModel(user: AuthenticatedUser, request: Request) {
    const rows = await this.sessions.listForUser(user.id);
    const sessions = rows
      .map((row) => {
        const agent = describeUserAgent(row.userAgent);
        return {
          current: row.id === request.sessionID,
          createdAt: formatLocalTime(row.createdAt, user.timeZone),
          lastSeenAt: formatLocalTime(row.lastSeenAt, user.timeZone),
          ip: row.ip,
          device: deviceLabel(agent.browser, agent.system),
        };
      })
      // This session first, then the others by last activity (the store's order).
      .sort((a, b) => Number(b.current) - Number(a.current));
    return {
      pageTitle: translate(undefined, 'account.sessions.title'),
      sessions,
      others: sessions.filter((session) => !session.current).length,
    };
  }

  async endOthers(user: AuthenticatedUser, request: Request): Promise<void> {
    const ended = await this.sessions.destroyForUser(user.id, request.sessionID);
    await this.audit.record(actorOf(request), {
      action: 'sessions.ended',
      targetType: 'user',
      targetId: user.id,
      details: { ended, kept: 'current' },
    });
    flash(request, 'success', translate(undefined, 'account.sessions.ended', { count: ended }));
  }
}

function deviceLabel(browser: string | null, system: string | null): string {
  if (browser && system) return translate(undefined, 'account.sessions.on', { browser, system });
  return browser ?? system ?? translate(undefined, 'account.sessions.unknownBrowser');
}
