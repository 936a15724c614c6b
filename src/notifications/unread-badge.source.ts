import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CURRENT_TERMS_VERSION } from '../auth/terms/terms-version';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { TWO_FACTOR_REQUIRED } from '../common/identity/role';
import { PageAdditions, type PageAddition } from '../common/views/page-additions';
import { UnreadCounts } from './unread-counts';

/**
 * Whether the live socket will accept this member (the gateway's rule): a sign-in that still
 * owes the terms or the second factor gets pages that ask for them, and no live script.
 */
function liveAllowed(user: AuthenticatedUser): boolean {
  return (
    user.termsVersion === CURRENT_TERMS_VERSION &&
    !(TWO_FACTOR_REQUIRED.has(user.role) && !user.twoFactorEnabled)
  );
}

/**
 * Puts the member's unread count on every page (`unreadNotifications`, the header badge) and
 * `liveUpdates` when the live script may connect. From the in-process count: a page costs a
 * query only the first time a member's count is needed after a change.
 */
@Injectable()
export class UnreadBadgeSource implements OnModuleInit {
  constructor(
    private readonly additions: PageAdditions,
    private readonly counts: UnreadCounts,
  ) {}

  onModuleInit(): void {
    this.additions.register({ id: 'notifications', forMember: (user) => this.forMember(user) });
  }

  private forMember(user: AuthenticatedUser): PageAddition | Promise<PageAddition> | undefined {
    if (!liveAllowed(user)) return undefined;
    const badge = (count?: number): PageAddition => ({
      locals: { liveUpdates: true, unreadNotifications: count },
    });
    const cached = this.counts.peek(user.id);
    if (cached !== undefined) return badge(cached);
    // Without the count the page still renders, with the badge's plain link.
    return this.counts.get(user.id).then(badge, () => badge());
  }
}
