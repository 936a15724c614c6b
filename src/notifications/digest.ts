import type { NotificationSubject } from './notification-source';
import { TYPE_NAMES, type NotificationType } from './notification-types';

/** A notification waiting for the digest, and the subject its source gave (or not). */
export interface DigestCandidate {
  readonly id: number;
  readonly type: NotificationType;
  readonly createdAt: Date;
  readonly actorName: string | null;
  readonly params: Readonly<Record<string, string>>;
  /** Undefined: the member may not see the subject now, so it stays out of the mail. */
  readonly subject: NotificationSubject | undefined;
}

export interface DigestSection {
  readonly type: NotificationType;
  readonly items: readonly (DigestCandidate & { subject: NotificationSubject })[];
}

export interface Digest {
  /** By type in the declared order, newest first within a type; empty types left out. */
  readonly sections: readonly DigestSection[];
  readonly count: number;
  /** Every candidate the digest dealt with (sent or left out), to mark as digested. */
  readonly handledIds: readonly number[];
}

/** Most items a digest lists per type; the rest is one link to the centre away. */
export const DIGEST_ITEMS_PER_TYPE = 10;

/** Builds a digest from what waits: invisible subjects out, grouped by type, newest first. */
export function assembleDigest(candidates: readonly DigestCandidate[]): Digest {
  const sections: DigestSection[] = [];
  let count = 0;
  for (const type of TYPE_NAMES) {
    const items = candidates
      .filter(
        (c): c is DigestCandidate & { subject: NotificationSubject } =>
          c.type === type && c.subject !== undefined,
      )
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)
      .slice(0, DIGEST_ITEMS_PER_TYPE);
    if (items.length) {
      sections.push({ type, items });
      count += items.length;
    }
  }
  return { sections, count, handledIds: candidates.map((c) => c.id) };
}
