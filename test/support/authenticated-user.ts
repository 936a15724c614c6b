import type { AuthenticatedUser } from '../../src/common/auth/authenticated-user';
import type { Role } from '../../src/common/identity/role';

/** A signed-in person as guards and services see them, for unit tests that need no database. */
export function authenticatedUser(
  role: Role,
  overrides: Partial<AuthenticatedUser> = {},
): AuthenticatedUser {
  return {
    id: 1,
    email: 'someone@example.org',
    name: 'Someone',
    role,
    organisationId: 1,
    organisationKind: 'programme',
    organisationCode: 'UNOCT',
    organisationName: 'UNOCT',
    stateId: null,
    iwgRegionId: null,
    assignedStateIds: [],
    guestRegionIds: [],
    twoFactorEnabled: true,
    piuSupervisor: false,
    termsVersion: null,
    timeZone: 'UTC',
    locale: null,
    ...overrides,
  };
}
