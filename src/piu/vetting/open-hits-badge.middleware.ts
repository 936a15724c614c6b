import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { mayUse } from '../../common/areas/area';
import { liveRoom } from '../../live/live-rooms';
import { SCREENING_AREA } from '../piu.area';
import { OpenHitCounts } from './open-hit-counts';

type RenderCallback = (error: Error, html: string) => void;

/**
 * Puts the State's open hits on the navigation's screening entry for its PIU analysts
 * (`navigationCounts.screening`, with the live room the badge's script joins). Read when a
 * page is rendered (a redirect or a JSON answer pays nothing), from OpenHitCounts: while the
 * State's count is current a page costs one primary-key lookup.
 */
@Injectable()
export class OpenHitsBadgeMiddleware implements NestMiddleware {
  constructor(private readonly counts: OpenHitCounts) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const render = response.render.bind(response);
    response.render = (view: string, options?: object, callback?: RenderCallback) => {
      const user = request.user;
      const stateId = user?.stateId ?? null;
      // A fragment without the layout (the vetting list's live rows) has no navigation.
      const fragment = (options as { layout?: unknown } | undefined)?.layout === false;
      if (!user || stateId === null || fragment || !mayUse(SCREENING_AREA, user.role))
        return render(view, options, callback);
      const show = (count: number) => {
        response.locals.navigationCounts = {
          ...(response.locals.navigationCounts as object | undefined),
          [SCREENING_AREA.id]: {
            count,
            label: 'vetting.nav.openHits',
            room: liveRoom.screening(stateId),
          },
        };
        render(view, options, callback);
      };
      this.counts.get(stateId).then(
        show,
        // Without the count the page still renders, with the plain entry.
        () => render(view, options, callback),
      );
    };
    next();
  }
}
