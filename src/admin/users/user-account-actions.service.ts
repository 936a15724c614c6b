import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { SignInService } from '../../auth/login/sign-in.service';
import { TypeormSessionStore } from '../../auth/sessions/typeorm-session.store';
import { OneTimeToken } from '../../auth/tokens/one-time-token.entity';
import { OneTimeTokensService } from '../../auth/tokens/one-time-tokens.service';
import { TwoFactorService } from '../../auth/two-factor/two-factor.service';
import { FormError } from '../../common/forms/form-error';
import type { MessageRef } from '../../common/i18n/translator';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import type { Role } from '../../common/identity/role';
import { User } from '../../users/user.entity';
import { roleChangeRefusal } from './role-change-rules';

/** What became of an action, for the page to tell the admin (a flash message). */
export interface ActionOutcome {
  kind: 'success' | 'info';
  message: MessageRef;
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

  async changeRole(actor: Actor, id: number, to: Role): Promise<ActionOutcome> {
    const admin = userOf(actor);
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
        actor,
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
    return {
      kind: 'success',
      message: {
        key: 'admin.users.roleChanged',
        params: { role: { key: `roles.${to}` }, sessions: ended },
      },
    };
  }

  async deactivate(actor: Actor, id: number): Promise<ActionOutcome> {
    const admin = userOf(actor);
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
        actor,
        { action: 'user.deactivated', targetType: 'user', targetId: id },
        manager,
      );
      return true;
    });
    // Ended even when already deactivated: no session of a deactivated account may survive.
    const ended = await this.sessions.destroyForUser(id);
    return changed
      ? {
          kind: 'success',
          message: { key: 'admin.users.deactivated', params: { sessions: ended } },
        }
      : { kind: 'info', message: { key: 'admin.users.alreadyDeactivated' } };
  }

  async reactivate(actor: Actor, id: number): Promise<ActionOutcome> {
    await this.load(id);
    const changed = await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(User, { id, active: false }, { active: true });
      if ((result.affected ?? 0) !== 1) return false;
      await this.audit.record(
        actor,
        { action: 'user.reactivated', targetType: 'user', targetId: id },
        manager,
      );
      return true;
    });
    return changed
      ? { kind: 'success', message: { key: 'admin.users.reactivated' } }
      : { kind: 'info', message: { key: 'admin.users.alreadyActive' } };
  }

  async unlock(actor: Actor, id: number): Promise<ActionOutcome> {
    const user = await this.load(id);
    if (!user.lockedUntil && user.failedLogins === 0 && user.lockouts === 0) {
      return { kind: 'info', message: { key: 'admin.users.notLocked' } };
    }
    await this.signIn.unlock(id);
    await this.audit.record(actor, {
      action: 'account.unlocked',
      targetType: 'user',
      targetId: id,
      details: {
        lockedUntil: user.lockedUntil?.toISOString() ?? null,
        failedLogins: user.failedLogins,
        lockouts: user.lockouts,
      },
    });
    return { kind: 'success', message: { key: 'admin.users.unlocked' } };
  }

  async resetTwoFactor(actor: Actor, id: number): Promise<ActionOutcome> {
    const user = await this.load(id);
    refuseAnalystRecovery(user);
    if (!user.totpSecret) {
      return { kind: 'info', message: { key: 'admin.users.noTwoFactor' } };
    }
    await this.twoFactor.remove(id, actor, 'two-factor.reset');
    return { kind: 'success', message: { key: 'admin.users.twoFactorReset' } };
  }

  /** Issues a single-use reset link, shown to the admin once; earlier live links are revoked. */
  async issueResetLink(actor: Actor, id: number) {
    const admin = userOf(actor);
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
        actor,
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
      pageTitle: { key: 'admin.resetLink.title' },
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
}

/**
 * A PIU analyst's account opens the State's passenger data, which no admin may hold: getting
 * one back in (a new second factor, a reset link) is the State focal point's, on their own
 * page. An admin may still deactivate, unlock or take the role away.
 */
function refuseAnalystRecovery(user: User): void {
  if (user.role === 'piu-analyst') throw new ForbiddenException('admin.users.analystRecovery');
}
