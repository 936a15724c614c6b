import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { mayUse } from '../common/areas/area';
import { PageAdditions, type PageAddition } from '../common/views/page-additions';
import { CONVERSATIONS_AREA } from './conversations.area';
import { UnreadConversationCounts } from './unread-conversation-counts';

/**
 * Puts the member's number of unread conversations on the navigation's entry
 * (`navigationCounts.conversations`), from the in-process count: a page costs one indexed
 * query only the first time after a change. The live script keeps it current on an open page
 * (`conversations.unread`).
 */
@Injectable()
export class UnreadConversationsSource implements OnModuleInit {
  constructor(
    private readonly additions: PageAdditions,
    private readonly counts: UnreadConversationCounts,
  ) {}

  onModuleInit(): void {
    this.additions.register({ id: 'conversations', forMember: (user) => this.forMember(user) });
  }

  private forMember(user: AuthenticatedUser): PageAddition | Promise<PageAddition> | undefined {
    if (!mayUse(CONVERSATIONS_AREA, user.role)) return undefined;
    const entry = (count: number): PageAddition => ({
      navigationCounts: {
        [CONVERSATIONS_AREA.id]: { count, label: 'conversations.nav.unread' },
      },
    });
    const cached = this.counts.peek(user.id);
    return cached !== undefined ? entry(cached) : this.counts.get(user.id).then(entry);
  }
}
