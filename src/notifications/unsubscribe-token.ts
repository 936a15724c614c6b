import { createHmac, timingSafeEqual } from 'node:crypto';
import { isNotificationType, type NotificationType } from './notification-types';

/** What an unsubscribe link turns off: one type's mails, or the digest. */
export type UnsubscribeTopic = NotificationType | 'digest';

export interface UnsubscribeClaim {
  readonly userId: number;
  readonly topic: UnsubscribeTopic;
}

/** Separates these signatures from anything else the same secret signs. */
const PURPOSE = 'notifications.unsubscribe.v1';

function signature(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${PURPOSE}:${body}`).digest();
}

/**
 * A token for a one-click unsubscribe link: `<userId>.<topic>.<HMAC>`, base64url. It needs no
 * sign-in and does not expire (a mail's link must keep working), and it can change nothing but
 * that one preference of that one member.
 */
export function signUnsubscribe(secret: string, claim: UnsubscribeClaim): string {
  const body = `${claim.userId}.${claim.topic}`;
  return `${body}.${signature(secret, body).toString('base64url')}`;
}

/** The claim of a genuine token; null for anything altered, truncated or made up. */
export function verifyUnsubscribe(secret: string, token: string): UnsubscribeClaim | null {
  const match = /^(\d{1,10})\.([a-z-]{1,32})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const [, id, topic, mac] = match;
  // Compared as text: base64url's last character carries spare bits, so decoding first would
  // accept several spellings of one signature.
  const expected = Buffer.from(signature(secret, `${id}.${topic}`).toString('base64url'));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (topic !== 'digest' && !isNotificationType(topic)) return null;
  return { userId: Number(id), topic };
}
