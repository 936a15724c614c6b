import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import type { Role } from '../common/identity/role';

/** Who authors courses, enrols anyone, sees every State's progress and checks certificates. */
export function runsTraining(user: AuthenticatedUser): boolean {
  return user.role === 'staff' || user.role === 'admin';
}

/** The roles a focal point may enrol: their own State's people. */
export const STATE_LEARNER_ROLES: readonly Role[] = ['official', 'focal-point', 'piu-analyst'];

/**
 * Whether `by` may enrol `learner` (other than themselves): staff and admins anyone; a focal
 * point the officials, focal points and PIU analysts of their own State; nobody else anyone.
 */
export function mayEnrol(
  by: AuthenticatedUser,
  learner: { role: Role; stateId: number | null },
): boolean {
  if (runsTraining(by)) return true;
  return (
    by.role === 'focal-point' &&
    by.stateId !== null &&
    learner.stateId === by.stateId &&
    STATE_LEARNER_ROLES.includes(learner.role)
  );
}
