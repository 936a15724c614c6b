import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThanOrEqual, MoreThan, Not, type Repository } from 'typeorm';
import type { FindOptionsWhere } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { OneTimeToken } from '../auth/tokens/one-time-token.entity';
import { OneTimeTokensService } from '../auth/tokens/one-time-tokens.service';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { FormError } from '../common/forms/form-error';
import { translate } from '../common/i18n/translator';
import { DEFAULT_LOCALE } from '../common/i18n/locale';
import { RowAccess } from '../common/visibility/row-access';
import { pagedList, pageRequest } from '../common/lists/paged-list';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { MailService } from '../mail/mail.service';
import { Organisation } from '../organisations/organisation.entity';
import { ReferenceDataCache } from '../organisations/reference-data.cache';
import { isRole, type Role } from '../common/identity/role';
import { User } from '../users/user.entity';
import type { CreateInvitationDto } from './dto/create-invitation.dto';
import type { ListInvitationsQueryDto } from './dto/list-invitations-query.dto';
import {
  fixedOrganisationId,
  INVITATION_STATUSES,
  invitableRoles,
  invitationRefusal,
  invitationStatus,
  type InvitationStatus,
} from './invitation-rules';

/** E-mails go out in the catalogue's default language: the recipient has no language setting yet. */
const MAIL_LOCALE = DEFAULT_LOCALE;

const PAGE_SIZE = 50;

/** One invitation as the list and detail pages show it. */
export interface InvitationView {
  id: number;
  email: string;
  role: string;
  organisationName: string;
  issuedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  status: InvitationStatus;
  canRevoke: boolean;
}

/** What the inviter typed, to keep the form as it was when it comes back with errors. */
export interface FormSelection {
  role?: unknown;
  organisationId?: unknown;
}

