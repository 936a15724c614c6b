/**
 * Sessions that just ended: by id (sign-out, a regenerated or destroyed session), or every
 * session of one user but `exceptSid` (role change, deactivation, "log out the others").
 */
export type EndedSessions =
  | { readonly kind: 'sessions'; readonly sids: readonly string[] }
  | { readonly kind: 'user'; readonly userId: number; readonly exceptSid?: string };

export type SessionEndedListener = (ended: EndedSessions) => void;

/**
 * Who wants to hear that sessions ended (the live gateway drops their sockets). The store
 * announces; it knows nothing of the listeners, and one failing listener never stops the others
 * nor the store's own work.
 */
export class SessionEndings {
  private readonly listeners = new Set<SessionEndedListener>();

  /** Returns the function that unsubscribes. */
  subscribe(listener: SessionEndedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  announce(ended: EndedSessions): void {
    if (ended.kind === 'sessions' && ended.sids.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(ended);
      } catch {
        // A listener's failure is its own business: the session is ended either way.
      }
    }
  }
}
