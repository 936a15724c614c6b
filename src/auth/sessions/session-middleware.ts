import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import { newSessionId, PortalSession, type SessionStorePort } from './portal-session';
import { BoundedMap } from '../../common/caching/bounded';

export interface SessionCookie {
  name: string;
  secret: string;
  /** Sent over HTTPS only. */
  secure: boolean;
}

type SessionRequest = IncomingMessage & { session?: PortalSession };
export type SessionMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * The portal's sessions, for pages and for the live socket's handshake: the session id in a
 * signed browser-session cookie (`s:<id>.<HMAC-SHA256>`, the format express-session wrote, so
 * sessions survive the change), the data in TypeormSessionStore.
 *
 * Per request it costs one read of the row. A cookie whose signature was checked once is
 * remembered (its exact value), so the HMAC is not computed again for every page; the session
 * is written back only when its JSON changed, else only touched (the store writes that at most
 * once a minute); a new session that holds nothing is never stored and sets no cookie. The
 * response is finished after the write, so the next request (a redirect's) reads what this one
 * stored.
 */
export function sessionMiddleware(
  store: SessionStorePort,
  cookie: SessionCookie,
): SessionMiddleware {
  const logger = new Logger('Sessions');
  // Cookie values whose signature was checked, and the id each carries.
  const verified = new BoundedMap<string, string>(10_000);
  const sign = (id: string) =>
    `s:${id}.${createHmac('sha256', cookie.secret).update(id).digest('base64').replace(/=+$/, '')}`;
  const attributes = `; Path=/; HttpOnly${cookie.secure ? '; Secure' : ''}; SameSite=Lax`;

  /** The id a cookie value carries when its signature is ours, else undefined. */
  const idOf = (value: string): string | undefined => {
    const known = verified.get(value);
    if (known !== undefined) return known;
    const dot = value.lastIndexOf('.');
    if (!value.startsWith('s:') || dot < 2) return undefined;
    const id = value.slice(2, dot);
    const expected = Buffer.from(sign(id));
    const given = Buffer.from(value);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    verified.set(value, id);
    return id;
  };

  return (request: SessionRequest, response, next) => {
    if (request.session) return next();
    const cookieId = readCookie(request.headers.cookie, cookie.name, idOf);
    const replace = (session: PortalSession | undefined) => {
      if (session) request.session = session;
      else delete request.session;
    };
    const begin = (id: string, data?: object, json?: string) => {
      request.session = new PortalSession(store, id, data, json, replace);
      finishAfterStoring(request, response, cookieId);
      next();
    };
    if (cookieId === undefined) return begin(newSessionId());
    store.get(cookieId, (error, data, json) => {
      if (error) return next(error);
      if (data) begin(cookieId, data, json);
      else begin(newSessionId());
    });
  };

  /**
   * Wraps `response.end`: stores a changed session (setting the cookie when its id is not the
   * one the browser sent), or touches an unchanged stored one, and only then ends the response.
   */
  function finishAfterStoring(
    request: SessionRequest,
    response: ServerResponse,
    cookieId: string | undefined,
  ): void {
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    let ending = false;
    response.end = ((...args: unknown[]) => {
      if (ending) return response;
      ending = true;
      const finish = (error?: unknown) => {
        if (error) logger.error({ err: error }, 'session not stored');
        end(...args);
      };
      const session = request.session;
      const json = session?.unsavedJson();
      if (!session || (json === undefined && !session.stored)) {
        finish();
        return response;
      }
      // New, or regenerated at sign-in: the browser learns the id.
      if (session.id !== cookieId) {
        if (response.headersSent) {
          logger.warn('a new session after the response began: its cookie cannot be sent');
        } else {
          const value = encodeURIComponent(sign(session.id));
          response.appendHeader('Set-Cookie', `${cookie.name}=${value}${attributes}`);
        }
      }
      // The head is fixed now, as if the response had ended: code that runs while the row is
      // written (an exception filter after a redirect) sees it sent and adds nothing to it.
      // Node still sends head and body together, at the end.
      if (!response.headersSent) response.writeHead(response.statusCode);
      if (json !== undefined) session.save(finish);
      else if (session.id === cookieId) store.touch(session.id, session, finish);
      else finish();
      return response;
    }) as ServerResponse['end'];
  }
}

/** The id in the named cookie of a Cookie header, when it is validly signed. */
function readCookie(
  header: string | undefined,
  name: string,
  idOf: (value: string) => string | undefined,
): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    let value = part.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      continue;
    }
    const id = idOf(value);
    // Several cookies of the name (a stale one on another path): the first valid one counts.
    if (id !== undefined) return id;
  }
  return undefined;
}
