import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { AuditService } from '../../audit/audit.service';
import { actorOf } from '../../common/actor/actor-of';
import { FormError } from '../../common/forms/form-error';
import { translate } from '../../common/i18n/translator';
import type { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { TwoFactorService } from '../two-factor/two-factor.service';
import { SIGN_IN_ACCOUNT } from './local-auth.guard';
import { destroySession, regenerateSession, safeNext, saveSession } from './sign-in-session';
import { SignInService } from './sign-in.service';

/** The steps of signing in and out, around the session. */
@Injectable()
export class LoginService {
  constructor(
    private readonly signIn: SignInService,
    private readonly users: UsersService,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuditService,
  ) {}

  formModel(next?: string) {
    return { pageTitle: translate(undefined, 'login.title'), next: safeNext(next), values: {} };
  }

  /** Password accepted: a new session id, then the second factor or straight in. */
  async afterPassword(request: Request): Promise<string> {
    const user = (request as unknown as Record<string, User>)[SIGN_IN_ACCOUNT];
    const next = safeNext((request.body as { next?: unknown }).next);
    await regenerateSession(request);
    if (user.totpSecret) {
      request.session.pendingUserId = user.id;
      request.session.pendingNext = next;
      await saveSession(request);
      return '/login/two-factor';
    }
    await this.complete(request, user);
    return next;
  }

  secondFactorModel(request: Request) {
    if (request.session.pendingUserId === undefined) throw new UnauthorizedException();
    return { pageTitle: translate(undefined, 'twoFactor.signInTitle'), values: {} };
  }

  async afterSecondFactor(request: Request, code: string): Promise<string> {
    const pendingUserId = request.session.pendingUserId;
    if (pendingUserId === undefined) throw new UnauthorizedException();
    const user = await this.users.findById(pendingUserId);
    if (!user || !user.active) {
      await destroySession(request);
      throw new UnauthorizedException();
    }
    const actor = { ...actorOf(request), actorId: user.id, actorEmail: user.email };
    const result = await this.twoFactor.verifyForSignIn(user, code.trim(), actor);
    if (!result) {
      await this.signIn.recordSecondFactorFailure(user, request);
      throw FormError.field('code', 'twoFactor.invalid');
    }
    const next = request.session.pendingNext ?? '/';
    await regenerateSession(request);
    await this.complete(request, user);
    return next;
  }

  async logout(request: Request): Promise<void> {
    if (request.user) {
      await this.audit.record(actorOf(request), {
        action: 'logout',
        targetType: 'user',
        targetId: request.user.id,
      });
    }
    await destroySession(request);
  }

  private async complete(request: Request, user: User): Promise<void> {
    request.session.userId = user.id;
    request.session.authenticatedAt = Date.now();
    // Kept for the dashboard: recordSuccess below overwrites the account's lastLoginAt.
    request.session.previousLoginAt = user.lastLoginAt?.getTime();
    request.session.meta = { ip: request.ip, userAgent: request.get('user-agent') };
    await saveSession(request);
    await this.signIn.recordSuccess(user, request);
  }
}
