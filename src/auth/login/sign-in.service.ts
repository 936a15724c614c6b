import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService, auditActor } from '../../audit/audit.service';
import type { Actor } from '../../common/actor/actor';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { LoginLockout } from './login-lockout';

/** What the login form learns: only "yes" or the one generic refusal. */
export type PasswordCheck = { ok: true; user: User } | { ok: false };

/** Why an attempt failed, as the audit log records it. */
export type FailureReason =
  'wrong-password' | 'wrong-second-factor' | 'wrong-reauthentication' | 'locked' | 'deactivated';

/**
 * Password sign-in with per-account lockout. Every attempt costs one argon2 verification,
 * whether the account exists, is locked or is deactivated, so timing reveals nothing.
 */
@Injectable()
export class SignInService {
  private readonly lockout: LoginLockout;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly usersService: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {
    this.lockout = new LoginLockout(config.lockout);
  }

  async checkPassword(email: string, password: string, actor: Actor): Promise<PasswordCheck> {
    const now = new Date();
    const user = await this.usersService.findByEmail(email);
    if (!user) {
      await this.hasher.verifyUnknownUser(password);
      await this.audit.record(actor, {
        action: 'login.failed',
        details: { reason: 'unknown-account' },
      });
      return { ok: false };
    }
    const locked = this.lockout.isLocked(user, now);
    const matches = await this.hasher.verify(user.passwordHash, password);
    if (matches && !locked && user.active) {
      if (this.hasher.needsRehash(user.passwordHash)) {
        await this.users.update(user.id, { passwordHash: await this.hasher.hash(password) });
      }
      return { ok: true, user };
    }
    const reason = locked ? 'locked' : user.active ? 'wrong-password' : 'deactivated';
    await this.recordFailure(user, actor, reason, !matches && !locked);
    return { ok: false };
  }

  /** True while the account is locked (read fresh: a lock may have come since the password step). */
  async isLocked(userId: number, now = new Date()): Promise<boolean> {
    const row = await this.users.findOne({
      where: { id: userId },
      select: { id: true, lockedUntil: true },
    });
    return row !== null && this.lockout.isLocked(row, now);
  }

  /**
   * A failed attempt: audited, and counted towards the lockout when `counts` (a wrong password,
   * code or re-authentication; not a refusal of a locked or deactivated account).
   */
  async recordFailure(
    user: Pick<User, 'id' | 'email'>,
    actor: Actor,
    reason: FailureReason,
    counts = true,
  ): Promise<void> {
    const who = auditActor(actor, user);
    if (counts) {
      const locked = await this.countFailure(user.id, new Date());
      if (locked) {
        await this.audit.record(who, {
          action: 'login.locked',
          targetType: 'user',
          targetId: user.id,
          details: { until: locked.until.toISOString(), lockouts: locked.lockouts },
        });
      }
    }
    await this.audit.record(who, {
      action: 'login.failed',
      targetType: 'user',
      targetId: user.id,
      details: { reason },
    });
  }

  /**
   * Counts one failure in the database itself, never read-modify-write in the process: many
   * simultaneous wrong passwords must all count. The first UPDATE adds one (or opens a new
   * window); the second locks the account only if the count reached the limit and nobody has
   * locked it meanwhile, so exactly one concurrent failure reports the lock.
   */
  private async countFailure(
    userId: number,
    now: Date,
  ): Promise<{ until: Date; lockouts: number } | null> {
    const cutoff = this.lockout.windowCutoff(now);
    const notLocked = '(locked_until IS NULL OR locked_until <= :now)';
    const counted = await this.users
      .createQueryBuilder()
      .update(User)
      .set({
        failedLogins: () =>
          'CASE WHEN failed_login_window_start > :cutoff THEN failed_logins + 1 ELSE 1 END',
        failedLoginWindowStart: () =>
          'CASE WHEN failed_login_window_start > :cutoff THEN failed_login_window_start ELSE :now END',
      })
      .where('id = :id', { id: userId })
      .andWhere(notLocked)
      .setParameters({ cutoff, now })
      .execute();
    if ((counted.affected ?? 0) === 0) return null;
    const row = await this.users.findOne({
      where: { id: userId },
      select: { id: true, failedLogins: true, lockouts: true },
    });
    if (!row || row.failedLogins < this.lockout.maxFailures) return null;
    const until = new Date(now.getTime() + this.lockout.lockDurationMs(row.lockouts));
    const locked = await this.users
      .createQueryBuilder()
      .update(User)
      .set({
        lockedUntil: until,
        lockouts: () => 'lockouts + 1',
        failedLogins: 0,
        failedLoginWindowStart: null,
      })
      .where('id = :id', { id: userId })
      .andWhere('failed_logins >= :max', { max: this.lockout.maxFailures })
      .andWhere(notLocked, { now })
      .execute();
    return (locked.affected ?? 0) === 1 ? { until, lockouts: row.lockouts + 1 } : null;
  }

  /** Second factor passed (or not enrolled): the sign-in counts; the lockout streak clears. */
  async recordSuccess(user: Pick<User, 'id' | 'email'>, actor: Actor): Promise<void> {
    await this.users.update(user.id, { ...this.lockout.cleared(), lastLoginAt: new Date() });
    await this.audit.record(auditActor(actor, user), {
      action: 'login.succeeded',
      targetType: 'user',
      targetId: user.id,
    });
  }

  async unlock(userId: number): Promise<void> {
    await this.users.update(userId, this.lockout.cleared());
  }
}
