import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import { PasswordPolicy, type PasswordCheck } from '../auth/passwords/password-policy';
import { TypeormSessionStore } from '../auth/sessions/typeorm-session.store';
import { FormError, type FieldErrors } from '../common/forms/form-error';
import { translate } from '../common/i18n/translator';
import { User } from '../users/user.entity';
import type { ChangePasswordDto } from './dto/change-password.dto';

/**
 * Changing one's own password: the current one first (a session left open on a shared
 * computer is not enough), the new one twice and past the password policy. Afterwards every
 * other session of the account ends (half-done sign-ins with the old password too); the
 * controller gives this one a new id.
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

  /** The shortest password the policy accepts (the form says so). */
  get minLength(): number {
    return this.policy.minLength;
  }

  /** Changes the password; returns how many other sessions of the account it ended. */
  async change(
    actor: Actor,
    form: ChangePasswordDto,
    currentSessionId: string,
  ): Promise<{ otherSessionsEnded: number }> {
    const user = userOf(actor);
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
      if (!check.accepted) errors.newPassword = refusalMessages(actor.locale, check);
    }
    if (Object.keys(errors).length > 0) throw new FormError(errors);

    await this.users.update(user.id, { passwordHash: await this.hasher.hash(form.newPassword) });
    const ended = await this.sessions.destroyForUser(user.id, currentSessionId);
    await this.audit.record(actor, {
      action: 'password.changed',
      targetType: 'user',
      targetId: user.id,
      details: { otherSessionsEnded: ended },
    });
    return { otherSessionsEnded: ended };
  }
}

/** The policy's refusal, translated, then the estimator's own warning and suggestions. */
function refusalMessages(locale: string, check: PasswordCheck): string[] {
  const reason = check.reason
    ? translate(locale, `account.${check.reason.key}`, check.reason.params)
    : translate(locale, 'account.password.tooWeak');
  return [reason, ...(check.warning ? [check.warning] : []), ...check.suggestions];
}
