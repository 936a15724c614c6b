import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import {
  AccountRecoveryService,
  type IssuedResetLink,
} from '../auth/recovery/account-recovery.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { User } from '../users/user.entity';

/** One analyst as the focal point's list shows them. */
export interface AnalystRow {
  id: number;
  name: string;
  email: string;
  active: boolean;
  supervisor: boolean;
  twoFactorEnabled: boolean;
  locked: boolean;
  lastLoginAt: Date | null;
}

/**
 * A State's PIU analysts, for the State's focal point: the accounts that touch the State's
 * passenger data are the State's own business, so getting an analyst back in (a new second
 * factor, a password-reset link) is the focal point's to do, never an admin's. Another State's
 * analyst, or any other account, answers 404 and the attempt is audited.
 */
@Injectable()
export class PiuAnalystsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly recovery: AccountRecoveryService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<AnalystRow[]> {
    const stateId = userOf(actor).stateId;
    if (stateId === null) return [];
    const now = Date.now();
    const rows = await this.users.find({
      where: { organisationId: stateId, role: 'piu-analyst' },
      order: { name: 'ASC', id: 'ASC' },
    });
    return rows.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      active: user.active,
      supervisor: user.piuSupervisor,
      twoFactorEnabled: user.totpSecret !== null && user.totpEnabledAt !== null,
      locked: user.lockedUntil !== null && user.lockedUntil.getTime() > now,
      lastLoginAt: user.lastLoginAt,
    }));
  }

  async resetTwoFactor(
    actor: Actor,
    id: number,
    path: string,
  ): Promise<{ name: string; outcome: 'reset' | 'none' }> {
    const analyst = await this.load(actor, id, path);
    return { name: analyst.name, outcome: await this.recovery.resetTwoFactor(actor, analyst) };
  }

  async issueResetLink(
    actor: Actor,
    id: number,
    path: string,
  ): Promise<IssuedResetLink & { name: string; email: string }> {
    const analyst = await this.load(actor, id, path);
    if (!analyst.active) throw new FormError({}, 'piuAnalysts.notActive');
    return {
      name: analyst.name,
      email: analyst.email,
      ...(await this.recovery.issueResetLink(actor, analyst)),
    };
  }

  /**
   * Makes an analyst a supervisor of the PIU, or no longer one. Saved through the entity, so the
   * row's version moves and the analyst's sessions pick the change up at their next request.
   */
  async setSupervisor(
    actor: Actor,
    id: number,
    supervisor: boolean,
    path: string,
  ): Promise<{ name: string; changed: boolean }> {
    const analyst = await this.load(actor, id, path);
    if (analyst.piuSupervisor === supervisor) return { name: analyst.name, changed: false };
    if (supervisor && !analyst.active) throw new FormError({}, 'piuAnalysts.notActive');
    analyst.piuSupervisor = supervisor;
    await this.users.save(analyst);
    await this.audit.record(actor, {
      action: supervisor ? 'user.piu-supervisor-granted' : 'user.piu-supervisor-revoked',
      targetType: 'user',
      targetId: analyst.id,
    });
    return { name: analyst.name, changed: true };
  }

  /** An analyst of the actor's own State, or 404 (audited: the id may be probing). */
  private async load(actor: Actor, id: number, path: string): Promise<User> {
    const stateId = userOf(actor).stateId;
    const user = await this.users.findOneBy({ id });
    if (
      user &&
      stateId !== null &&
      user.organisationId === stateId &&
      user.role === 'piu-analyst'
    ) {
      return user;
    }
    await this.audit.record(actor, {
      action: 'access.denied',
      targetType: 'user',
      targetId: id,
      details: { path },
    });
    throw new NotFoundException();
  }
}
