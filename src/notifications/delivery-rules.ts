import {
  DEFAULT_DIGEST_FREQUENCY,
  DELIVERIES,
  DIGEST_FREQUENCIES,
  NOTIFICATION_TYPES,
  type Delivery,
  type DigestFrequency,
  type NotificationType,
} from './notification-types';

/** One hour: never more than one mail per thread per member within it. */
export const THREAD_MAIL_WINDOW_MS = 3_600_000;

const PERIOD_MS: Record<Exclude<DigestFrequency, 'off'>, number> = {
  daily: 86_400_000,
  weekly: 7 * 86_400_000,
};

/** The member's delivery for a type: their stored choice when it is a valid one, else the default. */
export function resolveDelivery(
  type: NotificationType,
  stored: ReadonlyMap<string, string>,
): Delivery {
  const chosen = stored.get(type);
  if (chosen && (DELIVERIES as readonly string[]).includes(chosen)) return chosen as Delivery;
  return NOTIFICATION_TYPES.find((t) => t.type === type)?.defaultDelivery ?? 'in-app';
}

export function resolveDigestFrequency(stored: string | null | undefined): DigestFrequency {
  return stored && (DIGEST_FREQUENCIES as readonly string[]).includes(stored)
    ? (stored as DigestFrequency)
    : DEFAULT_DIGEST_FREQUENCY;
}

/** May a member be mailed about a thread now, given when they last were? */
export function threadMailAllowed(lastSentAt: Date | null, now: Date): boolean {
  return lastSentAt === null || now.getTime() - lastSentAt.getTime() >= THREAD_MAIL_WINDOW_MS;
}

/**
 * Is a member's digest due? One period after the last digest; before the first, one period after
 * the oldest thing it would carry (so a new member's first weekly digest covers a week).
 */
export function digestDue(
  frequency: DigestFrequency,
  lastDigestAt: Date | null,
  oldestWaiting: Date | null,
  now: Date,
): boolean {
  if (frequency === 'off' || oldestWaiting === null) return false;
  const since = lastDigestAt ?? oldestWaiting;
  return now.getTime() - since.getTime() >= PERIOD_MS[frequency];
}
