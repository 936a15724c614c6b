import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { Repository } from 'typeorm';
import { AuditService, auditActor } from '../../audit/audit.service';
import { actorOf } from '../../common/actor/actor-of';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { LoginLockout } from './login-lockout';

/** What the login form learns: only "yes" or the one generic refusal. */
export type PasswordCheck = { ok: true; user: User } | { ok: false };

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

  async checkPassword(email: string, password: string, request: Request): Promise<PasswordCheck> {
    const now = new Date();
    const user = await this.usersService.findByEmail(email);
    if (!user) {
      await this.hasher.verifyUnknownUser(password);
      await this.audit.record(actorOf(request), {
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
    await this.registerFailure(
      user,
      request,
      locked ? 'locked' : user.active ? 'wrong-password' : 'deactivated',
      !matches && !locked,
    );
    return { ok: false };
  }

  /** A wrong second factor counts towards the same lockout as a wrong password. */
  async recordSecondFactorFailure(user: User, request: Request): Promise<void> {
    await this.registerFailure(
      user,
      request,
      'wrong-second-factor',
      !this.lockout.isLocked(user, new Date()),
    );
  }

  private async registerFailure(
    user: User,
    request: Request,
    reason: string,
    counts: boolean,
  ): Promise<void> {
    const actor = auditActor(actorOf(request), user);
    if (counts) {
      const { state, lockedNow } = this.lockout.recordFailure(user, new Date());
      await this.users.update(user.id, state);
      if (lockedNow) {
        await this.audit.record(actor, {
          action: 'login.locked',
          targetType: 'user',
          targetId: user.id,
          details: { until: state.lockedUntil?.toISOString(), lockouts: state.lockouts },
        });
      }
    }
    await this.audit.record(actor, {
      action: 'login.failed',
      targetType: 'user',
      targetId: user.id,
      details: { reason },
    });
  }

  /** Second factor passed (or not enrolled): the sign-in counts; the lockout streak clears. */
  async recordSuccess(user: User, request: Request): Promise<void> {
    await this.users.update(user.id, { ...this.lockout.cleared(), lastLoginAt: new Date() });
    await this.audit.record(auditActor(actorOf(request), user), {
      action: 'login.succeeded',
      targetType: 'user',
      targetId: user.id,
    });
  }

  async unlock(userId: number): Promise<void> {
    await this.users.update(userId, this.lockout.cleared());
  }
}
