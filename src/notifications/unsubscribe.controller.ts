import {
  Controller,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Render,
} from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { Public } from '../common/auth/public.decorator';
import { CsrfExempt } from '../common/security/csrf.guard';
import { NoStore } from '../common/http/no-store.decorator';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { NotificationPreferencesService } from './notification-preferences.service';
import { verifyUnsubscribe, type UnsubscribeClaim } from './unsubscribe-token';

/**
 * The one-click unsubscribe of every notification mail (RFC 8058): no sign-in, the signed token
 * says who and what. GET shows a button (a link scanner that follows links changes nothing);
 * POST, from the button or from the mail client's own "Unsubscribe", turns the type's mails off.
 * The POST carries no CSRF token (a mail client cannot have one): the token is the credential,
 * and it can do nothing but this.
 */
@Controller('notifications/unsubscribe')
@Public()
@NoStore()
export class UnsubscribeController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Get(':token')
  @Render('notifications/unsubscribe')
  confirm(@Param('token') token: string) {
    const claim = this.claim(token);
    return {
      layout: 'layouts/bare',
      pageTitle: { key: 'notifications.unsubscribe.title' },
      token,
      what: this.what(claim),
    };
  }

  @Post(':token')
  @CsrfExempt()
  @HttpCode(200)
  @Render('notifications/unsubscribed')
  async unsubscribe(@CurrentActor() actor: Actor, @Param('token') token: string) {
    const claim = this.claim(token);
    await this.preferences.unsubscribe(actor, claim);
    return {
      layout: 'layouts/bare',
      pageTitle: { key: 'notifications.unsubscribe.title' },
      what: this.what(claim),
    };
  }

  private claim(token: string): UnsubscribeClaim {
    // Links mailed before a key rotation keep working under ENCRYPTION_KEYS_PREVIOUS.
    const claim = [this.config.encryptionKey, ...this.config.encryptionKeysPrevious]
      .map((key) => verifyUnsubscribe(key, token))
      .find((found) => found !== null);
    if (!claim) throw new NotFoundException();
    return claim;
  }

  private what(claim: UnsubscribeClaim) {
    return claim.topic === 'digest'
      ? { key: 'notifications.digest.what' }
      : { key: `notifications.type.${claim.topic}` };
  }
}
