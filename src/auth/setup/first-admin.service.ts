import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { SYSTEM_ACTOR } from '../../common/actor/actor';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { PROGRAMME_ORGANISATION } from '../../member-states/data/partner-agencies';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';
import { PasswordHasher } from '../passwords/password-hasher';
import { OneTimeTokensService } from '../tokens/one-time-tokens.service';

export const SETUP_LINK_TTL_MS = 24 * 3600_000;

/**
 * The first administrator. From ADMIN_EMAIL/ADMIN_PASSWORD when given; otherwise a one-time
 * set-up link (24 hours), which the server prints on the console once it listens (main.ts) —
 * deliberately not through the logger, so the link never lands in collected logs.
 */
@Injectable()
export class FirstAdminService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly hasher: PasswordHasher,
    private readonly tokens: OneTimeTokensService,
    private readonly audit: AuditService,
  ) {}

  /** Makes sure there is an administrator, or returns the set-up link that creates one. */
  async ensure(): Promise<string | null> {
    if ((await this.users.countBy({ role: 'admin' })) > 0) return null;
    const admin = this.config.firstAdmin;
    if (admin) {
      await this.create(admin.email, 'Administrator', admin.password);
      return null;
    }
    const { token } = await this.tokens.issue('setup', SETUP_LINK_TTL_MS, {});
    return `${this.config.publicUrl}/setup/${token}`;
  }

  /** Creates the admin; pass `manager` to write inside the caller's transaction. */
  async create(
    email: string,
    name: string,
    password: string,
    manager?: EntityManager,
  ): Promise<User> {
    const users = manager ? manager.getRepository(User) : this.users;
    const organisations = manager ? manager.getRepository(Organisation) : this.organisations;
    const programme = await organisations.findOneByOrFail({ code: PROGRAMME_ORGANISATION.code });
    const user = await users.save(
      users.create({
        email: email.trim().toLowerCase(),
        name,
        role: 'admin',
        organisationId: programme.id,
        passwordHash: await this.hasher.hash(password),
      }),
    );
    await this.audit.record(
      SYSTEM_ACTOR,
      { action: 'setup.admin-created', targetType: 'user', targetId: user.id },
      manager,
    );
    return user;
  }
}
