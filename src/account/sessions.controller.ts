import { InArea } from '../common/areas/area';
import { ACCOUNT_AREA } from './account.area';
import { Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { NoStore } from '../common/http/no-store.decorator';
import { translate } from '../common/i18n/translator';
import { flash } from '../common/views/flash';
import { AccountSessionsService } from './account-sessions.service';
import { formatLocalTime } from './local-time';

/** `/account/sessions`: where the account is signed in, and "log out other sessions". */
@Controller('account/sessions')
@InArea(ACCOUNT_AREA)
@NoStore()
export class SessionsController {
  constructor(private readonly sessions: AccountSessionsService) {}

  @Get()
  @Render('account/sessions')
  async page(@CurrentActor() actor: Actor, @Req() request: Request) {
    const sessions = (await this.sessions.list(actor, request.session.id)).map((session) => ({
      current: session.current,
      pending: session.pending,
      createdAt: formatLocalTime(session.createdAt, actor.timeZone),
      lastSeenAt: formatLocalTime(session.lastSeenAt, actor.timeZone),
      ip: session.ip,
      device: deviceLabel(actor.locale, session.browser, session.system),
    }));
    return {
      pageTitle: { key: 'account.sessions.title' },
      sessions,
      others: sessions.filter((session) => !session.current).length,
    };
  }

  @Post('end-others')
  @Redirect('/account/sessions', 303)
  async endOthers(@CurrentActor() actor: Actor, @Req() request: Request) {
    const { ended } = await this.sessions.endOthers(actor, request.session.id);
    flash(request, 'success', { key: 'account.sessions.ended', params: { count: ended } });
  }
}

function deviceLabel(locale: string, browser: string | null, system: string | null): string {
  if (browser && system) return translate(locale, 'account.sessions.on', { browser, system });
  return browser ?? system ?? translate(locale, 'account.sessions.unknownBrowser');
}
