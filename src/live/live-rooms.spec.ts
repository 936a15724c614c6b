import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import type { Role } from '../common/identity/role';
import { LiveRooms } from './live-rooms';

function user(role: Role, overrides: Partial<AuthenticatedUser> = {}): AuthenticatedUser {
  return {
    id: 42,
    email: 'someone@example.org',
    name: 'Someone',
    role,
    organisationId: 101,
    organisationKind: 'state',
    organisationCode: 'KEN',
    organisationName: 'Kenya',
    stateId: 101,
    iwgRegionId: 7,
    assignedStateIds: [],
    guestRegionIds: [],
    twoFactorEnabled: true,
    piuSupervisor: false,
    termsVersion: '2026-11-01',
    timeZone: 'UTC',
    locale: null,
    ...overrides,
  };
}

describe('LiveRooms', () => {
  const rooms = new LiveRooms(new VisibilityPolicy());

  it('puts a State member in their own room and their State’s', () => {
    for (const role of ['official', 'focal-point', 'piu-analyst'] as const) {
      expect(rooms.roomsFor(user(role))).toEqual(['user:42', 'state:101']);
    }
  });

  it('puts an expert in the rooms of the States they are assigned to now, and no other', () => {
    const expert = user('expert', {
      organisationKind: 'programme',
      stateId: null,
      iwgRegionId: null,
      assignedStateIds: [103, 104, 103],
    });
    expect(rooms.roomsFor(expert)).toEqual(['user:42', 'state:103', 'state:104']);
  });

  it('gives programme-wide roles their own room only: they reach States through pages, not rooms', () => {
    for (const role of ['admin', 'staff', 'partner'] as const) {
      const programme = user(role, {
        organisationKind: 'programme',
        stateId: null,
        iwgRegionId: null,
      });
      expect(rooms.roomsFor(programme)).toEqual(['user:42']);
    }
  });
});

describe('LiveRooms.mayJoin', () => {
  it('joins only rooms of a registered kind with a numeric id, as the kind’s check says', async () => {
    const rooms = new LiveRooms(new VisibilityPolicy());
    const asked: [number, number][] = [];
    rooms.registerKind('thread', (someone, id) => {
      asked.push([someone.id, id]);
      return Promise.resolve(id === 7);
    });
    const official = user('official');
    expect(await rooms.mayJoin(official, 'thread:7')).toBe(true);
    expect(await rooms.mayJoin(official, 'thread:8')).toBe(false);
    expect(asked).toEqual([
      [42, 7],
      [42, 8],
    ]);
    for (const room of ['user:42', 'state:101', 'session:abc', 'thread:', 'thread:7x', 'meeting:1'])
      expect(await rooms.mayJoin(official, room)).toBe(false);
    expect(rooms.isRequested('thread:7')).toBe(true);
    expect(rooms.isRequested('user:42')).toBe(false);
    expect(() => rooms.registerKind('thread', () => Promise.resolve(true))).toThrow(/twice/);
  });
});
