import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CURRENT_TERMS_VERSION } from '../auth/terms/terms-version';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { TWO_FACTOR_REQUIRED } from '../common/identity/role';
import { UnreadCounts } from './unread-counts';

/**
 * Whether the live socket will accept this member (the gateway's rule): a sign-in that still
 * owes the terms or the second factor gets pages that ask for them, and no live script.
 */
function liveAllowed(user: AuthenticatedUser): boolean {
  return (
    user.termsVersion === CURRENT_TERMS_VERSION &&
    !(TWO_FACTOR_REQUIRED.has(user.role) && !user.twoFactorEnabled)
  );
}

type RenderCallback = (error: Error, html: string) => void;

/**
 * Puts the signed-in member's unread count in every page's locals (`unreadNotifications`), for
 * the header badge, and `liveUpdates` when the live script may connect. Read when the page is rendered, when the session guard has found the user
 * (a redirect or a file pays nothing), from the in-process count: a page costs a query only the
 * first time a member's count is needed after a change.
 */
@Injectable()
export class UnreadBadgeMiddleware implements NestMiddleware {
  constructor(private readonly counts: UnreadCounts) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const render = response.render.bind(response);
    response.render = (view: string, options?: object, callback?: RenderCallback) => {
      const user = request.user;
      if (!user || !liveAllowed(user)) return render(view, options, callback);
      response.locals.liveUpdates = true;
      const cached = this.counts.peek(user.id);
      if (cached !== undefined) {
        response.locals.unreadNotifications = cached;
        return render(view, options, callback);
      }
      this.counts.get(user.id).then(
        (count) => {
          response.locals.unreadNotifications = count;
          render(view, options, callback);
        },
        // Without the count the page still renders, with the badge's plain link.
        () => render(view, options, callback),
      );
    };
    next();
  }
}
