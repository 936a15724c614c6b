import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { mayUse } from '../common/areas/area';
import { DashboardBlocks } from '../home/dashboard-blocks';
import { INVITATIONS_AREA } from './invitations.area';
import { InvitationsService } from './invitations.service';

/** How many pending invitations the home page lists before "all of them". */
const SHOWN = 5;

/**
 * The home page block of those who invite (focal points, admins): the invitations still
 * waiting for an answer, soonest to expire first, so a lapsing one can be sent again in time.
 */
@Injectable()
export class PendingInvitationsBlock implements OnModuleInit {
  constructor(
    private readonly blocks: DashboardBlocks,
    private readonly invitations: InvitationsService,
  ) {}

  onModuleInit(): void {
    this.blocks.register({
      id: 'pending-invitations',
      title: 'invitations.block.title',
      order: 60,
      partial: 'dashboard-invitations',
      appliesTo: (user) => mayUse(INVITATIONS_AREA, user.role),
      load: (actor: Actor) => this.model(actor),
    });
  }

  async model(actor: Actor) {
    const { total, invitations } = await this.invitations.pending(actor, SHOWN);
    return {
      total,
      more: total > invitations.length,
      invitations: invitations.map((invitation) => ({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        organisationName: invitation.organisationName,
        expiresAt: invitation.expiresAt,
      })),
    };
  }
}
