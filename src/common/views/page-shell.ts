import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { localeLocals } from './locale-locals';
import { navigationFor } from './navigation';
import { pageBytes } from './page-bytes';
import type { PageAdditions } from './page-additions';

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
 * the navigation for their role, the flash messages, and what modules add for the member
 * (PageAdditions: badges and counts). Set when a page is rendered, not before the handler: by
 * then the session guard has found the user, and a request that answers with a redirect or a
 * file pays nothing and keeps its flash messages for the page that shows them (each is shown
 * once). A fragment without the layout (`layout: false`) gets no additions. Values the render
 * is given (the error filter's) win over these.
 * A middleware rather than a Nest interceptor: an interceptor puts an RxJS pipeline and an
 * async-resource binding on every request, a sizeable share of a page's cost.
 */
export function pageShell(additions?: PageAdditions) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.path.startsWith('/api/')) return next();
    const expressRender = response.render.bind(response);
    // Without a callback, Express sends the page as a string; this sends its bytes (pageBytes).
    const render = (view: string, options?: object, callback?: RenderCallback) =>
      expressRender(
        view,
        options,
        callback ?? ((error, html) => sendPage(request, response, error, html)),
      );
    response.render = (view: string, options?: object, callback?: RenderCallback) => {
      const locals = response.locals;
      const user = request.user;
      Object.assign(locals, localeLocals(request), shellLocals(user, request.path));
      locals.flash = request.session?.flash ?? [];
      if (request.session?.flash?.length) request.session.flash = [];
      const fragment = (options as { layout?: unknown } | undefined)?.layout === false;
      const added = user && additions && !fragment ? additions.forMember(user) : undefined;
      if (!(added instanceof Promise)) {
        Object.assign(locals, added);
        return render(view, options, callback);
      }
      void added.then((more) => {
        Object.assign(locals, more);
        render(view, options, callback);
      });
    };
    next();
  };
}

function sendPage(request: Request, response: Response, error: Error | null, html: string): void {
  if (error) return request.next!(error);
  // As Express does for a string: HTML unless the handler chose a type, in UTF-8 (res.set adds the
  // charset to a text type without one).
  response.set('Content-Type', response.get('Content-Type') ?? 'html');
  response.send(pageBytes(html));
}
