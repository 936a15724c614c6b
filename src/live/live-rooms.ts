import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';

/** Room names, written in one place: a typo in one would silently reach nobody. */
export const liveRoom = {
  user: (userId: number) => `user:${userId}`,
  state: (stateId: number) => `state:${stateId}`,
  session: (sid: string) => `session:${sid}`,
} as const;

/**
 * Which rooms a signed-in user's sockets join. Every join goes through here, so the tenancy
 * rule decides: the State rooms are the States whose `state` content the visibility policy
 * lets the user see (their own State; an expert's assigned States). Rooms for other content
 * (a forum, a meeting) are added here, checked with the same policy.
 */
@Injectable()
export class LiveRooms {
  constructor(private readonly policy: VisibilityPolicy) {}

  roomsFor(user: AuthenticatedUser): string[] {
    const { stateIds } = this.policy.reach(user);
    return [liveRoom.user(user.id), ...stateIds.map((id) => liveRoom.state(id))];
  }
}
