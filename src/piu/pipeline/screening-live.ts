import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { mayUse } from '../../common/areas/area';
import { LiveEvents } from '../../live/live-events.service';
import { LiveRooms, liveRoom } from '../../live/live-rooms';
import { SCREENING_AREA } from '../piu.area';
import type { ScreeningHit } from './screening-hit.entity';

/**
 * The screening workspace's live side: the `screening:<stateId>` room, joined only by a PIU
 * analyst of that State, and the hits pushed to it as they are raised. The event carries ids,
 * severities and flights, never a name: the page fetches the rows it shows over HTTP, where
 * the read is audited with the analyst's purpose.
 */
@Injectable()
export class ScreeningLive implements OnModuleInit {
  constructor(
    private readonly rooms: LiveRooms,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    this.rooms.registerKind('screening', (user, stateId) =>
      Promise.resolve(ScreeningLive.mayJoin(user, stateId)),
    );
  }

  static mayJoin(user: AuthenticatedUser, stateId: number): boolean {
    return mayUse(SCREENING_AREA, user.role) && user.stateId === stateId;
  }

  hitsRaised(stateId: number, hits: readonly ScreeningHit[]): void {
    if (hits.length === 0) return;
    this.live.toRoom(liveRoom.screening(stateId), 'screening.hits', {
      stateId,
      hits: hits.map((hit) => ({
        id: hit.id,
        flightId: hit.flightId,
        messageId: hit.messageId,
        kind: hit.kind,
        severity: hit.severity,
      })),
    });
  }
}
