import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import type { Actor } from '../common/actor/actor';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import { PasswordPolicy } from '../auth/passwords/password-policy';
import { Organisation } from '../organisations/organisation.entity';
import { ROLE_ORGANISATION_KIND, type Role } from '../common/identity/role';
import { User } from './user.entity';

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  organisationCode: string;
  password: string;
  /** Set when the person accepted the terms while registering; otherwise at first sign-in. */
  termsVersion?: string;
}

/** Why an account cannot be created, in words for the person who asked. */
export class AccountRefused extends Error {
  constructor(
    readonly field: 'email' | 'role' | 'organisation' | 'password',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Creates accounts with every rule checked in one place: the role fits the organisation kind,
 * nobody but a State's own focal point makes PIU analysts, the password passes the policy,
 * the e-mail is free. Used by the CLI and the demo seed.
 */
@Injectable()
export class AccountFactory {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly audit: AuditService,
  ) {}

  async create(
    account: NewAccount,
    actor: Actor | AuditActor,
    manager?: EntityManager,
  ): Promise<User> {
    const email = account.email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      throw new AccountRefused('email', `"${account.email}" is not an e-mail address`);
    if (await this.users.existsBy({ email }))
      throw new AccountRefused('email', `an account for ${email} already exists`);
    if (account.role === 'piu-analyst') {
      throw new AccountRefused(
        'role',
        "PIU analysts are invited by their own State's focal point, not created here",
      );
    }
    const organisation = await this.organisations.findOneBy({
      code: account.organisationCode.trim().toUpperCase(),
    });
    if (!organisation)
      throw new AccountRefused(
        'organisation',
        `no organisation with code ${account.organisationCode}`,
      );
    const kind = ROLE_ORGANISATION_KIND[account.role];
    if (kind !== 'any' && kind !== organisation.kind) {
      throw new AccountRefused(
        'role',
        `the ${account.role} role belongs to a ${kind} organisation, not ${organisation.code}`,
      );
    }
    const check = this.policy.check(account.password, { email, name: account.name });
    if (!check.accepted) throw new AccountRefused('password', check.messages.join(' '));
    const repository = manager ? manager.getRepository(User) : this.users;
    const user = await repository.save(
      repository.create({
        email,
        name: account.name.trim(),
        role: account.role,
        organisationId: organisation.id,
        passwordHash: await this.hasher.hash(account.password),
        termsVersion: account.termsVersion ?? null,
        termsAcceptedAt: account.termsVersion ? new Date() : null,
      }),
    );
    await this.audit.record(
      actor,
      {
        action: 'user.created',
        targetType: 'user',
        targetId: user.id,
        details: { role: user.role, organisation: organisation.code },
      },
      manager,
    );
    return user;
  }
}
