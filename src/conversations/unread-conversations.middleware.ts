import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { mayUse } from '../common/areas/area';
import { ConversationReads } from './conversation-reads';
import { CONVERSATIONS_AREA } from './conversations.area';

type RenderCallback = (error: Error, html: string) => void;

/**
 * Puts the member's number of unread conversations on the navigation's entry
 * (`navigationCounts.conversations`). Read when a page is rendered for a member of the area
 * (a redirect, a file or a JSON answer pays nothing), in one indexed query; the live script
 * keeps it current on an open page (`conversations.unread`).
 */
@Injectable()
export class UnreadConversationsMiddleware implements NestMiddleware {
  constructor(private readonly reads: ConversationReads) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const render = response.render.bind(response);
    response.render = (view: string, options?: object, callback?: RenderCallback) => {
      const user = request.user;
      if (!user || !mayUse(CONVERSATIONS_AREA, user.role)) return render(view, options, callback);
      this.reads.unreadConversations(user.id).then(
        (count) => {
          response.locals.navigationCounts = {
            ...(response.locals.navigationCounts as object | undefined),
            [CONVERSATIONS_AREA.id]: { count, label: 'conversations.nav.unread' },
          };
          render(view, options, callback);
        },
        // Without the count the page still renders, with the plain entry.
        () => render(view, options, callback),
      );
    };
    next();
  }
}
