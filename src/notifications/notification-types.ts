/**
 * Every kind of notification, by name, with the parameters its event carries. A producer that
 * needs a new kind adds its line here and to NOTIFICATION_TYPES, so the whole vocabulary reads
 * in one place and a publish with a wrong payload does not compile (like LiveEventPayloads).
 *
 * Parameters are small values that are not content (dates, what changed): they are stored with
 * the notification and may appear in a mail. Titles and excerpts never travel in an event: the
 * subject's source gives them, for the recipient, at the moment they are shown or mailed.
 */
export interface NotificationParams {
  /** Someone @mentioned the recipient in a post. */
  mention: Record<string, never>;
  /** Someone replied to the recipient's post or in a thread they take part in. */
  reply: Record<string, never>;
  /** A new thread in a category (or IWG) the recipient watches. */
  'new-thread': Record<string, never>;
  /** A new resource in one of the recipient's pillars or their State. */
  'new-resource': Record<string, never>;
  /** A meeting was scheduled, moved or cancelled. `startsAt`: ISO 8601 instant. */
  meeting: { change: 'scheduled' | 'changed' | 'cancelled'; startsAt: string };
  /** An action item was assigned to the recipient, or is due. `dueOn`: YYYY-MM-DD. */
  'action-item': { change: 'assigned' | 'due'; dueOn: string };
  /** Something waits in a review queue the recipient moderates. */
  review: Record<string, never>;
  /** A new message in a direct conversation the recipient takes part in, or they were added. */
  message: Record<string, never>;
  /**
   * A State's SOP or Terms of Reference: its template has a new version (`template`), it was
   * sent for review, approved by both sides, made active, or commented on.
   */
  document: { change: 'template' | 'submitted' | 'approved' | 'active' | 'comment' };
  /** A Pool of Experts engagement the recipient is party to took a step, or got feedback. */
  engagement: {
    change:
      | 'proposed'
      | 'accepted'
      | 'declined'
      | 'confirmed'
      | 'closed'
      | 'cancelled'
      | 'feedback'
      | 'reply';
  };
}

export type NotificationType = keyof NotificationParams;

/** How a member wants one type: in the centre only, also by mail, in the digest, or not at all. */
export const DELIVERIES = ['in-app', 'email', 'digest', 'off'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Why a recipient gets it: shown under the notification ("because you watch …"). */
export const REASONS = [
  'mentioned',
  'replied-to',
  'watching',
  'participant',
  'pillar',
  'state',
  'invited',
  'assigned',
  'moderator',
  'staff',
] as const;
export type NotificationReason = (typeof REASONS)[number];

export interface NotificationTypeDeclaration {
  readonly type: NotificationType;
  /** What a member gets until they choose. */
  readonly defaultDelivery: Exclude<Delivery, 'off'>;
}

/**
 * The declared types in the order the preferences page lists them, with their defaults:
 * what is addressed to the member personally is mailed, the rest waits for the digest.
 */
export const NOTIFICATION_TYPES: readonly NotificationTypeDeclaration[] = [
  { type: 'mention', defaultDelivery: 'email' },
  { type: 'reply', defaultDelivery: 'email' },
  { type: 'new-thread', defaultDelivery: 'digest' },
  { type: 'new-resource', defaultDelivery: 'digest' },
  { type: 'meeting', defaultDelivery: 'email' },
  { type: 'action-item', defaultDelivery: 'email' },
  { type: 'review', defaultDelivery: 'email' },
  { type: 'message', defaultDelivery: 'email' },
  { type: 'document', defaultDelivery: 'email' },
  { type: 'engagement', defaultDelivery: 'email' },
];

export const TYPE_NAMES: readonly NotificationType[] = NOTIFICATION_TYPES.map((t) => t.type);

export function isNotificationType(value: unknown): value is NotificationType {
  return typeof value === 'string' && (TYPE_NAMES as readonly string[]).includes(value);
}

/** How often a member's digest comes; `off` is what the digest's unsubscribe link sets. */
export const DIGEST_FREQUENCIES = ['daily', 'weekly', 'off'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
export const DEFAULT_DIGEST_FREQUENCY: DigestFrequency = 'weekly';

/** One recipient of an event, and why. */
export interface NotificationRecipient {
  readonly userId: number;
  readonly reason: NotificationReason;
}

/** The thing a notification is about, answered for by the source registered for `kind`. */
export interface SubjectRef {
  readonly kind: string;
  readonly id: string | number;
}

/**
 * What a producer publishes: one event, any number of recipients. `threadKey` groups events
 * for the one-mail-per-hour rule (a forum thread: `thread:42`); without it the subject is the
 * thread. The actor (who did it) is never notified of their own action.
 */
export interface NotificationEvent<T extends NotificationType = NotificationType> {
  readonly type: T;
  readonly recipients: readonly NotificationRecipient[];
  readonly subject: SubjectRef;
  readonly actorUserId?: number | null;
  readonly threadKey?: string;
  readonly params: NotificationParams[T];
}
