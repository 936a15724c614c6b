import {
  ForbiddenException,
  NotFoundException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { CURRENT_TERMS_VERSION } from './terms/terms-version';
import { UsersService } from '../users/users.service';
import { TWO_FACTOR_REQUIRED } from '../common/identity/role';
import { ALLOW_INCOMPLETE } from '../common/auth/incomplete-sign-in.decorator';
import { IS_PUBLIC } from '../common/auth/public.decorator';
import { AREA, deniedStatus, mayUse, type Area } from '../common/areas/area';
import { SessionLifetime } from './sessions/session-lifetime';
import { Clock } from '../jobs/clock';

/**
 * Deny by default: every route needs a signed-in, active user unless marked @Public(). Then
 * the area's roles (@InArea, declared once per area → 403, or 404, for other roles), and what the portal requires before anything else:
 * the current terms accepted, two-factor enrolled for the roles that must have it.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersService,
    private readonly lifetime: SessionLifetime,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Request>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const userId = request.session?.userId;
    if (userId !== undefined && !this.lifetime.expired(request.session)) {
      // The copy kept with the session is current: the store dropped it on read if the
      // user's or organisation's row changed since (on this instance or any other), and it is
      // read again when the calendar alone changes it (an expert's engagement starts or ends).
      const kept = request.session.signedIn;
      const refreshAt = kept?.refreshAt ?? null;
      const fresh = refreshAt === null || refreshAt > this.clock.now();
      if (kept?.user.id === userId && fresh) {
        request.user = kept.user;
      } else {
        const loaded = await this.users.loadSignedIn(userId);
        if (loaded) {
          request.user = loaded.user;
          request.session.signedIn = loaded;
        }
      }
    }
    if (isPublic) return true;
    const user = request.user;
    if (!user) {
      if (userId !== undefined) await this.lifetime.end(request);
      throw new UnauthorizedException();
    }
    // Deny by default: a route in no area is refused to everyone, like a role outside it.
    const area = this.reflector.getAllAndOverride<Area | undefined>(AREA, targets);
    if (!area || !mayUse(area, user.role)) {
      throw deniedStatus(area) === 404 ? new NotFoundException() : new ForbiddenException();
    }
    if (!this.reflector.getAllAndOverride<boolean>(ALLOW_INCOMPLETE, targets)) {
      const response = context.switchToHttp().getResponse<Response>();
      if (user.termsVersion !== CURRENT_TERMS_VERSION) return this.redirect(response, '/terms');
      if (TWO_FACTOR_REQUIRED.has(user.role) && !user.twoFactorEnabled) {
        return this.redirect(response, '/account/two-factor');
      }
    }
    return true;
  }

  private redirect(response: Response, location: string): boolean {
    response.redirect(303, location);
    return false;
  }
}
