import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** What one request's log line holds beside the correlation id (pino-http's `reqId`). */
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
