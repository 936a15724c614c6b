import type { OrganisationKind } from '../../common/identity/role';
import { ROLE_ORGANISATION_KIND, ROLES, type Role } from '../../common/identity/role';

/** What an admin's role change is checked against: who acts, on whom, in which organisation. */
export interface RoleChange {
  actorId: number;
  targetId: number;
  from: Role;
  to: Role;
  organisationKind: OrganisationKind;
}

/** Why a role change is refused, as a message key; null when it may go ahead. */
export function roleChangeRefusal(change: RoleChange): string | null {
  // An admin cannot demote themselves: there is always an admin left to undo a mistake.
  if (change.actorId === change.targetId) return 'admin.users.cannotChangeOwnRole';
  if (change.to === change.from) return 'admin.users.roleUnchanged';
  // Only a State's focal point vouches for its PIU analysts; no admin grants the role.
  if (change.to === 'piu-analyst') return 'admin.users.cannotGrantAnalyst';
  if (!roleFitsOrganisation(change.to, change.organisationKind))
    return 'admin.users.roleDoesNotFit';
  return null;
}

export function roleFitsOrganisation(role: Role, kind: OrganisationKind): boolean {
  const wanted = ROLE_ORGANISATION_KIND[role];
  return wanted === 'any' || wanted === kind;
}

/** The roles an admin may give someone of this organisation kind (the select's options). */
export function rolesAdminMayGrant(kind: OrganisationKind): Role[] {
  return ROLES.filter((role) => role !== 'piu-analyst' && roleFitsOrganisation(role, kind));
}
