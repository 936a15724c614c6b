import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { SignedInUserLookup } from '../../common/auth/signed-in-user-lookup';
import { UsersService } from '../../users/users.service';
import { SessionLifetime } from './session-lifetime';

/** The session's user, by the guard's own rules: within the absolute lifetime, still active. */
@Injectable()
export class SessionUserLookup extends SignedInUserLookup {
  constructor(
    private readonly users: UsersService,
    private readonly lifetime: SessionLifetime,
  ) {
    super();
  }

  async find(request: Request): Promise<AuthenticatedUser | undefined> {
    if (request.user) return request.user;
    const userId = request.session?.userId;
    if (userId === undefined || this.lifetime.expired(request.session)) return undefined;
    return (await this.users.findAuthenticated(userId)) ?? undefined;
  }
}
