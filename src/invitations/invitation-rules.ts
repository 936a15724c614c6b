import type { OrganisationKind } from '../common/identity/role';
import { ROLE_ORGANISATION_KIND, ROLES, type Role } from '../common/identity/role';

/** Who is inviting: the parts of the signed-in user the rules look at. */
export interface Inviter {
  role: Role;
  /** The inviter's State (organisation id) when they belong to one. */
  stateId: number | null;
}

export interface InvitedOrganisation {
  id: number;
  kind: OrganisationKind;
}

/** Why an invitation is refused: the form field to mark and the message key. */
export interface InvitationRefusal {
  field: 'role' | 'organisationId';
  message: string;
}

/**
 * The roles a person may invite. An admin invites anyone except PIU analysts:
 * accounts that touch passenger data are the State's own business, so only a State's focal
 * point invites its analysts, and its officials. Everyone else invites nobody.
 */
export function invitableRoles(inviter: Inviter): Role[] {
  if (inviter.role === 'admin') return ROLES.filter((role) => role !== 'piu-analyst');
  if (inviter.role === 'focal-point' && inviter.stateId !== null) {
    return ['official', 'piu-analyst'];
  }
  return [];
}

/** Focal points invite into their own State only; admins choose the organisation. */
export function fixedOrganisationId(inviter: Inviter): number | null {
  return inviter.role === 'focal-point' ? inviter.stateId : null;
}

/** Whether the role belongs in an organisation of this kind (a State's roles need a State). */
export function roleFitsOrganisation(role: Role, kind: OrganisationKind): boolean {
  const wanted = ROLE_ORGANISATION_KIND[role];
  return wanted === 'any' || wanted === kind;
}

/**
 * Checks one invitation against the rules; null when it may go out. `organisation` is null
 * when the id named no organisation.
 */
export function invitationRefusal(
  inviter: Inviter,
  role: Role,
  organisation: InvitedOrganisation | null,
): InvitationRefusal | null {
  if (!invitableRoles(inviter).includes(role)) {
    return { field: 'role', message: 'invitations.roleNotAllowed' };
  }
  if (!organisation)
    return { field: 'organisationId', message: 'invitations.organisationRequired' };
  const fixed = fixedOrganisationId(inviter);
  if (fixed !== null && organisation.id !== fixed) {
    return { field: 'organisationId', message: 'invitations.ownStateOnly' };
  }
  if (!roleFitsOrganisation(role, organisation.kind)) {
    return { field: 'organisationId', message: 'invitations.organisationKindMismatch' };
  }
  return null;
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export const INVITATION_STATUSES: readonly InvitationStatus[] = [
  'pending',
  'accepted',
  'expired',
  'revoked',
];

/** Where an invitation stands. Used before revoked: a used link stays "accepted". */
export function invitationStatus(
  row: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (row.usedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}
