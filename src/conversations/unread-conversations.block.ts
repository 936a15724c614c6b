import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { mayUse } from '../common/areas/area';
import { DashboardBlocks } from '../home/dashboard-blocks';
import { ConversationPagesService } from './conversation-pages.service';
import { CONVERSATIONS_AREA } from './conversations.area';

/** How many conversations with new messages the home page lists. */
const SHOWN = 5;

/**
 * The home page block of the conversations: those with messages the member has not read,
 * newest first, or a way to start one. With nothing unread (the count is in memory) it asks
 * the database nothing.
 */
@Injectable()
export class UnreadConversationsBlock implements OnModuleInit {
  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly pages: ConversationPagesService,
  ) {}

  onModuleInit(): void {
    this.blocks.register({
      id: 'conversations',
      title: 'conversations.block.title',
      order: 15,
      partial: 'dashboard-conversations',
      appliesTo: (user) => mayUse(CONVERSATIONS_AREA, user.role),
      load: (actor: Actor) => this.pages.unreadBlock(actor, SHOWN),
    });
  }
}
