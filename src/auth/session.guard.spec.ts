import { authenticatedUser } from '../../test/support/authenticated-user';
import { ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { SessionGuard } from './session.guard';
import { SystemClock } from '../jobs/clock';
import type { SessionLifetime } from './sessions/session-lifetime';
import type { UsersService } from '../users/users.service';
import type { Role } from '../common/identity/role';
import { CURRENT_TERMS_VERSION } from './terms/terms-version';
import { defineArea, InArea } from '../common/areas/area';

const TEST_AREA = defineArea({ id: 'guard-spec', path: '/guard-spec', roles: ['staff', 'expert'] });

function userWith(role: Role) {
  return authenticatedUser(role, { termsVersion: CURRENT_TERMS_VERSION });
}

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
    const users = {
      loadSignedIn: () => Promise.resolve({ user: userWith(role), version: '1.1' }),
    };
    const lifetime = { expired: () => false, end: () => Promise.resolve() };
    return new SessionGuard(
      new Reflector(),
      users as unknown as UsersService,
      lifetime as unknown as SessionLifetime,
      new SystemClock(),
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
