import type { AuthenticatedUser } from '../../common/auth/authenticated-user';

/** Programme staff and admins: they keep the States' records and run assessments. */
export function isProgrammeStaff(user: AuthenticatedUser): boolean {
  return user.role === 'staff' || user.role === 'admin';
}
