import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import type { VisibilityLevel, VisibilityScope } from '../common/visibility/visibility-level';

/**
 * Who may put what in the library (plain rules, no Nest): staff and admins publish anywhere;
 * focal points and officials publish for their own State and their own IWG region; partners and
 * experts propose, and staff approve before anyone else sees it. The author and staff edit, and
 * so does the focal point of the author's State.
 */

/** Publishes at once (true) or proposes for review (false). */
export function publishesDirectly(user: AuthenticatedUser): boolean {
  return ['admin', 'staff', 'focal-point', 'official'].includes(user.role);
}

/** May approve or reject proposals. */
export function reviews(user: AuthenticatedUser): boolean {
  return user.role === 'admin' || user.role === 'staff';
}

/** One visibility a user may give a resource: a level and, where it needs one, its region or State. */
export interface VisibilityChoice {
  readonly level: VisibilityLevel;
  readonly regionId: number | null;
  readonly stateId: number | null;
}

/**
 * The levels a user may choose, with the region or State each is bound to for them: `null` ids
 * on region/state levels mean "any" (staff and admins choose among all).
 */
export function visibilityChoices(user: AuthenticatedUser): VisibilityChoice[] {
  switch (user.role) {
    case 'admin':
    case 'staff':
      return [
        { level: 'programme', regionId: null, stateId: null },
        { level: 'region', regionId: null, stateId: null },
        { level: 'state', regionId: null, stateId: null },
        { level: 'staff', regionId: null, stateId: null },
      ];
    case 'focal-point':
    case 'official': {
      const choices: VisibilityChoice[] = [];
      if (user.stateId !== null)
        choices.push({ level: 'state', regionId: null, stateId: user.stateId });
      if (user.iwgRegionId !== null)
        choices.push({ level: 'region', regionId: user.iwgRegionId, stateId: null });
      return choices;
    }
    case 'partner':
      return [{ level: 'programme', regionId: null, stateId: null }];
    case 'expert':
      return [
        { level: 'programme', regionId: null, stateId: null },
        ...[...new Set(user.assignedStateIds)].map((stateId) => ({
          level: 'state' as const,
          regionId: null,
          stateId,
        })),
      ];
    default:
      return [];
  }
}

/** Whether `user` may give a resource this visibility. */
export function mayChooseVisibility(user: AuthenticatedUser, scope: VisibilityScope): boolean {
  return visibilityChoices(user).some((choice) => {
    if (choice.level !== scope.level) return false;
    if (scope.level === 'region')
      return scope.regionId !== null && (choice.regionId ?? scope.regionId) === scope.regionId;
    if (scope.level === 'state')
      return scope.stateId !== null && (choice.stateId ?? scope.stateId) === scope.stateId;
    return true;
  });
}

/** The facts about a resource the editing rule reads. */
export interface AuthoredRow {
  readonly authorId: number;
  readonly authorStateId: number | null;
}

/** The author, staff and admins, and the focal point of the author's State. */
export function mayEdit(user: AuthenticatedUser, row: AuthoredRow): boolean {
  if (reviews(user)) return true;
  if (row.authorId === user.id) return true;
  return (
    user.role === 'focal-point' && row.authorStateId !== null && row.authorStateId === user.stateId
  );
}
