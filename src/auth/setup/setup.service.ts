import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, auditActor } from '../../audit/audit.service';
import type { Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { invalidLink } from '../../invitations/invalid-link';
import { User } from '../../users/user.entity';
import { assertNewPassword, termsErrors } from '../password-reset/new-password-check';
import { PasswordPolicy } from '../passwords/password-policy';
import { CURRENT_TERMS_VERSION } from '../terms/terms-version';
import { OneTimeToken } from '../tokens/one-time-token.entity';
import { OneTimeTokensService } from '../tokens/one-time-tokens.service';
import { FirstAdminService } from './first-admin.service';
import type { SetupDto } from './setup.dto';

/**
 * The first-admin set-up link printed at first start. It works once, for 24 hours, and only
 * while there is no administrator: once one exists every set-up link is dead.
 */
@Injectable()
export class SetupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: OneTimeTokensService,
    private readonly firstAdmin: FirstAdminService,
    private readonly policy: PasswordPolicy,
    private readonly audit: AuditService,
  ) {}

  /** Throws the invalid-link error unless `token` is a live set-up link (and no admin exists). */
  async checkLink(token: string): Promise<void> {
    await this.live(token);
  }

  async create(token: string, input: SetupDto, actor: Actor): Promise<void> {
    const row = await this.live(token);
    const email = input.email.toLowerCase();
    assertNewPassword(
      this.policy,
      input.password,
      input.passwordAgain,
      {
        email,
        name: input.name,
      },
      termsErrors(input.accept),
    );
    await this.tokens.redeemForAccount(row, 'setup', async (manager) => {
      const users = manager.getRepository(User);
      if ((await users.countBy({ role: 'admin' })) > 0) throw invalidLink('setup');
      if (await users.existsBy({ email })) throw FormError.field('email', 'setup.emailTaken');
      const admin = await this.firstAdmin.create(email, input.name, input.password, manager);
      const acceptedAt = new Date();
      await users.update(admin.id, {
        termsVersion: CURRENT_TERMS_VERSION,
        termsAcceptedAt: acceptedAt,
      });
      await this.audit.record(
        auditActor(actor, admin),
        {
          action: 'terms.accepted',
          targetType: 'user',
          targetId: admin.id,
          details: { version: CURRENT_TERMS_VERSION, via: 'setup' },
        },
        manager,
      );
      return admin;
    });
  }

  private async live(token: string): Promise<OneTimeToken> {
    const row = await this.tokens.liveLink('setup', 'setup', token);
    const admins = await this.dataSource.getRepository(User).countBy({ role: 'admin' });
    if (admins > 0) throw invalidLink('setup');
    return row;
  }
}
