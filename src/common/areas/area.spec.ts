import { ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { SessionGuard } from '../auth/session.guard';
import type { SessionLifetime } from '../auth/session-lifetime';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { navigationFor } from '../views/navigation';
import type { UsersService } from '../../users/users.service';
import type { Role } from '../../users/role';
import { CURRENT_TERMS_VERSION } from '../../auth/terms/terms-version';
import { defineArea, InArea, mayUse } from './area';

const TEST_AREA = defineArea({
  id: 'area-spec',
  path: '/area-spec',
  roles: ['staff', 'expert'],
  navigation: { label: 'nav.areaSpec', order: 55 },
});

function userWith(role: Role): AuthenticatedUser {
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
    twoFactorEnabled: true,
    termsVersion: CURRENT_TERMS_VERSION,
    timeZone: 'UTC',
  };
}

describe('areas', () => {
  it('refuses a second declaration of the same id', () => {
    expect(() => defineArea({ id: 'area-spec', path: '/elsewhere', roles: 'all' })).toThrow(
      /declared twice/,
    );
  });

  it('lets the listed roles in, and only them', () => {
    expect(mayUse(TEST_AREA, 'staff')).toBe(true);
    expect(mayUse(TEST_AREA, 'official')).toBe(false);
  });

  it('puts a declared area in the navigation of the roles that may use it, in its order', () => {
    const forStaff = navigationFor(userWith('staff'), '/area-spec/42');
    const entry = forStaff.find((item) => item.href === '/area-spec');
    expect(entry).toEqual({ href: '/area-spec', label: 'nav.areaSpec', current: true });
    expect(navigationFor(userWith('official'), '/').map((item) => item.href)).not.toContain(
      '/area-spec',
    );
  });

  it('marks an area current below its path only, not on a longer sibling path', () => {
    const items = navigationFor(userWith('staff'), '/area-spec-other');
    expect(items.find((item) => item.href === '/area-spec')?.current).toBe(false);
  });
});

describe('the session guard and areas', () => {
  class InTestArea {
    @InArea(TEST_AREA)
    inside(): void {}
    nowhere(): void {}
  }

  function contextFor(handler: () => void): ExecutionContext {
    const request = { session: { userId: 1, authenticatedAt: Date.now() }, user: undefined };
    return {
      getHandler: () => handler,
      getClass: () => InTestArea,
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({}) }),
    } as unknown as ExecutionContext;
  }

  function guardFor(role: Role): SessionGuard {
    const users = { findAuthenticated: () => Promise.resolve(userWith(role)) };
    const lifetime = { expired: () => false, end: () => Promise.resolve() };
    return new SessionGuard(
      new Reflector(),
      users as unknown as UsersService,
      lifetime as unknown as SessionLifetime,
    );
  }

  it("admits a role of the route's area", async () => {
    const prototype = InTestArea.prototype;
    await expect(guardFor('expert').canActivate(contextFor(prototype.inside))).resolves.toBe(true);
  });

  it('refuses a role outside the area with 403', async () => {
    const prototype = InTestArea.prototype;
    await expect(
      guardFor('official').canActivate(contextFor(prototype.inside)),
    ).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('refuses everyone on a route that belongs to no area (deny by default)', async () => {
    const prototype = InTestArea.prototype;
    await expect(
      guardFor('admin').canActivate(contextFor(prototype.nowhere)),
    ).rejects.toBeInstanceOf(ForbiddenException);
  });
});
