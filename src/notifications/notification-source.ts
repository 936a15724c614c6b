import type { AuthenticatedUser } from '../common/auth/authenticated-user';

/** What a recipient may see of a subject, now: shown in the centre and in mails. */
export interface NotificationSubject {
  /** Plain text (escaped where it is shown). */
  readonly title: string;
  /** A short plain-text extract, if the subject has one. */
  readonly excerpt?: string;
  /** The subject's page, a path of the portal (`/iwg/3/threads/42#post-7`). */
  readonly path: string;
}

/**
 * Answers for one kind of subject (a thread, a resource, a meeting). The pipeline asks it
 * whenever it is about to show or mail a notification, for the recipient at that moment, so a
 * subject the recipient may no longer see (access revoked, post hidden, resource withdrawn)
 * is left out instead of leaking. Implementations check with the visibility policy, exactly as
 * the subject's own page would, and read in one query for all ids.
 */
export interface NotificationSource {
  /** The subject kind this source answers for (`thread`, `resource`, …); unique. */
  readonly kind: string;
  /**
   * The subjects among `ids` that `user` may see now, by id (as strings). An id missing from the
   * answer is one the user may not see, or that no longer exists: both are left out alike.
   */
  describe(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>>;
}

/**
 * The ids asked of a source that can be row ids (whole numbers of up to nine digits): a stored
 * subject id is text, and anything else names no row.
 */
export function numericIds(ids: readonly string[]): number[] {
  return ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number);
}
