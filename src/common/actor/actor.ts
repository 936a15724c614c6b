import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DEFAULT_LOCALE } from '../i18n/locale';

/**
 * Who is doing something, wherever the call comes from: a web request, a socket event, a
 * background job or a command line. Services take an Actor, never the HTTP request, so the
 * same service serves all four. Controllers get one from `@CurrentActor()`.
 */
export interface Actor {
  /** The signed-in person; null for anonymous requests (sign-in, reset) and system work. */
  readonly user: AuthenticatedUser | null;
  /** The client address, IPv4-mapped IPv6 written as plain IPv4; null outside a request. */
  readonly ip: string | null;
  /** Ties log lines, the audit row and the error page of one request together. */
  readonly correlationId: string | null;
  /** The catalogue locale messages for this actor are rendered in. */
  readonly locale: string;
  /** IANA time zone dates are shown in. */
  readonly timeZone: string;
  /**
   * What the actor was doing, for the audit log: the request's URL (the audit bounds it), or
   * `cli`, `job:<name>`, `socket:<event>`; null when nothing more specific applies.
   */
  readonly source: string | null;
}

/** Work the portal does by itself (start-up seeding, scheduled jobs) or the command line does. */
export const SYSTEM_ACTOR: Actor = {
  user: null,
  ip: null,
  correlationId: null,
  locale: DEFAULT_LOCALE,
  timeZone: 'UTC',
  source: null,
};

/** An actor for a known user outside any request (a job acting for them, a test). */
export function actorFor(user: AuthenticatedUser, correlationId: string | null = null): Actor {
  return { ...SYSTEM_ACTOR, user, correlationId, timeZone: user.timeZone };
}

/**
 * The signed-in user of an actor. The session guard guarantees one on every non-public route,
 * so a missing user here is a programming error, not a user's mistake.
 */
export function userOf(actor: Actor): AuthenticatedUser {
  if (!actor.user) throw new Error('this operation needs a signed-in actor');
  return actor.user;
}
