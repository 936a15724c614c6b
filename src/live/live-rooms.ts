import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';

/** Room names, written in one place: a typo in one would silently reach nobody. */
export const liveRoom = {
  user: (userId: number) => `user:${userId}`,
  state: (stateId: number) => `state:${stateId}`,
  session: (sid: string) => `session:${sid}`,
  thread: (threadId: number) => `thread:${threadId}`,
  iwg: (iwgId: number) => `iwg:${iwgId}`,
  conversation: (conversationId: number) => `conversation:${conversationId}`,
  /** A State's screening workspace: its PIU analysts only (piu/pipeline/screening-live.ts). */
  screening: (stateId: number) => `screening:${stateId}`,
} as const;

/**
 * Says whether a user may be in one room of a kind (`thread:12` → id 12). A module registers
 * one per kind of room it offers; it must decide with the visibility policy.
 */
export type RoomCheck = (user: AuthenticatedUser, id: number) => Promise<boolean>;

/**
 * Which rooms a signed-in user's sockets join. Every join goes through here, so the tenancy
 * rule decides: the State rooms are the States whose `state` content the visibility policy
 * lets the user see (their own State; an expert's assigned States). Rooms for other content
 * (a forum, a meeting) are added here, checked with the same policy.
 */
@Injectable()
export class LiveRooms {
  private readonly kinds = new Map<string, RoomCheck>();

  constructor(private readonly policy: VisibilityPolicy) {}

  /** A kind of room browsers may ask to join (`thread`), with the check for each join. */
  registerKind(kind: string, check: RoomCheck): void {
    if (this.kinds.has(kind)) throw new Error(`live room kind "${kind}" is registered twice`);
    this.kinds.set(kind, check);
  }

  /**
   * Whether the user may join `room`: only rooms of a registered kind with a numeric id, and
   * only when the kind's check says yes. The user, State and session rooms are never joined on
   * request.
   */
  async mayJoin(user: AuthenticatedUser, room: string): Promise<boolean> {
    const match = /^([a-z-]+):(\d{1,10})$/.exec(room);
    const check = match ? this.kinds.get(match[1]) : undefined;
    if (!match || !check) return false;
    return check(user, Number(match[2]));
  }

  /** Whether `room` is one browsers join on request (and so one to check again). */
  isRequested(room: string): boolean {
    const match = /^([a-z-]+):\d+$/.exec(room);
    return match !== null && this.kinds.has(match[1]);
  }

  /** Whether `room` is a State's room, which the user's reach grants (roomsFor), not a request. */
  isStateRoom(room: string): boolean {
    return /^state:\d+$/.test(room);
  }

  roomsFor(user: AuthenticatedUser): string[] {
    const { stateIds } = this.policy.reach(user);
    return [liveRoom.user(user.id), ...stateIds.map((id) => liveRoom.state(id))];
  }
}
