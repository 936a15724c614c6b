import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import type { OrganisationKind } from '../common/identity/role';
import type { Role } from '../common/identity/role';
import { Clock } from '../jobs/clock';
import { assignmentsAt, type EngagementWindow } from './expert-assignments';
import { User } from './user.entity';

/** The signed-in view of an account and the row versions it was read at (see User.version). */
export interface SignedInUser {
  user: AuthenticatedUser;
  /** `<user version>.<organisation version>`: the session store compares it on every read. */
  version: string;
  /**
   * Epoch ms at which this copy goes stale by the calendar alone (an expert's engagement
   * starts or ends): the session guard reloads it then. Absent or null: only a row change.
   */
  refreshAt?: number | null;
}

interface SignedInRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: number | boolean;
  time_zone: string;
  locale: string | null;
  terms_version: string | null;
  two_factor: number;
  piu_supervisor: number | boolean;
  user_version: number;
  organisation_id: number;
  organisation_kind: OrganisationKind;
  organisation_code: string;
  organisation_name: string;
  iwg_region_id: number | null;
  organisation_version: number;
}

/** The version string of a user row and its organisation row, as SignedInUser carries it. */
export function signedInVersion(userVersion: unknown, organisationVersion: unknown): string {
  return `${Number(userVersion)}.${Number(organisationVersion)}`;
}

/** Loads accounts. Changes to them go through the services of the flows that make them. */
@Injectable()
export class UsersService {
  /** Built once: this load runs whenever a session's kept copy is missing or out of date. */
  private readonly signedInSql: string;
  /** The IWG regions a partner or expert is a guest in (the IWG module's `iwg_participant`). */
  private readonly guestRegionsSql: string;
  /** An expert's active engagements not yet over (the experts module's `expert_engagement`). */
  private readonly engagementsSql: string;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    const q = (name: string) => dataSource.driver.escape(name);
    // Booleans as 0/1 and no dates, so both drivers return the same plain values.
    this.signedInSql =
      `SELECT u.id, u.email, u.name, u.role, u.active, u.time_zone, u.locale, u.terms_version, ` +
      `u.piu_supervisor, ` +
      `CASE WHEN u.totp_secret IS NOT NULL AND u.totp_enabled_at IS NOT NULL THEN 1 ELSE 0 END AS two_factor, ` +
      `u.${q('version')} AS user_version, o.id AS organisation_id, o.kind AS organisation_kind, ` +
      `o.code AS organisation_code, o.name AS organisation_name, o.iwg_region_id, ` +
      `o.${q('version')} AS organisation_version ` +
      `FROM ${q('user')} u JOIN ${q('organisation')} o ON o.id = u.organisation_id WHERE u.id = ?`;
    // Read only for the two roles that can be guests, so the others pay nothing. The IWG module
    // bumps the user's version when it adds or removes a guest, so this copy is reloaded then.
    this.guestRegionsSql =
      `SELECT DISTINCT i.region_id FROM ${q('iwg_participant')} g ` +
      `JOIN ${q('iwg')} i ON i.id = g.iwg_id WHERE g.user_id = ? AND g.kind = 'guest' ` +
      `ORDER BY i.region_id`;
    // The experts module bumps the user's version when an engagement becomes active, closes or
    // is cancelled; a start or end by the calendar is caught by SignedInUser.refreshAt.
    this.engagementsSql =
      `SELECT e.state_id, e.starts_on, e.ends_on FROM ${q('expert_engagement')} e ` +
      `WHERE e.expert_user_id = ? AND e.status = 'active' AND e.ends_on >= ?`;
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({
      where: { email: email.trim().toLowerCase() },
      relations: { organisation: true },
    });
  }

  findById(id: number): Promise<User | null> {
    return this.users.findOne({ where: { id }, relations: { organisation: true } });
  }

  /** The signed-in view of an active account, or null when it is gone or deactivated. */
  async findAuthenticated(id: number): Promise<AuthenticatedUser | null> {
    return (await this.loadSignedIn(id))?.user ?? null;
  }

  /** Like findAuthenticated, with the versions it was read at, in one prepared query. */
  async loadSignedIn(id: number): Promise<SignedInUser | null> {
    const rows = await this.dataSource.query<SignedInRow[]>(this.signedInSql, [id]);
    const row = rows[0];
    if (!row || !Number(row.active)) return null;
    const isState = row.organisation_kind === 'state';
    const guestRegionIds =
      row.role === 'partner' || row.role === 'expert'
        ? (await this.dataSource.query<{ region_id: number }[]>(this.guestRegionsSql, [id])).map(
            (guest) => Number(guest.region_id),
          )
        : [];
    const assignments =
      row.role === 'expert' ? await this.assignments(id) : { stateIds: [], refreshAt: null };
    return {
      version: signedInVersion(row.user_version, row.organisation_version),
      refreshAt: assignments.refreshAt,
      user: {
        id: Number(row.id),
        email: row.email,
        name: row.name,
        role: row.role,
        organisationId: Number(row.organisation_id),
        organisationKind: row.organisation_kind,
        organisationCode: row.organisation_code,
        organisationName: row.organisation_name,
        stateId: isState ? Number(row.organisation_id) : null,
        iwgRegionId: isState && row.iwg_region_id !== null ? Number(row.iwg_region_id) : null,
        assignedStateIds: assignments.stateIds,
        guestRegionIds,
        twoFactorEnabled: Number(row.two_factor) === 1,
        piuSupervisor: row.role === 'piu-analyst' && Number(row.piu_supervisor) === 1,
        termsVersion: row.terms_version,
        timeZone: row.time_zone,
        locale: row.locale,
      },
    };
  }

  private async assignments(userId: number) {
    const now = this.clock.now();
    const today = new Date(now).toISOString().slice(0, 10);
    const rows = await this.dataSource.query<
      { state_id: number; starts_on: string; ends_on: string }[]
    >(this.engagementsSql, [userId, today]);
    const windows: EngagementWindow[] = rows.map((row) => ({
      stateId: Number(row.state_id),
      startsOn: row.starts_on,
      endsOn: row.ends_on,
    }));
    return assignmentsAt(windows, now);
  }
}

export function toAuthenticatedUser(user: User): AuthenticatedUser {
  const organisation = user.organisation;
  const isState = organisation.kind === 'state';
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organisationId: organisation.id,
    organisationKind: organisation.kind,
    organisationCode: organisation.code,
    organisationName: organisation.name,
    stateId: isState ? organisation.id : null,
    iwgRegionId: isState ? organisation.iwgRegionId : null,
    assignedStateIds: [],
    guestRegionIds: [],
    twoFactorEnabled: user.totpSecret !== null && user.totpEnabledAt !== null,
    piuSupervisor: user.role === 'piu-analyst' && user.piuSupervisor,
    termsVersion: user.termsVersion,
    timeZone: user.timeZone,
    locale: user.locale,
  };
}
