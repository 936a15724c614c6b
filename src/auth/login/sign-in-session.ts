import type { Request } from 'express';

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

/** Only a path on this site: never `//host`, never a scheme. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : '/';
}
