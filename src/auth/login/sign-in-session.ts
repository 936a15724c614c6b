import type { Request } from 'express';

/**
 * The session side of signing in, for controllers: services decide who may sign in, these
 * helpers put the answer into the session (new id, user id, where it came from).
 */

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Issues a new session id (fixation defence) and keeps nothing of the old session but flash. */
export function regenerateSession(request: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.regenerate((error) => (error ? reject(asError(error)) : resolve())),
  );
}

export function saveSession(request: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.save((error) => (error ? reject(asError(error)) : resolve())),
  );
}

export function destroySession(request: Request): Promise<void> {
  return new Promise((resolve) => request.session.destroy(() => resolve()));
}

function sessionMeta(request: Request) {
  return { ip: request.ip, userAgent: request.get('user-agent') };
}

/**
 * Password accepted, second factor to come. The session row carries the account's id from
 * here on (see TypeormSessionStore.set), so a password reset or change and "log out other
 * sessions" end it like any signed-in session.
 */
export async function startPendingSignIn(
  request: Request,
  userId: number,
  next: string,
): Promise<void> {
  await regenerateSession(request);
  request.session.pendingUserId = userId;
  request.session.pendingNext = next;
  request.session.meta = sessionMeta(request);
  await saveSession(request);
}

/** Fully signed in: a new session id holding the user id and the moment of sign-in. */
export async function startSignedInSession(
  request: Request,
  userId: number,
  previousLoginAt: number | undefined,
): Promise<void> {
  await regenerateSession(request);
  request.session.userId = userId;
  request.session.authenticatedAt = Date.now();
  // Kept for the dashboard: the sign-in overwrites the account's lastLoginAt.
  request.session.previousLoginAt = previousLoginAt;
  request.session.meta = sessionMeta(request);
  await saveSession(request);
}

/** A new session id for the same sign-in (its absolute lifetime still counts from sign-in). */
export async function renewSession(request: Request): Promise<void> {
  const { userId, authenticatedAt, previousLoginAt, meta } = request.session;
  await regenerateSession(request);
  Object.assign(request.session, { userId, authenticatedAt, previousLoginAt, meta });
  await saveSession(request);
}

/** Only a path on this site: never `//host`, never a scheme. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : '/';
}