/**
 * Invitations: the only way into the platform. Rows are one-time tokens of purpose
 * 'invitation'; only their hash is stored, so the link is shown to the inviter once, right
 * after creation, and e-mailed when SMTP is configured. An admin sees every invitation, a
 * focal point those of their own State; anything else answers 404.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(OneTimeToken) private readonly tokens: Repository<OneTimeToken>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly oneTimeTokens: OneTimeTokensService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rows: RowAccess,
    private readonly referenceData: ReferenceDataCache,
  ) {}

  async listModel(user: AuthenticatedUser, query: ListInvitationsQueryDto) {
    const now = new Date();
    const request = pageRequest(query.page, PAGE_SIZE);
    const where = this.statusCondition(this.scope(user), query.status, now);
    const [rows, total] = await this.tokens.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: request.offset,
      take: request.size,
    });
    const list = pagedList(rows, total, request, {
      path: '/invitations',
      filters: { status: query.status },
    });
    return {
      pageTitle: { key: 'invitations.title' },
      invitations: await this.views(list.items, now),
      total,
      pagination: list.pagination,
      statuses: INVITATION_STATUSES.map((status) => ({
        value: status,
        label: `invitations.status.${status}`,
        selected: status === query.status,
      })),
      status: query.status ?? '',
    };
  }

  /** The pending invitations the actor may see, soonest to expire first (the dashboard's block). */
  async pending(actor: Actor, limit: number) {
    const now = new Date();
    const where = this.statusCondition(this.scope(userOf(actor)), 'pending', now);
    const [rows, total] = await this.tokens.findAndCount({
      where,
      order: { expiresAt: 'ASC', id: 'ASC' },
      take: limit,
    });
    return { total, invitations: await this.views(rows, now) };
  }

  async formModel(user: AuthenticatedUser, selection: FormSelection = {}) {
    const fixedId = fixedOrganisationId(user);
    const roles = invitableRoles(user).map((role) => ({
      value: role,
      label: `roles.${role}`,
      selected: role === selection.role,
    }));
    const base = { pageTitle: { key: 'invitations.newTitle' }, roles };
    if (fixedId !== null) {
      const own = await this.referenceData.organisation(fixedId);
      if (!own) throw new NotFoundException();
      return { ...base, fixedOrganisation: own.name, organisationGroups: [] };
    }
    const all = await this.referenceData.organisations();
    const selected = typeof selection.organisationId === 'string' ? selection.organisationId : '';
    const group = (kind: Organisation['kind'], labelKey: string) => ({
      labelKey,
      options: all
        .filter((organisation) => organisation.kind === kind)
        .map((organisation) => ({
          value: organisation.id,
          label: `${organisation.name} (${organisation.code})`,
          selected: String(organisation.id) === selected,
        })),
    });
    return {
      ...base,
      fixedOrganisation: null,
      organisationGroups: [
        group('programme', 'invitations.kind.programme'),
        group('partner', 'invitations.kind.partner'),
        group('state', 'invitations.kind.state'),
      ],
    };
  }

  async create(actor: Actor, input: CreateInvitationDto) {
    const user = userOf(actor);
    const email = input.email.trim().toLowerCase();
    const fixedId = fixedOrganisationId(user);
    const organisationId = fixedId ?? input.organisationId;
    if (
      fixedId !== null &&
      input.organisationId !== undefined &&
      input.organisationId !== fixedId
    ) {
      throw FormError.field('organisationId', 'invitations.ownStateOnly');
    }
    const organisation =
      organisationId === undefined
        ? null
        : await this.organisations.findOneBy({ id: organisationId });
    const refusal = invitationRefusal(user, input.role, organisation);
    if (refusal || !organisation) {
      throw FormError.field(
        refusal?.field ?? 'organisationId',
        refusal?.message ?? 'invitations.organisationRequired',
      );
    }
    const ttlMs = this.config.invitationTtlDays * 24 * 3600_000;
    const { token, row } = await this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(User).existsBy({ email })) {
        throw FormError.field('email', 'invitations.accountExists');
      }
      const live = await manager.getRepository(OneTimeToken).existsBy({
        purpose: 'invitation',
        email,
        usedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      });
      if (live) throw FormError.field('email', 'invitations.alreadyInvited');
      const issued = await this.oneTimeTokens.issue(
        'invitation',
        ttlMs,
        { email, role: input.role, organisationId: organisation.id, issuedById: user.id },
        manager,
      );
      await this.audit.record(
        actor,
        {
          action: 'invitation.sent',
          targetType: 'invitation',
          targetId: issued.row.id,
          details: { email, role: input.role, organisation: organisation.code },
        },
        manager,
      );
      return issued;
    });
    const link = `${this.config.publicUrl}/invitations/accept/${token}`;
    const emailed = await this.mail.send({
      to: email,
      subject: translate(MAIL_LOCALE, 'invitations.mail.subject'),
      text: translate(MAIL_LOCALE, 'invitations.mail.text', {
        inviter: user.name,
        role: translate(MAIL_LOCALE, `roles.${input.role}`),
        organisation: organisation.name,
        link,
        expires: row.expiresAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      }),
    });
    return {
      pageTitle: { key: 'invitations.createdTitle' },
      id: row.id,
      email,
      role: input.role,
      organisationName: organisation.name,
      link,
      expiresAt: row.expiresAt,
      emailed,
      mailEnabled: this.mail.enabled,
    };
  }

  async showModel(actor: Actor, id: string) {
    const row = await this.load(actor, id);
    const [view] = await this.views([row], new Date());
    return { pageTitle: { key: 'invitations.detailTitle' }, invitation: view };
  }

  /** Revokes a pending invitation; false when it was no longer pending (accepted, expired). */
  async revoke(actor: Actor, id: string): Promise<boolean> {
    const row = await this.load(actor, id);
    return this.dataSource.transaction(async (manager) => {
      // Only a still-pending row matches, so a link accepted a moment ago stays accepted.
      const result = await manager.getRepository(OneTimeToken).update(
        {
          id: row.id,
          usedAt: IsNull(),
          revokedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        { revokedAt: new Date() },
      );
      if ((result.affected ?? 0) !== 1) return false;
      await this.audit.record(
        actor,
        {
          action: 'invitation.revoked',
          targetType: 'invitation',
          targetId: row.id,
          details: { email: row.email },
        },
        manager,
      );
      return true;
    });
  }

  /** The rows this user may see: every invitation for an admin, their State's for a focal point. */
  private scope(user: AuthenticatedUser): FindOptionsWhere<OneTimeToken> {
    const fixedId = fixedOrganisationId(user);
    // A focal point without a State sees nothing: -1 matches no organisation.
    if (user.role === 'focal-point')
      return { purpose: 'invitation', organisationId: fixedId ?? -1 };
    return { purpose: 'invitation' };
  }

  private statusCondition(
    scope: FindOptionsWhere<OneTimeToken>,
    status: InvitationStatus | undefined,
    now: Date,
  ): FindOptionsWhere<OneTimeToken> {
    switch (status) {
      case 'accepted':
        return { ...scope, usedAt: Not(IsNull()) };
      case 'revoked':
        return { ...scope, usedAt: IsNull(), revokedAt: Not(IsNull()) };
      case 'expired':
        return { ...scope, usedAt: IsNull(), revokedAt: IsNull(), expiresAt: LessThanOrEqual(now) };
      case 'pending':
        return { ...scope, usedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) };
      default:
        return scope;
    }
  }

  /** One invitation the user may see; 404 (and an audit row) for anything else. */
  private async load(actor: Actor, id: string): Promise<OneTimeToken> {
    const row = /^\d{1,10}$/.test(id)
      ? await this.tokens.findOneBy({ ...this.scope(userOf(actor)), id: Number(id) })
      : null;
    return this.rows.scoped(actor, { type: 'invitation', id }, row);
  }

  private async views(rows: OneTimeToken[], now: Date): Promise<InvitationView[]> {
    const organisationIds = [...new Set(rows.map((row) => row.organisationId ?? 0))];
    const issuerIds = [...new Set(rows.map((row) => row.issuedById ?? 0))];
    const [organisations, issuers] = await Promise.all([
      organisationIds.length
        ? this.organisations.find({
            where: { id: In(organisationIds) },
            select: { id: true, name: true },
          })
        : [],
      issuerIds.length
        ? this.users.find({ where: { id: In(issuerIds) }, select: { id: true, name: true } })
        : [],
    ]);
    const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
    const issuerName = new Map(issuers.map((u) => [u.id, u.name]));
    return rows.map((row) => {
      const status = invitationStatus(row, now);
      const role: Role | null = isRole(row.role) ? row.role : null;
      return {
        id: row.id,
        email: row.email ?? '',
        role: role ? `roles.${role}` : '',
        organisationName: organisationName.get(row.organisationId ?? 0) ?? '',
        issuedByName: issuerName.get(row.issuedById ?? 0) ?? null,
        createdAt: row.createdAt,
        expiresAt: row.expiresAt,
        usedAt: row.usedAt,
        revokedAt: row.revokedAt,
        status,
        canRevoke: status === 'pending',
      };
    });
  }
}
