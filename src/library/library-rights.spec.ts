import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import type { Role } from '../common/identity/role';
import { mayChooseVisibility, mayEdit, publishesDirectly, reviews } from './library-rights';

const KENYA = 101;
const FRANCE = 102;
const EAST = 7;

function user(role: Role, overrides: Partial<AuthenticatedUser> = {}): AuthenticatedUser {
  const inState = ['official', 'focal-point', 'piu-analyst'].includes(role);
  return {
    id: 1,
    email: 'a@example.org',
    name: 'A',
    role,
    organisationId: inState ? KENYA : 1,
    organisationKind: inState ? 'state' : 'programme',
    organisationCode: inState ? 'KEN' : 'UNOCT',
    organisationName: 'x',
    stateId: inState ? KENYA : null,
    iwgRegionId: inState ? EAST : null,
    guestRegionIds: [],
    assignedStateIds: role === 'expert' ? [FRANCE] : [],
    twoFactorEnabled: true,
    piuSupervisor: false,
    termsVersion: null,
    timeZone: 'UTC',
    locale: null,
    ...overrides,
  };
}

const scope = (level: string, regionId: number | null = null, stateId: number | null = null) => ({
  level,
  regionId,
  stateId,
});

describe('library rights', () => {
  it('lets staff and admins publish anywhere, State people for their own State and region only', () => {
    for (const role of ['admin', 'staff'] as const) {
      expect(mayChooseVisibility(user(role), scope('programme'))).toBe(true);
      expect(mayChooseVisibility(user(role), scope('staff'))).toBe(true);
      expect(mayChooseVisibility(user(role), scope('state', null, FRANCE))).toBe(true);
      expect(mayChooseVisibility(user(role), scope('region', 99))).toBe(true);
    }
    for (const role of ['official', 'focal-point'] as const) {
      expect(publishesDirectly(user(role))).toBe(true);
      expect(mayChooseVisibility(user(role), scope('state', null, KENYA))).toBe(true);
      expect(mayChooseVisibility(user(role), scope('region', EAST))).toBe(true);
      expect(mayChooseVisibility(user(role), scope('state', null, FRANCE))).toBe(false);
      expect(mayChooseVisibility(user(role), scope('region', 99))).toBe(false);
      expect(mayChooseVisibility(user(role), scope('programme'))).toBe(false);
      expect(mayChooseVisibility(user(role), scope('staff'))).toBe(false);
    }
  });

  it('makes partners and experts propose (programme, or an expert’s assigned State)', () => {
    expect(publishesDirectly(user('partner'))).toBe(false);
    expect(publishesDirectly(user('expert'))).toBe(false);
    expect(mayChooseVisibility(user('partner'), scope('programme'))).toBe(true);
    expect(mayChooseVisibility(user('partner'), scope('state', null, KENYA))).toBe(false);
    expect(mayChooseVisibility(user('expert'), scope('state', null, FRANCE))).toBe(true);
    expect(mayChooseVisibility(user('expert'), scope('state', null, KENYA))).toBe(false);
    expect(mayChooseVisibility(user('piu-analyst'), scope('state', null, KENYA))).toBe(false);
  });

  it('lets the author, staff and the focal point of the author’s State edit', () => {
    const row = { authorId: 5, authorStateId: KENYA };
    expect(mayEdit(user('official', { id: 5 }), row)).toBe(true);
    expect(mayEdit(user('official', { id: 6 }), row)).toBe(false);
    expect(mayEdit(user('focal-point', { id: 6 }), row)).toBe(true);
    expect(mayEdit(user('focal-point', { id: 6, stateId: FRANCE }), row)).toBe(false);
    expect(mayEdit(user('staff', { id: 6 }), row)).toBe(true);
    expect(mayEdit(user('partner', { id: 6 }), row)).toBe(false);
    expect(reviews(user('staff'))).toBe(true);
    expect(reviews(user('official'))).toBe(false);
  });
});
