import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { actorOf } from '../common/actor/actor-of';
import { regenerateSession, saveSession } from '../auth/login/sign-in-session';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import { PasswordPolicy, type PasswordCheck } from '../auth/passwords/password-policy';
import { TypeormSessionStore } from '../auth/sessions/typeorm-session.store';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { FormError, type FieldErrors } from '../common/forms/form-error';
import { translate } from '../common/i18n/translator';
import { flash } from '../common/views/flash';
import { User } from '../users/user.entity';
import type { ChangePasswordDto } from './dto/change-password.dto';

/**
 * Changing one's own password: the current one first (a session left open on a shared
 * computer is not enough), the new one twice and past the password policy. Afterwards every
 * other session of the account ends, and this one gets a new id.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly sessions: TypeormSessionStore,
    private readonly audit: AuditService,
  ) {}

  formModel() {
    return {
      pageTitle: translate(undefined, 'account.password.title'),
      minLength: this.policy.minLength,
    };
  }

  async change(user: AuthenticatedUser, form: ChangePasswordDto, request: Request): Promise<void> {
    const account = await this.users.findOneByOrFail({ id: user.id });
    if (!(await this.hasher.verify(account.passwordHash, form.currentPassword))) {
      throw FormError.field('currentPassword', 'account.password.currentWrong');
    }
    const errors: FieldErrors = {};
    if (form.newPassword !== form.newPasswordAgain) {
      errors.newPasswordAgain = ['account.password.mismatch'];
    }
    if (form.newPassword === form.currentPassword) {
      errors.newPassword = ['account.password.same'];
    } else {
      const check = this.policy.check(form.newPassword, { email: user.email, name: user.name });
      if (!check.accepted) errors.newPassword = refusalMessages(check);
    }
    if (Object.keys(errors).length > 0) throw new FormError(errors);

    await this.users.update(user.id, { passwordHash: await this.hasher.hash(form.newPassword) });
    await this.renewSession(request);
    const ended = await this.sessions.destroyForUser(user.id, request.sessionID);
    await this.audit.record(actorOf(request), {
      action: 'password.changed',
      targetType: 'user',
      targetId: user.id,
      details: { otherSessionsEnded: ended },
    });
    flash(request, 'success', 'account.password.changed');
  }

  /** A new session id for the same sign-in (its absolute lifetime still counts from sign-in). */
  private async renewSession(request: Request): Promise<void> {
    const { userId, authenticatedAt, meta } = request.session;
    await regenerateSession(request);
    Object.assign(request.session, { userId, authenticatedAt, meta });
    await saveSession(request);
  }
}

/** The policy's refusal, translated, then the estimator's own warning and suggestions. */
function refusalMessages(check: PasswordCheck): string[] {
  const reason = check.reason
    ? translate(undefined, `account.${check.reason.key}`, check.reason.params)
    : translate(undefined, 'account.password.tooWeak');
  return [reason, ...(check.warning ? [check.warning] : []), ...check.suggestions];
}
