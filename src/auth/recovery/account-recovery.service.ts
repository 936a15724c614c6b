import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import type { User } from '../../users/user.entity';
import { OneTimeToken } from '../tokens/one-time-token.entity';
import { OneTimeTokensService } from '../tokens/one-time-tokens.service';
import { TwoFactorService } from '../two-factor/two-factor.service';

/** A reset link, shown once to whoever issued it. */
export interface IssuedResetLink {
  link: string;
  expiresAt: Date;
}

/**
 * Getting someone back into their account: remove their second factor, or issue a single-use
 * password-reset link. Who may do it for whom is the caller's rule (an admin for most accounts,
 * the State's focal point for its PIU analysts); this service does it and audits it.
 */
@Injectable()
export class AccountRecoveryService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly twoFactor: TwoFactorService,
    private readonly tokens: OneTimeTokensService,
    private readonly audit: AuditService,
  ) {}

  /** Removes the account's second factor: 'none' when it had none. */
  async resetTwoFactor(actor: Actor, user: User): Promise<'reset' | 'none'> {
    if (!user.totpSecret) return 'none';
    await this.twoFactor.remove(user.id, actor, 'two-factor.reset');
    return 'reset';
  }

  /** A new single-use reset link; the account's earlier live links are revoked. */
  async issueResetLink(actor: Actor, user: User): Promise<IssuedResetLink> {
    const ttlMs = this.config.passwordResetTtlHours * 3600_000;
    const { token, row } = await this.dataSource.transaction(async (manager) => {
      await manager.update(
        OneTimeToken,
        { userId: user.id, purpose: 'password-reset', usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const issued = await this.tokens.issue(
        'password-reset',
        ttlMs,
        { userId: user.id, issuedById: userOf(actor).id },
        manager,
      );
      await this.audit.record(
        actor,
        {
          action: 'password.reset-link-issued',
          targetType: 'user',
          targetId: user.id,
          details: { expiresAt: issued.row.expiresAt.toISOString() },
        },
        manager,
      );
      return issued;
    });
    return {
      link: `${this.config.publicUrl.replace(/\/+$/, '')}/password/reset/${token}`,
      expiresAt: row.expiresAt,
    };
  }
}
