import {
  ForbiddenException,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { DoubleCsrfUtilities } from 'csrf-csrf';
import { CSRF_IN_MULTIPART_BODY, deferCsrf, isMultipart } from './multipart-csrf';

export const CSRF = Symbol('CSRF');
const CSRF_EXEMPT = 'csrf-exempt';

/**
 * For the rare POST that cannot carry a token because no page of ours sends it (a mail
 * client's RFC 8058 one-click unsubscribe): the route must then need no session and hold its
 * own credential (a signed token in the URL) that can do nothing but that one thing.
 */
export const CsrfExempt = (): MethodDecorator => SetMetadata(CSRF_EXEMPT, true);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses any POST/PUT/PATCH/DELETE without a valid CSRF token (403, nothing changed). */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(
    private readonly csrf: DoubleCsrfUtilities,
    private readonly reflector?: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (Reflect.getMetadata(CSRF_EXEMPT, context.getHandler()) === true) return true;
    // A streamed upload: its `_csrf` field is read by the route's receiver before any file
    // part is accepted (see multipart-csrf.ts); a script's header token is checked here.
    if (
      this.reflector?.get<boolean>(CSRF_IN_MULTIPART_BODY, context.getHandler()) &&
      isMultipart(request) &&
      request.headers['x-csrf-token'] === undefined
    ) {
      deferCsrf(request, (token) => this.validToken(request, token));
      return true;
    }
    if (!this.csrf.validateRequest(request)) {
      throw new ForbiddenException(
        'The form has expired or was not sent from this site. Reload the page and try again.',
      );
    }
    return true;
  }

  /** The same check on a token the route read from a streamed body. */
  private validToken(request: Request, token: string): boolean {
    const body: unknown = request.body;
    request.body = { _csrf: token };
    try {
      return this.csrf.validateRequest(request);
    } finally {
      request.body = body;
    }
  }
}
