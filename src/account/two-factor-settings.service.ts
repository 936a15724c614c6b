import { ForbiddenException, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { actorOf } from '../common/actor/actor-of';
import { TwoFactorService } from '../auth/two-factor/two-factor.service';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { FormError } from '../common/forms/form-error';
import { translate } from '../common/i18n/translator';
import { flash } from '../common/views/flash';
import { TWO_FACTOR_REQUIRED } from '../common/identity/role';

@Injectable()
export class TwoFactorSettingsService {
  constructor(private readonly twoFactor: TwoFactorService) {}

  async pageModel(request: Request) {
    const user = request.user!;
    const required = TWO_FACTOR_REQUIRED.has(user.role);
    const base = { pageTitle: translate(undefined, 'twoFactor.title'), required };
    if (user.twoFactorEnabled) {
      return {
        ...base,
        enabled: true,
        remaining: await this.twoFactor.remainingRecoveryCodes(user.id),
      };
    }
    // One secret per enrolment attempt, kept in the session until a code confirms it.
    request.session.enrolmentSecret ??= this.twoFactor.newSecret();
    return {
      ...base,
      enabled: false,
      ...(await this.twoFactor.enrolmentModel(request.session.enrolmentSecret, user.email)),
    };
  }

  async confirm(request: Request, code: string) {
    const user = request.user!;
    const secret = request.session.enrolmentSecret;
    if (user.twoFactorEnabled || !secret) throw FormError.field('code', 'twoFactor.noEnrolment');
    const codes = await this.twoFactor.confirmEnrolment(
      user.id,
      secret,
      code.trim(),
      actorOf(request),
    );
    if (!codes) throw FormError.field('code', 'twoFactor.invalid');
    delete request.session.enrolmentSecret;
    return { pageTitle: translate(undefined, 'twoFactor.codesTitle'), codes };
  }

  async disable(user: AuthenticatedUser, request: Request): Promise<void> {
    if (TWO_FACTOR_REQUIRED.has(user.role))
      throw new ForbiddenException(translate(undefined, 'twoFactor.cannotDisable'));
    await this.twoFactor.remove(user.id, actorOf(request), 'two-factor.disabled');
    flash(request, 'success', 'twoFactor.disabled');
  }
}
