import { ROLES } from '../common/identity/role';
import {
  invitableRoles,
  invitationRefusal,
  invitationStatus,
  type InvitedOrganisation,
} from './invitation-rules';

const KENYA: InvitedOrganisation = { id: 10, kind: 'state' };
const FRANCE: InvitedOrganisation = { id: 11, kind: 'state' };
const PROGRAMME: InvitedOrganisation = { id: 1, kind: 'programme' };
const CTED: InvitedOrganisation = { id: 2, kind: 'partner' };

const admin = { role: 'admin' as const, stateId: null };
const focalPoint = { role: 'focal-point' as const, stateId: KENYA.id };

describe('invitableRoles', () => {
  it('lets an admin invite every role but piu-analyst', () => {
    expect(invitableRoles(admin)).toEqual(ROLES.filter((role) => role !== 'piu-analyst'));
  });

  it('lets a focal point invite officials and PIU analysts of the State, nobody else anything', () => {
    expect(invitableRoles(focalPoint)).toEqual(['official', 'piu-analyst']);
    expect(invitableRoles({ role: 'focal-point', stateId: null })).toEqual([]);
    for (const role of ['staff', 'partner', 'official', 'expert', 'piu-analyst'] as const) {
      expect(invitableRoles({ role, stateId: KENYA.id })).toEqual([]);
    }
  });
});

describe('invitationRefusal', () => {
  it('accepts each role an admin invites into an organisation of the right kind', () => {
    expect(invitationRefusal(admin, 'staff', PROGRAMME)).toBeNull();
    expect(invitationRefusal(admin, 'admin', PROGRAMME)).toBeNull();
    expect(invitationRefusal(admin, 'partner', CTED)).toBeNull();
    expect(invitationRefusal(admin, 'focal-point', FRANCE)).toBeNull();
    expect(invitationRefusal(admin, 'official', KENYA)).toBeNull();
    for (const organisation of [KENYA, PROGRAMME, CTED]) {
      expect(invitationRefusal(admin, 'expert', organisation)).toBeNull();
    }
  });

  it('refuses an admin inviting a PIU analyst, whatever the organisation', () => {
    expect(invitationRefusal(admin, 'piu-analyst', KENYA)).toEqual({
      field: 'role',
      message: 'invitations.roleNotAllowed',
    });
  });

  it('refuses a role in an organisation of the wrong kind', () => {
    const mismatch = { field: 'organisationId', message: 'invitations.organisationKindMismatch' };
    expect(invitationRefusal(admin, 'official', PROGRAMME)).toEqual(mismatch);
    expect(invitationRefusal(admin, 'staff', KENYA)).toEqual(mismatch);
    expect(invitationRefusal(admin, 'partner', PROGRAMME)).toEqual(mismatch);
    expect(invitationRefusal(admin, 'admin', CTED)).toEqual(mismatch);
  });

  it('keeps a focal point to their own State and to officials and analysts', () => {
    expect(invitationRefusal(focalPoint, 'piu-analyst', KENYA)).toBeNull();
    expect(invitationRefusal(focalPoint, 'official', KENYA)).toBeNull();
    expect(invitationRefusal(focalPoint, 'official', FRANCE)).toEqual({
      field: 'organisationId',
      message: 'invitations.ownStateOnly',
    });
    expect(invitationRefusal(focalPoint, 'staff', KENYA)?.field).toBe('role');
    expect(invitationRefusal(focalPoint, 'focal-point', KENYA)?.field).toBe('role');
  });

  it('asks for an organisation when none matched', () => {
    expect(invitationRefusal(admin, 'staff', null)?.message).toBe(
      'invitations.organisationRequired',
    );
  });
});

describe('invitationStatus', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const later = new Date('2026-11-30T12:00:00Z');
  const earlier = new Date('2026-11-20T12:00:00Z');

  it('tells pending, accepted, revoked and expired apart', () => {
    expect(invitationStatus({ usedAt: null, revokedAt: null, expiresAt: later }, now)).toBe(
      'pending',
    );
    expect(invitationStatus({ usedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe(
      'accepted',
    );
    expect(invitationStatus({ usedAt: null, revokedAt: earlier, expiresAt: later }, now)).toBe(
      'revoked',
    );
    expect(invitationStatus({ usedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe(
      'expired',
    );
    expect(invitationStatus({ usedAt: null, revokedAt: null, expiresAt: now }, now)).toBe(
      'expired',
    );
  });
});
