/**
 * Who a piece of content is for: every member of the
 * platform, the States of one IWG region, one State (with programme staff and the experts
 * assigned to it), or programme staff only.
 */
export const VISIBILITY_LEVELS = ['programme', 'region', 'state', 'staff'] as const;
export type VisibilityLevel = (typeof VISIBILITY_LEVELS)[number];

export function isVisibilityLevel(value: unknown): value is VisibilityLevel {
  return typeof value === 'string' && (VISIBILITY_LEVELS as readonly string[]).includes(value);
}

/**
 * The visibility of one row as the policy reads it. `regionId` is an IWG region id (used by
 * `region` rows), `stateId` a State's organisation id (used by `state` rows); the other level
 * ignores them.
 */
export interface VisibilityScope {
  /** A VisibilityLevel; typed loosely because rows come from the database. */
  readonly level: string;
  readonly regionId: number | null;
  readonly stateId: number | null;
}

/**
 * SQL expressions for the three visibility values of the rows a query lists: usually
 * `alias.visibility.level` and so on (see VisibilityPolicy.embeddedColumns), or, for a table
 * whose rows all have one level, a literal such as `'state'`.
 */
export interface VisibilityColumnRefs {
  readonly level: string;
  readonly regionId: string;
  readonly stateId: string;
}

/**
 * Whether everyone who may see `audience` may also see `content`: a link placed in front of an
 * audience (a library resource attached to a region's thread) then never leads anyone to a 404.
 * Programme-wide content reaches every audience; anything reaches a staff-only audience (staff
 * see everything); otherwise only the same level with the same region or State.
 */
export function coversAudience(content: VisibilityScope, audience: VisibilityScope): boolean {
  if (content.level === 'programme' || audience.level === 'staff') return true;
  if (content.level !== audience.level) return false;
  if (content.level === 'region') return content.regionId === audience.regionId;
  if (content.level === 'state') return content.stateId === audience.stateId;
  return false;
}
