import { Brackets } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Role } from '../identity/role';
import type { VisibilityColumnRefs, VisibilityScope } from './visibility-level';

/**
 * What one user can reach. `everything` short-cuts the rest (admin and staff); otherwise a row
 * is visible when it is `programme` content and `programme` is set, or a `region`/`state` row
 * whose id is listed. Nothing grants `staff` content except `everything`.
 */
export interface VisibilityReach {
  readonly everything: boolean;
  readonly programme: boolean;
  readonly regionIds: readonly number[];
  readonly stateIds: readonly number[];
}

/** A where clause and its named parameters, for callers that build SQL without a Brackets. */
export interface VisibilityClause {
  readonly sql: string;
  readonly parameters: Record<string, unknown>;
}

const NOTHING: VisibilityReach = {
  everything: false,
  programme: false,
  regionIds: [],
  stateIds: [],
};

/**
 * The one owner of the tenancy rule (who sees which content). Given a user it
 * answers "may see this row?" (canSee) and builds the query condition for lists (condition);
 * both are derived from the same VisibilityReach, so a list never shows a row that the row's
 * own page would refuse, nor hides one it would show.
 *
 * - admin, staff: everything, including `staff` content;
 * - partner: `programme`, and the `region` rows of the IWGs staff invited them to as a guest
 *   (AuthenticatedUser.guestRegionIds);
 * - official, focal-point, piu-analyst: `programme`, their IWG region's `region` rows, their
 *   State's `state` rows;
 * - expert: `programme` and the `state` rows of the States they are assigned to now
 *   (AuthenticatedUser.assignedStateIds, kept current by the experts module), and the `region`
 *   rows of the IWGs they are a guest of, like partners.
 *
 * Deny by default: a role this class does not know reaches nothing. Stateless, so one
 * instance can be shared (Nest may provide it as a plain class).
 */
export class VisibilityPolicy {
  reach(user: AuthenticatedUser): VisibilityReach {
    const role: Role = user.role;
    switch (role) {
      case 'admin':
      case 'staff':
        return { everything: true, programme: true, regionIds: [], stateIds: [] };
      case 'partner':
        return { ...NOTHING, programme: true, regionIds: unique(user.guestRegionIds) };
      case 'official':
      case 'focal-point':
      case 'piu-analyst':
        return {
          everything: false,
          programme: true,
          regionIds: user.iwgRegionId === null ? [] : [user.iwgRegionId],
          stateIds: user.stateId === null ? [] : [user.stateId],
        };
      case 'expert':
        return {
          ...NOTHING,
          programme: true,
          regionIds: unique(user.guestRegionIds),
          stateIds: unique(user.assignedStateIds),
        };
      default:
        return NOTHING;
    }
  }

  canSee(user: AuthenticatedUser, row: VisibilityScope): boolean {
    const reach = this.reach(user);
    if (reach.everything) return true;
    switch (row.level) {
      case 'programme':
        return reach.programme;
      case 'region':
        return row.regionId !== null && reach.regionIds.includes(row.regionId);
      case 'state':
        return row.stateId !== null && reach.stateIds.includes(row.stateId);
      default:
        // `staff`, or a value that is not a level at all: only `everything` sees it.
        return false;
    }
  }

  /**
   * The same rule as a where clause over `columns`. Parameter names start with
   * `parameterPrefix` so that two conditions (two aliases) can sit in one query.
   */
  clause(
    user: AuthenticatedUser,
    columns: VisibilityColumnRefs,
    parameterPrefix = 'visibility',
  ): VisibilityClause {
    const reach = this.reach(user);
    if (reach.everything) return { sql: '1 = 1', parameters: {} };
    const p = parameterPrefix.replace(/[^A-Za-z0-9_]/g, '_');
    const parts: string[] = [];
    const parameters: Record<string, unknown> = {};
    if (reach.programme) {
      parts.push(`${columns.level} = :${p}_programme`);
      parameters[`${p}_programme`] = 'programme';
    }
    if (reach.regionIds.length > 0) {
      parts.push(`(${columns.level} = :${p}_region AND ${columns.regionId} IN (:...${p}_regions))`);
      parameters[`${p}_region`] = 'region';
      parameters[`${p}_regions`] = [...reach.regionIds];
    }
    if (reach.stateIds.length > 0) {
      parts.push(`(${columns.level} = :${p}_state AND ${columns.stateId} IN (:...${p}_states))`);
      parameters[`${p}_state`] = 'state';
      parameters[`${p}_states`] = [...reach.stateIds];
    }
    if (parts.length === 0) return { sql: '1 = 0', parameters: {} };
    return { sql: `(${parts.join(' OR ')})`, parameters };
  }

  /** The clause as TypeORM Brackets, for `qb.andWhere(policy.condition(user, columns))`. */
  condition(
    user: AuthenticatedUser,
    columns: VisibilityColumnRefs,
    parameterPrefix = 'visibility',
  ): Brackets {
    const { sql, parameters } = this.clause(user, columns, parameterPrefix);
    return new Brackets((qb) => {
      qb.where(sql, parameters);
    });
  }

  /** Column references for an entity that embeds VisibilityColumns under `property`. */
  static embeddedColumns(alias: string, property = 'visibility'): VisibilityColumnRefs {
    return {
      level: `${alias}.${property}.level`,
      regionId: `${alias}.${property}.regionId`,
      stateId: `${alias}.${property}.stateId`,
    };
  }
}

function unique(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}
