import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

export const CSRF_IN_MULTIPART_BODY = 'csrfInMultipartBody';

/**
 * On a route that receives a streamed `multipart/form-data` upload: the body is not parsed
 * before the guards run, so the CSRF guard cannot read its `_csrf` field. With this mark the
 * guard leaves the check to the route's streaming receiver, which must call
 * `deferredCsrfCheck(request)` with the `_csrf` field before it accepts any file part (the
 * form puts that field first). A request carrying the `x-csrf-token` header (a script) is
 * still checked by the guard, and so is every request that is not multipart.
 */
export const CsrfInMultipartBody = (): MethodDecorator => SetMetadata(CSRF_IN_MULTIPART_BODY, true);

const DEFERRED = Symbol('deferredCsrf');

type WithDeferred = Request & { [DEFERRED]?: (token: string) => boolean };

export function isMultipart(request: Request): boolean {
  return /^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '');
}

/** Called by the CSRF guard: the token check the receiver must run on the `_csrf` field. */
export function deferCsrf(request: Request, check: (token: string) => boolean): void {
  (request as WithDeferred)[DEFERRED] = check;
}

/**
 * The check a streaming receiver must run on the `_csrf` field, or null when the guard has
 * already checked the request (a header token, or a body that was not multipart).
 */
export function deferredCsrfCheck(request: Request): ((token: string) => boolean) | null {
  return (request as WithDeferred)[DEFERRED] ?? null;
}
