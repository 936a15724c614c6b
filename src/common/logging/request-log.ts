import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger as Pino } from 'pino';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { receivedAt } from '../http/arrival-order';

/** What one request's log line holds beside the correlation id (`reqId`). */
export interface RequestLogFields {
  method: string | undefined;
  path: string;
  status: number;
  ms: number;
  userId?: number;
}

/**
 * The path as logged: no query string (it may hold search terms or tokens), and any segment
 * that looks like a one-time token (set-up, invitation and reset links) replaced, so a log
 * reader cannot use the link.
 */
export function loggedPath(url: string | undefined): string {
  const path = (url ?? '').split('?', 1)[0];
  return path.replace(/\/[A-Za-z0-9_-]{20,}(?=\/|$)/g, '/[token]');
}

/** One short line per request: method, path, status, time, who (never headers or cookies). */
export function requestLogFields(
  request: IncomingMessage & { originalUrl?: string; user?: AuthenticatedUser },
  response: ServerResponse,
  responseTime: number,
): RequestLogFields {
  const fields: RequestLogFields = {
    method: request.method,
    path: loggedPath(request.originalUrl ?? request.url),
    status: response.statusCode,
    ms: Math.round(responseTime),
  };
  if (request.user) fields.userId = request.user.id;
  return fields;
}

/** A correlation id a proxy in front may pass on; anything else is replaced by our own. */
const GIVEN_REQUEST_ID = /^[\w-]{8,64}$/;

/** Requests that are not worth a line: the health probe and static assets. */
function unlogged(url: string): boolean {
  return url === '/health' || url.startsWith('/assets/');
}

/**
 * The first middleware: gives the request its correlation id (`request.id`, read by
 * correlationIdOf for error pages, the audit log and the Actor) and writes one line when the
 * response is done (`request`, or `request failed` at error level for a 5xx, or `request
 * aborted` when the client went away first), timed from when Node read the request, so the time
 * it waited in line (`inArrivalOrder`) is counted. Written here rather than with pino-http: its
 * per-request child logger and the AsyncLocalStorage scope nestjs-pino opens around every
 * request cost more than the rest of a page's pipeline put together; logs written during a
 * request name it through the fields they are given (`correlationId`).
 */
export function requestLog(logger: Pino) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const given = request.headers['x-request-id'];
    const id = typeof given === 'string' && GIVEN_REQUEST_ID.test(given) ? given : randomUUID();
    (request as Request & { id: string }).id = id;
    if (!unlogged(request.url) && logger.isLevelEnabled('info')) {
      const started = receivedAt(request);
      response.once('close', () => {
        const fields = requestLogFields(request, response, performance.now() - started);
        if (!response.writableFinished) logger.warn({ reqId: id, ...fields }, 'request aborted');
        else if (response.statusCode >= 500)
          logger.error({ reqId: id, ...fields }, 'request failed');
        else logger.info({ reqId: id, ...fields }, 'request');
      });
    }
    next();
  };
}
