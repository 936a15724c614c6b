import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { AuditService, auditActor } from '../audit/audit.service';
import type { Actor } from '../common/actor/actor';
import { assertNewPassword, termsErrors } from '../auth/password-reset/new-password-check';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import { PasswordPolicy } from '../auth/passwords/password-policy';
import { CURRENT_TERMS_VERSION } from '../auth/terms/terms-version';
import { OneTimeToken } from '../auth/tokens/one-time-token.entity';
import { OneTimeTokensService } from '../auth/tokens/one-time-tokens.service';
import { FormError } from '../common/forms/form-error';
import { Organisation } from '../organisations/organisation.entity';
import { isRole } from '../common/identity/role';
import { User } from '../users/user.entity';
import type { AcceptInvitationDto } from './dto/accept-invitation.dto';
import { invalidLink } from './invalid-link';

/**
 * Registration from an invitation link. The link is the only credential: an unknown, used,
 * expired or revoked one gets the same 404 page, so nobody learns which. On success the
 * account exists and the person signs in on the login form with the password they just chose
 * (one sign-in path: lockout, audit and the second factor all apply, and password managers
 * save the password there).
 */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly dataSource: DataSource,
    private readonly tokens: OneTimeTokensService,
    private readonly policy: PasswordPolicy,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async formModel(token: string) {
    const invitation = await this.live(token);
    const organisation = await this.organisations.findOneBy({ id: invitation.organisationId ?? 0 });
    return {
      pageTitle: { key: 'invitations.acceptTitle' },
      token,
      email: invitation.email,
      role: `roles.${invitation.role ?? ''}`,
      organisationName: organisation?.name ?? '',
      termsVersion: CURRENT_TERMS_VERSION,
    };
  }

  async accept(actor: Actor, token: string, input: AcceptInvitationDto): Promise<void> {
    const invitation = await this.live(token);
    const email = (invitation.email ?? '').toLowerCase();
    const role = invitation.role;
    if (!email || !isRole(role) || invitation.organisationId === null)
      throw invalidLink('invitation');
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
    // Hashing is slow on purpose (argon2id): done before the transaction so it holds no lock.
    const passwordHash = await this.hasher.hash(input.password);
    const now = new Date();
    await this.tokens.redeemForAccount(invitation, 'invitation', async (manager) => {
      const users = manager.getRepository(User);
      if (await users.existsBy({ email })) {
        throw new FormError({}, 'invitations.accountExistsOnAccept');
      }
      const created = await users.save(
        users.create({
          email,
          name: input.name,
          role,
          organisationId: invitation.organisationId!,
          passwordHash,
          termsVersion: CURRENT_TERMS_VERSION,
          termsAcceptedAt: now,
        }),
      );
      await this.audit.record(
        auditActor(actor, created),
        {
          action: 'invitation.accepted',
          targetType: 'invitation',
          targetId: invitation.id,
          details: {
            userId: created.id,
            role,
            organisationId: invitation.organisationId,
            invitedById: invitation.issuedById,
            termsVersion: CURRENT_TERMS_VERSION,
          },
        },
        manager,
      );
      return created;
    });
  }

  private live(token: string): Promise<OneTimeToken> {
    return this.tokens.liveLink('invitation', 'invitation', token);
  }
}
