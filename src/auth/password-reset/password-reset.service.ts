import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, Not } from 'typeorm';
import { AuditService, auditActor } from '../../audit/audit.service';
import { type Actor } from '../../common/actor/actor';
import { translate } from '../../common/i18n/translator';
import { DEFAULT_LOCALE } from '../../common/i18n/locale';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { invalidLink } from '../../invitations/invalid-link';
import { MailService } from '../../mail/mail.service';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { LoginLockout } from '../login/login-lockout';
import { PasswordHasher } from '../passwords/password-hasher';
import { PasswordPolicy } from '../passwords/password-policy';
import { TypeormSessionStore } from '../sessions/typeorm-session.store';
import { OneTimeToken } from '../tokens/one-time-token.entity';
import { OneTimeTokensService } from '../tokens/one-time-tokens.service';
import type { NewPasswordDto } from './dto/new-password.dto';
import { assertNewPassword } from './new-password-check';

/** E-mails go out in the catalogue's default language: the recipient has no language setting yet. */
const MAIL_LOCALE = DEFAULT_LOCALE;

/**
 * Password reset by link: e-mailed on request ("forgotten password") when SMTP is configured,
 * or issued by an admin (same tokens, same page). A reset ends every session of the account,
 * clears its lockout, and kills the account's other reset links.
 */
@Injectable()
export class PasswordResetService implements OnModuleDestroy {
  private readonly logger = new Logger('PasswordReset');
  /** Requests being handled in the background, so tests and shutdown can wait for them. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly tokens: OneTimeTokensService,
    private readonly policy: PasswordPolicy,
    private readonly hasher: PasswordHasher,
    private readonly sessions: TypeormSessionStore,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** Whether reset links can be e-mailed (otherwise the page sends people to an admin). */
  get mailEnabled(): boolean {
    return this.mail.enabled;
  }

  /**
   * The answer is the same whether or not the address has an account, and comes at once: the
   * look-up, the token and the e-mail happen after the response, so neither the page nor its
   * timing tells an account apart from none.
   */
  request(email: string, actor: Actor): void {
    if (this.mail.enabled) {
      // Side by side, not queued: one slow mail server answer must not hold up the next.
      const work: Promise<void> = this.sendLink(email.trim().toLowerCase(), actor)
        .catch((error: unknown) => this.logger.error({ err: error }, 'reset link not sent'))
        .finally(() => this.pending.delete(work));
      this.pending.add(work);
    }
  }

  /** Resolves once every reset request received so far has been handled. */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /** Shutting down: let a request already answered finish its e-mail first. */
  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  /** Throws the invalid-link error unless `token` is a live reset link of an active account. */
  async checkLink(token: string): Promise<void> {
    await this.live(token);
  }

  /** Sets the new password; returns how many sessions of the account it ended. */
  async reset(
    token: string,
    input: NewPasswordDto,
    actor: Actor,
  ): Promise<{ sessionsEnded: number }> {
    const { row, user } = await this.live(token);
    assertNewPassword(this.policy, input.password, input.passwordAgain, {
      email: user.email,
      name: user.name,
    });
    const passwordHash = await this.hasher.hash(input.password);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.tokens.consume(row.id, manager))) throw invalidLink('reset');
      await manager
        .getRepository(User)
        .update(user.id, { passwordHash, ...new LoginLockout(this.config.lockout).cleared() });
      // Any other reset link of the account dies with this one.
      await manager.getRepository(OneTimeToken).update(
        {
          purpose: 'password-reset',
          userId: user.id,
          id: Not(row.id),
          usedAt: IsNull(),
          revokedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        { revokedAt: new Date() },
      );
      await this.audit.record(
        auditActor(actor, user),
        {
          action: 'password.reset',
          targetType: 'user',
          targetId: user.id,
          details: { via: row.issuedById === null ? 'e-mail' : 'issued-link', tokenId: row.id },
        },
        manager,
      );
    });
    // Every session of the account ends, signed in or half-way (password given, second
    // factor to come): the old password is worth nothing from here on.
    const ended = await this.sessions.destroyForUser(user.id);
    this.logger.log({ userId: user.id, sessionsEnded: ended }, 'password reset');
    return { sessionsEnded: ended };
  }

  private async sendLink(email: string, actor: Actor): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || !user.active) {
      await this.audit.record(actor, {
        action: 'password.reset-requested',
        details: { email: email.slice(0, 254), outcome: user ? 'deactivated' : 'no-account' },
      });
      return;
    }
    const ttlMs = this.config.passwordResetTtlHours * 3600_000;
    const { token, row } = await this.tokens.issue('password-reset', ttlMs, { userId: user.id });
    await this.audit.record(actor, {
      action: 'password.reset-requested',
      targetType: 'user',
      targetId: user.id,
      details: { email: user.email, outcome: 'link-sent', tokenId: row.id },
    });
    await this.mail.send({
      to: user.email,
      subject: translate(MAIL_LOCALE, 'passwordReset.mail.subject'),
      text: translate(MAIL_LOCALE, 'passwordReset.mail.text', {
        name: user.name,
        link: `${this.config.publicUrl}/password/reset/${token}`,
        hours: this.config.passwordResetTtlHours,
      }),
    });
  }

  private async live(token: string): Promise<{ row: OneTimeToken; user: User }> {
    const row = await this.tokens.liveLink('password-reset', 'reset', token);
    const user = row.userId ? await this.users.findById(row.userId) : null;
    if (!user || !user.active) throw invalidLink('reset');
    return { row, user };
  }
}
