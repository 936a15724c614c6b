import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditEvent } from '../../audit/audit-event.entity';
import { TypeormSessionStore } from '../../auth/sessions/typeorm-session.store';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { describeAuditEvent } from '../../audit/audit-description';
import { normaliseIp } from '../../common/actor/client-ip';
import { ReferenceDataCache } from '../../organisations/reference-data.cache';
import { ROLES, isRole } from '../../common/identity/role';
import { User } from '../../users/user.entity';
import { containsPattern, filterValues, hrefWith } from '../../common/lists/filters';
import { pagedList, pageRequest } from '../../common/lists/paged-list';
import { USER_STATUSES, type UserFilterDto } from './dto/user-filter.dto';
import { rolesAdminMayGrant } from './role-change-rules';

export const USERS_PAGE_SIZE = 25;
const HISTORY_SIZE = 20;
const USER_FILTERS = ['role', 'org', 'status', 'q'] as const;

/** The admin's views of accounts: the filtered list and one account's page. */
@Injectable()
export class AdminUsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly sessions: TypeormSessionStore,
    private readonly referenceData: ReferenceDataCache,
  ) {}

  async list(filter: UserFilterDto) {
    const now = new Date();
    const query = this.users
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.organisation', 'o')
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC');
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.org) query.andWhere('o.code = :org', { org: filter.org.trim().toUpperCase() });
    if (filter.status === 'active') query.andWhere('u.active = :active', { active: true });
    if (filter.status === 'deactivated') query.andWhere('u.active = :active', { active: false });
    if (filter.status === 'locked') query.andWhere('u.lockedUntil > :now', { now });
    const text = filter.q?.trim();
    if (text) {
      query.andWhere("(LOWER(u.name) LIKE :text ESCAPE '!' OR u.email LIKE :text ESCAPE '!')", {
        text: containsPattern(text),
      });
    }
    const request = pageRequest(filter.page, USERS_PAGE_SIZE);
    const [rows, total] = await query.skip(request.offset).take(request.size).getManyAndCount();
    const list = pagedList(rows, total, request, {
      path: '/admin/users',
      filters: filterValues(filter, USER_FILTERS),
    });
    return {
      ...(await this.formModel(filter)),
      total,
      pagination: list.pagination,
      users: list.items.map((user) => ({
        href: `/admin/users/${user.id}`,
        name: user.name,
        email: user.email,
        role: user.role,
        organisationName: user.organisation.name,
        active: user.active,
        locked: user.lockedUntil !== null && user.lockedUntil > now,
        lastLoginAt: user.lastLoginAt,
      })),
    };
  }

  /** The filter form and its options, with the filters as given (also after a form error). */
  async formModel(filter: UserFilterDto | object) {
    const organisations = await this.referenceData.organisations();
    return {
      pageTitle: { key: 'admin.users.title' },
      roles: ROLES,
      statuses: USER_STATUSES,
      nonStates: organisations.filter((o) => o.kind !== 'state'),
      states: organisations.filter((o) => o.kind === 'state'),
      filters: filterValues(filter, USER_FILTERS),
      users: [],
    };
  }

  async page(id: number, viewer: AuthenticatedUser) {
    const user = await this.users.findOne({ where: { id }, relations: { organisation: true } });
    if (!user) throw new NotFoundException();
    const now = new Date();
    const [sessions, events] = await Promise.all([
      this.sessions.listForUser(id),
      this.events.find({
        where: { targetType: 'user', targetId: String(id) },
        order: { id: 'DESC' },
        take: HISTORY_SIZE,
      }),
    ]);
    const grantable = rolesAdminMayGrant(user.organisation.kind);
    const roleOptions = grantable.includes(user.role) ? grantable : [user.role, ...grantable];
    const locked = user.lockedUntil !== null && user.lockedUntil > now;
    return {
      pageTitle: user.name,
      user: {
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        organisationName: user.organisation.name,
        organisationCode: user.organisation.code,
        active: user.active,
        locked,
        lockedUntil: user.lockedUntil,
        failedLogins: user.failedLogins,
        lockouts: user.lockouts,
        twoFactorEnabled: user.totpSecret !== null && user.totpEnabledAt !== null,
        termsVersion: user.termsVersion,
        lastLoginAt: user.lastLoginAt,
        createdAt: user.createdAt,
        openSessions: sessions.length,
      },
      isSelf: viewer.id === user.id,
      canUnlock: locked || user.failedLogins > 0 || user.lockouts > 0,
      // A PIU analyst is recovered by the State's focal point, never by an admin.
      canRecover: user.role !== 'piu-analyst',
      roleOptions: roleOptions.filter(isRole),
      selectedRole: user.role,
      history: events.map((event) => ({
        occurredAt: event.occurredAt,
        action: event.action,
        description: describeAuditEvent(event),
        actorEmail: event.actorEmail,
        ip: normaliseIp(event.ip),
      })),
      historyHref: hrefWith('/admin/audit', { target: `user:${user.id}` }),
    };
  }
}
