import type { AuthenticatedUser } from '../common/auth/authenticated-user';

/**
 * A notification pushed to a browser: a catalogue key with its parameters (the page translates
 * it in the reader's locale, since one event may reach readers of several locales) and the page
 * it is about.
 */
export interface LiveNotification {
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly url?: string;
}

/**
 * Every event the server sends to browsers, by name, with its payload. A module that pushes a
 * new kind of update adds its line here, so the whole live protocol reads in one place and an
 * emit with a wrong payload does not compile.
 */
export interface LiveEventPayloads {
  notification: LiveNotification;
  /** The member's unread notification count changed (the header badge, in every open tab). */
  'notifications.unread': { count: number };
}

export type LiveEventName = keyof LiveEventPayloads;

/** The same list in the shape socket.io's typed Server wants (one listener per event). */
export type LiveServerToClientEvents = {
  [E in LiveEventName]: (payload: LiveEventPayloads[E]) => void;
};

/** Browsers send nothing over the socket yet: actions go through forms and HTTP. */
export type LiveClientToServerEvents = Record<string, never>;

/** What the server keeps on each socket after the handshake. */
export interface LiveSocketData {
  user: AuthenticatedUser;
  sid: string;
}
