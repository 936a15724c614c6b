import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ReachCache } from './reach-cache';
import { VisibilityPolicy } from './visibility-policy';

const official = (id: number, stateId: number, iwgRegionId: number) =>
  ({
    id,
    role: 'official',
    stateId,
    iwgRegionId,
    guestRegionIds: [],
    assignedStateIds: [],
  }) as unknown as AuthenticatedUser;

describe('ReachCache', () => {
  // The clock is the test's: under a loaded full run, 50 ms of real time passed between two
  // reads meant to fall within it.
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-03T12:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('reads once per reach and extra values, and again after clear() or its time', async () => {
    const cache = new ReachCache<string>(new VisibilityPolicy(), 50);
    let loads = 0;
    const load = (value: string) => () => {
      loads += 1;
      return Promise.resolve(value);
    };
    expect(await cache.get(official(1, 10, 1), ['en'], load('a'))).toBe('a');
    // Another member of the same State and region: the same reach, nothing read.
    expect(await cache.get(official(2, 10, 1), ['en'], load('b'))).toBe('a');
    expect(loads).toBe(1);
    // Another State, or another language: read.
    expect(await cache.get(official(3, 11, 1), ['en'], load('c'))).toBe('c');
    expect(await cache.get(official(1, 10, 1), ['fr'], load('d'))).toBe('d');
    expect(loads).toBe(3);
    cache.clear();
    expect(await cache.get(official(1, 10, 1), ['en'], load('e'))).toBe('e');
    jest.setSystemTime(Date.now() + 49);
    expect(await cache.get(official(1, 10, 1), ['en'], load('f'))).toBe('e');
    jest.setSystemTime(Date.now() + 2);
    expect(await cache.get(official(1, 10, 1), ['en'], load('g'))).toBe('g');
    expect(loads).toBe(5);
  });
});
