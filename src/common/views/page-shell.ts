import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { localeLocals } from './locale-locals';
import { navigationFor } from './navigation';

/** The layout's header and navigation for a signed-in user (also used by the error pages). */
export function shellLocals(user: AuthenticatedUser | undefined, path: string) {
  return {
    currentUser: user
      ? {
          name: user.name,
          email: user.email,
          role: user.role,
          organisationName: user.organisationName,
        }
      : undefined,
    navigation: user ? navigationFor(user, path) : [],
  };
}

type RenderCallback = (error: Error, html: string) => void;

/**
 * What every page's layout needs: the locale and time zone it renders in, the signed-in user,
 * the navigation for their role and the flash messages. Set when a page is rendered, not before
 * the handler: by then the session guard has found the user, and a request that answers with a
 * redirect or a file pays nothing and keeps its flash messages for the page that shows them
 * (each is shown once). Values the render is given (the error filter's) win over these.
 * A middleware rather than a Nest interceptor: an interceptor puts an RxJS pipeline and an
 * async-resource binding on every request, a sizeable share of a page's cost.
 */
export function pageShell() {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.path.startsWith('/api/')) return next();
    const render = response.render.bind(response);
    response.render = (view: string, options?: object, callback?: RenderCallback) => {
      const locals = response.locals;
      Object.assign(locals, localeLocals(request), shellLocals(request.user, request.path));
      locals.flash = request.session?.flash ?? [];
      if (request.session?.flash?.length) request.session.flash = [];
      render(view, options, callback);
    };
    next();
  };
}
