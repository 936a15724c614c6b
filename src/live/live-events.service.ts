import { Injectable } from '@nestjs/common';
import type { LiveEventName, LiveEventPayloads } from './live-events';
import { LiveGateway } from './live.gateway';
import { liveRoom } from './live-rooms';

/**
 * How a module pushes an update to browsers: to one user (every tab and device they are signed
 * in on) or to everyone of a State. With REDIS_URL it reaches sockets on every instance.
 * Sending is fire-and-forget: nobody connected means nobody receives, and pages must still show
 * the same data on their next load.
 */
@Injectable()
export class LiveEvents {
  constructor(private readonly gateway: LiveGateway) {}

  toUser<E extends LiveEventName>(userId: number, event: E, payload: LiveEventPayloads[E]): void {
    this.gateway.emit(liveRoom.user(userId), event, payload);
  }

  toState<E extends LiveEventName>(stateId: number, event: E, payload: LiveEventPayloads[E]): void {
    this.gateway.emit(liveRoom.state(stateId), event, payload);
  }

  /**
   * To everyone in a room browsers join on request (`thread:<id>`, `iwg:<id>`): each socket
   * there was checked with the visibility policy when it joined, and again when its user's
   * rights changed.
   */
  toRoom<E extends LiveEventName>(room: string, event: E, payload: LiveEventPayloads[E]): void {
    this.gateway.emit(room, event, payload);
  }

  /**
   * Call after a change to what a user may see (a guest invited or removed, a conversation
   * left, an engagement confirmed or ended): their sockets, on every instance, leave the rooms
   * the policy no longer grants and join the State rooms it now does.
   */
  rightsChanged(userId: number): Promise<void> {
    return this.gateway.recheckRooms(userId);
  }
}
