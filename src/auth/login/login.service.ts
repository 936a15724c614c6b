import { Injectable } from '@nestjs/common';
import { AuditService, auditActor } from '../../audit/audit.service';
import type { Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import type { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { TwoFactorService } from '../two-factor/two-factor.service';
import { SignInRefused } from './sign-in-refused';
import { SignInService } from './sign-in.service';

/** A completed sign-in: who, and when they signed in before (the dashboard shows it). */
export interface CompletedSignIn {
  userId: number;
  previousLoginAt: number | undefined;
}

/**
 * The steps of signing in and out. The controller keeps the session (new id, pending step,
 * user id); this service decides, counts and audits.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly signIn: SignInService,
    private readonly users: UsersService,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuditService,
  ) {}

  /** Password accepted: does the account have a second factor to ask for? */
  needsSecondFactor(user: User): boolean {
    return user.totpSecret !== null;
  }

  /** The sign-in counts from here: the lockout streak clears, the audit log records it. */
  async complete(user: User, actor: Actor): Promise<CompletedSignIn> {
    const previousLoginAt = user.lastLoginAt?.getTime();
    await this.signIn.recordSuccess(user, actor);
    return { userId: user.id, previousLoginAt };
  }

  /**
   * The second step of a sign-in whose password step passed earlier. Everything is read again:
   * the account may have been deactivated or locked since (a lock stops this step too, even for
   * a right code). A wrong code counts towards the lockout like a wrong password.
   */
  async completeSecondFactor(
    pendingUserId: number,
    code: string,
    actor: Actor,
  ): Promise<CompletedSignIn> {
    const user = await this.users.findById(pendingUserId);
    if (!user || !user.active || !user.totpSecret) throw new SignInRefused('gone');
    if (await this.signIn.isLocked(user.id)) {
      await this.signIn.recordFailure(user, actor, 'locked', false);
      throw new SignInRefused('locked');
    }
    const result = await this.twoFactor.verifyForSignIn(user, code.trim(), auditActor(actor, user));
    if (!result) {
      await this.signIn.recordFailure(user, actor, 'wrong-second-factor');
      throw FormError.field('code', 'twoFactor.invalid');
    }
    return this.complete(user, actor);
  }

  async logout(actor: Actor): Promise<void> {
    if (!actor.user) return;
    await this.audit.record(actor, {
      action: 'logout',
      targetType: 'user',
      targetId: actor.user.id,
    });
  }
}
