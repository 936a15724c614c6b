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

/** A library resource under a post, as a live page lists it. */
export interface LiveAttachment {
  readonly title: string;
  readonly href: string;
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
  /** A new post in a thread (to `thread:<id>`): its sanitised HTML, ready to show. */
  'forum.post': {
    readonly threadId: number;
    readonly postId: number;
    readonly authorId: number;
    readonly author: string;
    readonly html: string;
    readonly createdAt: string;
    readonly url: string;
    /** Library resources under the post (checked to reach the thread's readers when posted). */
    readonly attachments: readonly LiveAttachment[];
  };
  /** A post's new text (to `thread:<id>`). */
  'forum.postEdited': {
    readonly threadId: number;
    readonly postId: number;
    readonly html: string;
    readonly attachments: readonly LiveAttachment[];
  };
  /** A post hidden by a moderator, or shown again (to `thread:<id>`). */
  'forum.postHidden': {
    readonly threadId: number;
    readonly postId: number;
    readonly hidden: boolean;
    readonly reason: string | null;
  };
  /** A post's reaction counts after someone's toggle (to `thread:<id>`). */
  'forum.reaction': {
    readonly threadId: number;
    readonly postId: number;
    readonly counts: Readonly<Record<string, number>>;
  };
  /** Something new in an IWG (to `iwg:<id>`): pages fetch their unread counts again. */
  'forum.activity': {
    readonly iwgId: number;
    readonly categoryId: number;
    readonly threadId: number;
    readonly authorId: number;
  };
  /** A new message in a conversation (to `conversation:<id>`): its sanitised HTML, ready to show. */
  'conversation.message': {
    readonly conversationId: number;
    readonly messageId: number;
    readonly authorId: number;
    readonly author: string;
    readonly html: string;
    readonly createdAt: string;
    readonly url: string;
  };
  /** A message's new text (to `conversation:<id>`). */
  'conversation.messageEdited': {
    readonly conversationId: number;
    readonly messageId: number;
    readonly html: string;
  };
  /** The member's number of conversations with unread messages (the navigation's badge). */
  'conversations.unread': { readonly count: number };
  /**
   * New hits in a State's screening workspace (to `screening:<stateId>`, its PIU analysts
   * only): ids and severities, no personal data; pages fetch the rows over HTTP (audited).
   */
  'screening.hits': {
    readonly stateId: number;
    readonly hits: readonly {
      readonly id: number;
      readonly flightId: number;
      readonly messageId: number;
      readonly kind: string;
      readonly severity: string;
    }[];
  };
  /**
   * A hit changed hands or status (to `screening:<stateId>`): the vetting list moves the row,
   * shows who has it, or drops it when closed. `assignee` is a colleague's display name.
   */
  'screening.hitChanged': {
    readonly stateId: number;
    readonly hitId: number;
    readonly status: string;
    readonly assigneeId: number | null;
    readonly assignee: string | null;
    /** The State's open hits after the change (the navigation's count). */
    readonly openHits: number;
  };
  /** Someone is typing in a room they joined (a thread): the others show "X is typing". */
  typing: { readonly room: string; readonly userId: number; readonly name: string };
}

export type LiveEventName = keyof LiveEventPayloads;

/** The same list in the shape socket.io's typed Server wants (one listener per event). */
export type LiveServerToClientEvents = {
  [E in LiveEventName]: (payload: LiveEventPayloads[E]) => void;
};

/**
 * What browsers send: joining and leaving the rooms of the page they show (each join checked
 * with the visibility policy), and "I am typing". Everything else goes through forms and HTTP.
 */
export interface LiveClientToServerEvents {
  subscribe: (room: string, ack?: (joined: boolean) => void) => void;
  unsubscribe: (room: string) => void;
  typing: (room: string) => void;
}

/** What the server keeps on each socket after the handshake. */
export interface LiveSocketData {
  user: AuthenticatedUser;
  sid: string;
  /** Epoch ms at which the user's rights change by the calendar alone (SignedInUser.refreshAt). */
  refreshAt: number | null;
}
