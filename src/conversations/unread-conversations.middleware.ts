import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { mayUse } from '../common/areas/area';
import { CONVERSATIONS_AREA } from './conversations.area';
import { UnreadConversationCounts } from './unread-conversation-counts';

type RenderCallback = (error: Error, html: string) => void;

/**
 * Puts the member's number of unread conversations on the navigation's entry
 * (`navigationCounts.conversations`). Read when a page is rendered for a member of the area
 * (a redirect, a file or a JSON answer pays nothing), from the in-process count: a page costs
 * one indexed query only the first time after a change. The live script keeps it current on an
 * open page (`conversations.unread`).
 */
@Injectable()
export class UnreadConversationsMiddleware implements NestMiddleware {
  constructor(private readonly counts: UnreadConversationCounts) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const render = response.render.bind(response);
    response.render = (view: string, options?: object, callback?: RenderCallback) => {
      const user = request.user;
      if (!user || !mayUse(CONVERSATIONS_AREA, user.role)) return render(view, options, callback);
      const show = (count: number) => {
        response.locals.navigationCounts = {
          ...(response.locals.navigationCounts as object | undefined),
          [CONVERSATIONS_AREA.id]: { count, label: 'conversations.nav.unread' },
        };
        render(view, options, callback);
      };
      const cached = this.counts.peek(user.id);
      if (cached !== undefined) return show(cached);
      this.counts.get(user.id).then(
        show,
        // Without the count the page still renders, with the plain entry.
        () => render(view, options, callback),
      );
    };
    next();
  }
}
