import { randomBytes } from 'node:crypto';
import type { SessionData } from './session-data';

/** What sessions need of their store (TypeormSessionStore). */
export interface SessionStorePort {
  /** The data, or null; `json` is the stored text when the data are exactly that. */
  get(
    sid: string,
    callback: (error: unknown, data?: Partial<SessionData> | null, json?: string) => void,
  ): void;
  set(sid: string, session: Partial<SessionData>, callback: (error?: unknown) => void): void;
  /** The session was used and did not change: the store may move its expiry on. */
  touch(sid: string, session: object, callback: (error?: unknown) => void): void;
  destroy(sid: string, callback: (error?: unknown) => void): void;
}

/** A new session id: 24 random bytes, URL-safe (192 bits, as express-session's uid-safe gave). */
export function newSessionId(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * One request's session: its data are the object's own properties (so `JSON.stringify` gives
 * exactly what the store keeps), its id and bookkeeping are private fields, and its methods
 * are express-session's (`regenerate`, `save`, `destroy`, with callbacks), so the code that
 * signs in and out reads as it would with that library.
 *
 * Whether it changed is told by comparing its JSON with the JSON last stored (or read): one
 * `JSON.stringify` at the end of a request, where express-session hashed the session twice.
 */
export class PortalSession {
  readonly #store: SessionStorePort;
  readonly #id: string;
  /**
   * The session's JSON when it was read (less what the store dropped as stale) or last saved;
   * undefined while the store holds nothing for this id.
   */
  #storedJson: string | undefined;
  readonly #replace: (next: PortalSession | undefined) => void;

  constructor(
    store: SessionStorePort,
    id: string,
    data: object | undefined,
    storedJson: string | undefined,
    replace: (next: PortalSession | undefined) => void,
  ) {
    this.#store = store;
    this.#id = id;
    this.#replace = replace;
    if (data) Object.assign(this, data);
    this.#storedJson = data ? (storedJson ?? JSON.stringify(this)) : undefined;
  }

  get id(): string {
    return this.#id;
  }

  /** Whether the store holds this session (it was read from it or saved). */
  get stored(): boolean {
    return this.#storedJson !== undefined;
  }

  /** What the store should be given at the end of the request: nothing, when it holds this. */
  unsavedJson(): string | undefined {
    const json = JSON.stringify(this);
    if (json === this.#storedJson) return undefined;
    // A session that was never stored and holds nothing is not worth a row.
    if (this.#storedJson === undefined && json === '{}') return undefined;
    return json;
  }

  /** A new id and no data (session fixation): the old row is deleted, the request gets the new one. */
  regenerate(callback: (error?: unknown) => void): void {
    this.#store.destroy(this.#id, (error) => {
      this.#replace(
        new PortalSession(this.#store, newSessionId(), undefined, undefined, this.#replace),
      );
      callback(error);
    });
  }

  /** Stores the session now (before a redirect, say), not at the end of the request. */
  save(callback: (error?: unknown) => void): void {
    const json = JSON.stringify(this);
    this.#store.set(this.#id, this as Partial<SessionData>, (error) => {
      if (!error) this.#storedJson = json;
      callback(error);
    });
  }

  /** Deletes the row; the request has no session from here on. */
  destroy(callback: (error?: unknown) => void): void {
    this.#replace(undefined);
    this.#store.destroy(this.#id, callback);
  }
}

/** A request's session: the methods above and the data the portal keeps (session-data.ts). */
export type RequestSession = PortalSession & Partial<SessionData>;
