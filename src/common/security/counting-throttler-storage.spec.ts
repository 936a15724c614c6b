import { CountingThrottlerStorage } from './counting-throttler-storage';

describe('CountingThrottlerStorage', () => {
  let now: number;
  let storage: CountingThrottlerStorage;
  const hit = (key = 'ip-1', limit = 3) => storage.increment(key, 60_000, limit, 60_000, 'default');

  beforeEach(() => {
    now = 1_000_000;
    storage = new CountingThrottlerStorage(() => now);
  });
  afterEach(() => storage.close());

  it('counts hits per key and blocks past the limit, with the time left to wait', async () => {
    expect((await hit()).totalHits).toBe(1);
    await hit();
    const third = await hit();
    expect(third).toMatchObject({ totalHits: 3, isBlocked: false, timeToBlockExpire: 0 });
    const fourth = await hit();
    expect(fourth.isBlocked).toBe(true);
    expect(fourth.timeToBlockExpire).toBe(60);
    expect((await hit('ip-2')).isBlocked).toBe(false);
    now += 30_000;
    const later = await hit();
    expect(later.isBlocked).toBe(true);
    expect(later.timeToBlockExpire).toBe(30);
  });

  it('lets hits through again once the block and the sliding window have passed', async () => {
    for (let i = 0; i < 4; i += 1) await hit();
    now += 60_001;
    // Half a window later the previous window's three hits count for about half.
    now += 30_000;
    const next = await hit();
    expect(next.isBlocked).toBe(false);
    expect(next.totalHits).toBe(2);
    now += 120_000;
    expect((await hit()).totalHits).toBe(1);
  });

  it('keeps counting across a window boundary (a sliding window, not a reset)', async () => {
    for (let i = 0; i < 3; i += 1) await hit();
    now += 60_000;
    // Just past the boundary the three hits of the last minute still count.
    expect((await hit()).isBlocked).toBe(true);
  });

  it('counts every hit of a busy key', async () => {
    for (let i = 0; i < 50_000; i += 1) await storage.increment('busy', 60_000, 1e9, 0, 'default');
    expect((await storage.increment('busy', 60_000, 1e9, 0, 'default')).totalHits).toBe(50_001);
  });
});
