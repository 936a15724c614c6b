import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { actorOf } from '../../common/actor/actor-of';
import { SignInService } from '../../auth/login/sign-in.service';
import { TypeormSessionStore } from '../../auth/sessions/typeorm-session.store';
import { OneTimeToken } from '../../auth/tokens/one-time-token.entity';
import { OneTimeTokensService } from '../../auth/tokens/one-time-tokens.service';
import { TwoFactorService } from '../../auth/two-factor/two-factor.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { FormError } from '../../common/forms/form-error';
import { translate } from '../../common/i18n/translator';
import { flash } from '../../common/views/flash';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import type { Role } from '../../common/identity/role';
import { User } from '../../users/user.entity';
import { roleChangeRefusal } from './role-change-rules';

/** Where the handler sends the admin back to: the account's page. */
export interface Back {
  url: string;
  statusCode: 303;
}

/**
 * What an admin does to an account: role, deactivation, early unlock, two-factor reset and a
 * password-reset link. Each change is audited in the transaction that makes it; a role change
 * or a deactivation then ends every session of the account before the response goes out.
 */
@Injectable()
export class UserAccountActionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: TypeormSessionStore,
    private readonly signIn: SignInService,
    private readonly twoFactor: TwoFactorService,
    private readonly tokens: OneTimeTokensService,
  ) {}

  async changeRole(admin: AuthenticatedUser, id: number, to: Role, request: Request) {
    const user = await this.load(id);
    const refusal = roleChangeRefusal({
      actorId: admin.id,
      targetId: id,
      from: user.role,
      to,
      organisationKind: user.organisation.kind,
    });
    // Their own account's page has no role form: the message goes at the top of the page.
    if (refusal === 'admin.users.cannotChangeOwnRole') throw new FormError({}, refusal);
    if (refusal) throw FormError.field('role', refusal);
    await this.dataSource.transaction(async (manager) => {
      // Conditional: a concurrent change by another admin is not silently overwritten.
      const result = await manager.update(User, { id, role: user.role }, { role: to });
      if ((result.affected ?? 0) !== 1)
        throw FormError.field('role', 'admin.users.changedMeanwhile');
      await this.audit.record(
        actorOf(request),
        {
          action: 'user.role-changed',
          targetType: 'user',
          targetId: id,
          details: { from: user.role, to },
        },
        manager,
      );
    });
    const ended = await this.sessions.destroyForUser(id);
    const role = translate(undefined, `roles.${to}`);
    flash(
      request,
      'success',
      translate(undefined, 'admin.users.roleChanged', { role, sessions: ended }),
    );
    return this.back(id);
  }

  async deactivate(admin: AuthenticatedUser, id: number, request: Request) {
    if (admin.id === id) throw new FormError({}, 'admin.users.cannotDeactivateSelf');
    await this.load(id);
    const changed = await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(User, { id, active: true }, { active: false });
      if ((result.affected ?? 0) !== 1) return false;
      // Links issued earlier must not let the person back in through a password reset.
      await manager.update(
        OneTimeToken,
        { userId: id, purpose: 'password-reset', usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await this.audit.record(
        actorOf(request),
        { action: 'user.deactivated', targetType: 'user', targetId: id },
        manager,
      );
      return true;
    });
    // Ended even when already deactivated: no session of a deactivated account may survive.
    const ended = await this.sessions.destroyForUser(id);
    if (changed) {
      flash(
        request,
        'success',
        translate(undefined, 'admin.users.deactivated', { sessions: ended }),
      );
    } else {
      flash(request, 'info', 'admin.users.alreadyDeactivated');
    }
    return this.back(id);
  }

  async reactivate(id: number, request: Request) {
    await this.load(id);
    const changed = await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(User, { id, active: false }, { active: true });
      if ((result.affected ?? 0) !== 1) return false;
      await this.audit.record(
        actorOf(request),
        { action: 'user.reactivated', targetType: 'user', targetId: id },
        manager,
      );
      return true;
    });
    flash(
      request,
      changed ? 'success' : 'info',
      changed ? 'admin.users.reactivated' : 'admin.users.alreadyActive',
    );
    return this.back(id);
  }

  async unlock(id: number, request: Request) {
    const user = await this.load(id);
    if (!user.lockedUntil && user.failedLogins === 0 && user.lockouts === 0) {
      flash(request, 'info', 'admin.users.notLocked');
      return this.back(id);
    }
    await this.signIn.unlock(id);
    await this.audit.record(actorOf(request), {
      action: 'account.unlocked',
      targetType: 'user',
      targetId: id,
      details: {
        lockedUntil: user.lockedUntil?.toISOString() ?? null,
        failedLogins: user.failedLogins,
        lockouts: user.lockouts,
      },
    });
    flash(request, 'success', 'admin.users.unlocked');
    return this.back(id);
  }

  async resetTwoFactor(id: number, request: Request) {
    const user = await this.load(id);
    refuseAnalystRecovery(user);
    if (!user.totpSecret) {
      flash(request, 'info', 'admin.users.noTwoFactor');
      return this.back(id);
    }
    await this.twoFactor.remove(id, actorOf(request), 'two-factor.reset');
    flash(request, 'success', 'admin.users.twoFactorReset');
    return this.back(id);
  }

  /** Issues a single-use reset link, shown to the admin once; earlier live links are revoked. */
  async issueResetLink(admin: AuthenticatedUser, id: number, request: Request) {
    const user = await this.load(id);
    refuseAnalystRecovery(user);
    if (!user.active) throw new FormError({}, 'admin.users.notActiveForReset');
    const ttlMs = this.config.passwordResetTtlHours * 3600_000;
    const { token, row } = await this.dataSource.transaction(async (manager) => {
      await manager.update(
        OneTimeToken,
        { userId: id, purpose: 'password-reset', usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const issued = await this.tokens.issue(
        'password-reset',
        ttlMs,
        { userId: id, issuedById: admin.id },
        manager,
      );
      await this.audit.record(
        actorOf(request),
        {
          action: 'password.reset-link-issued',
          targetType: 'user',
          targetId: id,
          details: { expiresAt: issued.row.expiresAt.toISOString() },
        },
        manager,
      );
      return issued;
    });
    return {
      pageTitle: translate(undefined, 'admin.resetLink.title'),
      name: user.name,
      email: user.email,
      userHref: `/admin/users/${id}`,
      link: `${this.config.publicUrl.replace(/\/+$/, '')}/password/reset/${token}`,
      expiresAt: row.expiresAt,
    };
  }

  private async load(id: number): Promise<User> {
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: { id }, relations: { organisation: true } });
    if (!user) throw new NotFoundException();
    return user;
  }

  private back(id: number): Back {
    return { url: `/admin/users/${id}`, statusCode: 303 };
  }
}

/**
 * A PIU analyst's account opens the State's passenger data, which no admin may hold: getting
 * one back in (a new second factor, a reset link) is the State focal point's, on their own
 * page. An admin may still deactivate, unlock or take the role away.
 */
function refuseAnalystRecovery(user: User): void {
  if (user.role === 'piu-analyst')
    throw new ForbiddenException(translate(undefined, 'admin.users.analystRecovery'));
}
