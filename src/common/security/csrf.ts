import { doubleCsrf, type DoubleCsrfUtilities } from 'csrf-csrf';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config';

/**
 * CSRF protection for every state-changing request: a signed double-submit token bound to the
 * session id (csrf-csrf). Forms carry it as `_csrf`; scripts send the `x-csrf-token` header.
 * The cookie name takes the `__Host-` prefix over HTTPS so no sub-domain can plant one.
 */
export function createCsrf(config: AppConfig): DoubleCsrfUtilities {
  return doubleCsrf({
    getSecret: () => config.sessionSecret,
    getSessionIdentifier: (request: Request) => request.session?.id ?? '',
    cookieName: config.secureCookies ? '__Host-cttp.csrf' : 'cttp.csrf',
    cookieOptions: { sameSite: 'lax', secure: config.secureCookies, httpOnly: true, path: '/' },
    getCsrfTokenFromRequest: (request: Request) => {
      const body = request.body as Record<string, unknown> | undefined;
      const fromBody = typeof body?._csrf === 'string' ? body._csrf : undefined;
      return fromBody ?? request.headers['x-csrf-token'];
    },
    errorConfig: {
      statusCode: 403,
      message: 'The form has expired. Reload the page and try again.',
      code: 'EBADCSRFTOKEN',
    },
  });
}

/**
 * Express middleware giving every page `csrfToken`, computed only when a template reads it (so
 * JSON and health responses set no cookie and save no session). An anonymous session is marked
 * so it is saved and the token still matches when the form comes back.
 */
export function csrfTokenLocals(csrf: DoubleCsrfUtilities) {
  return (request: Request, response: Response, next: NextFunction): void => {
    let token: string | undefined;
    Object.defineProperty(response.locals, 'csrfToken', {
      enumerable: true,
      configurable: true,
      get: () => {
        if (token === undefined) {
          if (request.session && request.session.userId === undefined)
            request.session.anonymous = true;
          token = csrf.generateCsrfToken(request, response);
        }
        return token;
      },
    });
    next();
  };
}
