import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { translate } from '../i18n/translator';

/**
 * Routes that read their own body: raw bytes whatever the content type, streamed against a
 * limit of their own (a carrier's EDIFACT message may be labelled `application/json` or be
 * megabytes long). The global parsers leave them alone, neither consuming nor refusing them.
 */
export const RAW_BODY_PATHS: ReadonlySet<string> = new Set(['/api/v1/messages']);

/** For the global parsers' `type` option: this media type, on any route but the raw ones. */
export function parsedUnlessRaw(mediaType: string) {
  return (request: Request): boolean =>
    !RAW_BODY_PATHS.has(request.path.replace(/\/+$/, '')) && Boolean(request.is(mediaType));
}

/** Largest JSON body accepted (413 beyond): forms are urlencoded, API calls are small. */
export const JSON_BODY_LIMIT = '100kb';
/** Deepest nesting a JSON body may have: no request of ours needs more than a few levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep a parsed value nests, counted without recursion (a body nested tens of thousands of
 * levels deep must not overflow the stack here, as it did in validation), stopping past `limit`.
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Object.values(current as Record<string, unknown>))
      stack.push([child, level]);
  }
  return deepest;
}

/**
 * Refuses (400, with a message that says why) a parsed body nested deeper than `maxDepth`,
 * before any validation or transformation walks it.
 */
export function rejectDeepBodies(maxDepth = MAX_JSON_DEPTH) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const body: unknown = request.body;
    if (body !== null && typeof body === 'object' && nestingDepth(body, maxDepth) > maxDepth) {
      next(new BadRequestException(translate(undefined, 'errors.bodyTooDeep', { max: maxDepth })));
      return;
    }
    next();
  };
}
