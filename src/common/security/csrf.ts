import { randomBytes } from 'node:crypto';
import { doubleCsrf, type DoubleCsrfUtilities } from 'csrf-csrf';
import type { CookieOptions, NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config';
import { BoundedSet } from '../caching/bounded';

/** Cookie names; the `__Host-` prefix over HTTPS keeps any sub-domain from planting one. */
function cookieNames(config: AppConfig) {
  return {
    token: config.secureCookies ? '__Host-cttp.csrf' : 'cttp.csrf',
    visitor: config.secureCookies ? '__Host-cttp.visitor' : 'cttp.visitor',
  };
}

/** A session worth storing: someone signed in, or half-way through signing in. */
function hasStoredSession(request: Request): boolean {
  const session = request.session;
  return session?.userId !== undefined || session?.pendingUserId !== undefined;
}

/** What a token is bound to: the stored session, else the visitor-id cookie ('' when neither). */
function sessionIdentifier(request: Request, visitorCookie: string): string {
  if (hasStoredSession(request)) return `session:${request.session.id}`;
  const visitor = (request.cookies as Record<string, unknown> | undefined)?.[visitorCookie];
  return typeof visitor === 'string' ? `visitor:${visitor}` : '';
}

/**
 * CSRF protection for every state-changing request: a signed double-submit token (csrf-csrf)
 * bound to the session once there is one, and before that to a random visitor id kept in a
 * cookie. So an anonymous visitor's login form needs no session row: nothing is written to
 * the database until there is something to keep. Forms carry the token as `_csrf`; scripts
 * send the `x-csrf-token` header.
 */
export function createCsrf(config: AppConfig): DoubleCsrfUtilities {
  const names = cookieNames(config);
  return doubleCsrf({
    getSecret: () => config.sessionSecret,
    getSessionIdentifier: (request: Request) => sessionIdentifier(request, names.visitor),
    cookieName: names.token,
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
 * Express middleware giving every page `csrfToken`, computed only when a template prints it (so
 * JSON and health responses set no cookie). A visitor without a session gets the visitor-id
 * cookie the token is bound to, instead of a stored session.
 *
 * A page whose request already carries a valid token cookie for its session reuses it, and
 * sends no Set-Cookie: the library would check it with an HMAC and send it again on every page.
 * Which cookie is valid for which session is remembered (the same answer the HMAC would give,
 * for that exact pair), so a member's pages after the first cost neither.
 */
export function csrfTokenLocals(csrf: DoubleCsrfUtilities, config: AppConfig) {
  const names = cookieNames(config);
  const visitorCookie: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
  };
  // Token cookies found valid, per session identifier.
  const known = new BoundedSet<string>(10_000);
  const tokenFor = (request: Request, response: Response): string => {
    const cookies = (request.cookies ?? {}) as Record<string, unknown>;
    if (!hasStoredSession(request) && typeof cookies[names.visitor] !== 'string') {
      const visitor = randomBytes(18).toString('base64url');
      response.cookie(names.visitor, visitor, visitorCookie);
      request.cookies = { ...cookies, [names.visitor]: visitor };
    }
    const sent = cookies[names.token];
    const identifier = sessionIdentifier(request, names.visitor);
    if (typeof sent === 'string' && known.has(`${identifier}\n${sent}`)) return sent;
    // Valid for this identifier either way: the cookie it found valid, or a new one it signed.
    const token = csrf.generateCsrfToken(request, response);
    if (identifier) known.add(`${identifier}\n${token}`);
    return token;
  };
  return (request: Request, response: Response, next: NextFunction): void => {
    response.locals.csrfToken = new PageToken(tokenFor, request, response);
    next();
  };
}

/**
 * The page's token, worked out the first time a template prints it: Handlebars turns what it
 * prints into a string, and that calls `toString`. A plain value rather than a getter on
 * `response.locals`: V8 keeps a getter's accessor in the old generation, and the getter's
 * closure (holding the request and the response) then outlived every minor collection, so each
 * finished request was moved to the old generation with everything it referenced.
 */
class PageToken {
  private token: string | undefined;

  constructor(
    private readonly tokenFor: (request: Request, response: Response) => string,
    private readonly request: Request,
    private readonly response: Response,
  ) {}

  toString(): string {
    return (this.token ??= this.tokenFor(this.request, this.response));
  }
}
