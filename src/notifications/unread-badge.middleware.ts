import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { UnreadCounts } from './unread-counts';

type RenderCallback = (error: Error, html: string) => void;

/**
 * Puts the signed-in member's unread count in every page's locals (`unreadNotifications`), for
 * the header badge. Read when the page is rendered, when the session guard has found the user
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
      if (!user) return render(view, options, callback);
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
