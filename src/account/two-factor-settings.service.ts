import { translate } from '../common/i18n/translator';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { SignInService } from '../auth/login/sign-in.service';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import { TwoFactorService } from '../auth/two-factor/two-factor.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { TWO_FACTOR_REQUIRED } from '../common/identity/role';
import { User } from '../users/user.entity';

/**
 * The person's own two-step verification: enrol (mandatory for some roles), move to a new
 * authenticator, turn it off. Enrolling and turning off ask for the password again (or, once
 * an authenticator is enrolled, a current code from it): an open session on a shared computer
 * must not be enough to take over or remove the second factor.
 */
@Injectable()
export class TwoFactorSettingsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly twoFactor: TwoFactorService,
    private readonly hasher: PasswordHasher,
    private readonly signIn: SignInService,
  ) {}

  /** The sealed secret of the enrolment in progress (kept, or a new one): the session keeps it. */
  enrolmentSecret(actor: Actor, current: string | undefined): string {
    return this.twoFactor.enrolmentSecret(userOf(actor).id, current);
  }

  async statusModel(actor: Actor) {
    const user = userOf(actor);
    return {
      required: TWO_FACTOR_REQUIRED.has(user.role),
      enabled: true,
      remaining: await this.twoFactor.remainingRecoveryCodes(user.id),
    };
  }

  /** The enrolment form: a first one, or a new authenticator replacing the enrolled one. */
  async enrolmentModel(actor: Actor, sealedSecret: string) {
    const user = userOf(actor);
    return {
      required: TWO_FACTOR_REQUIRED.has(user.role),
      enabled: false,
      replacing: user.twoFactorEnabled,
      ...(await this.twoFactor.enrolmentModel(
        user.id,
        sealedSecret,
        user.email,
        translate(actor.locale, 'twoFactor.qrLabel'),
      )),
    };
  }

  /** Confirms an enrolment with its first code; returns the recovery codes to show once. */
  async confirm(
    actor: Actor,
    sealedSecret: string | undefined,
    code: string,
    passwordOrCode: string,
  ): Promise<{ codes: string[] }> {
    const user = userOf(actor);
    if (!sealedSecret) throw FormError.field('code', 'twoFactor.noEnrolment');
    await this.confirmIdentity(actor, passwordOrCode);
    const codes = await this.twoFactor.confirmEnrolment(user.id, sealedSecret, code.trim(), actor);
    if (!codes) throw FormError.field('code', 'twoFactor.invalid');
    return { codes };
  }

  async disable(actor: Actor, passwordOrCode: string): Promise<void> {
    const user = userOf(actor);
    if (TWO_FACTOR_REQUIRED.has(user.role)) throw new ForbiddenException('twoFactor.cannotDisable');
    await this.confirmIdentity(actor, passwordOrCode);
    await this.twoFactor.remove(user.id, actor, 'two-factor.disabled');
  }

  /**
   * The password, or a current code of the enrolled authenticator. A wrong answer counts
   * towards the account's lockout, so a borrowed session cannot guess the password here.
   */
  private async confirmIdentity(actor: Actor, given: string): Promise<void> {
    const account = await this.users.findOneByOrFail({ id: userOf(actor).id });
    const trimmed = given.trim();
    if (account.totpSecret && /^\d{6}$/.test(trimmed)) {
      if (await this.twoFactor.verifyCurrentCode(account, trimmed)) return;
    } else if (await this.hasher.verify(account.passwordHash, given)) {
      return;
    }
    await this.signIn.recordFailure(account, actor, 'wrong-reauthentication');
    throw FormError.field(
      'passwordOrCode',
      account.totpSecret ? 'twoFactor.identityWrong' : 'twoFactor.passwordWrong',
    );
  }
}
