import type { AuthenticatedUser } from '../common/auth/authenticated-user';

/**
 * Who may do what with a State's documents, once the visibility policy has let them see it
 * (these rules never grant sight, only actions).
 */
export function isProgrammeStaff(user: AuthenticatedUser): boolean {
  return user.role === 'staff' || user.role === 'admin';
}

/** The State's own focal point. */
export function isFocalPointOf(user: AuthenticatedUser, stateId: number): boolean {
  return user.role === 'focal-point' && user.stateId === stateId;
}

/** Create documents and fill drafts: staff and the State's focal point. */
export function editsDocuments(user: AuthenticatedUser, stateId: number): boolean {
  return isProgrammeStaff(user) || isFocalPointOf(user, stateId);
}

/** Comment during review: staff, the experts assigned to the State, and its focal point. */
export function commentsOnDocuments(user: AuthenticatedUser, stateId: number): boolean {
  return (
    editsDocuments(user, stateId) ||
    (user.role === 'expert' && user.assignedStateIds.includes(stateId))
  );
}
