import { Reflector } from '@nestjs/core';
import { CountingThrottlerStorage } from './counting-throttler-storage';
import { AppThrottlerGuard } from './throttler.guard';

describe('AppThrottlerGuard', () => {
  const storage = new CountingThrottlerStorage();
  const guard = new AppThrottlerGuard([{ ttl: 60_000, limit: 10 }], storage, new Reflector());
  const trackerOf = (ip: unknown) => guard['getTracker']({ ip });

  afterAll(() => storage.close());

  it('counts a client by its normalised address, asked again or not', async () => {
    expect(await trackerOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(await trackerOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(await trackerOf('192.0.2.8')).toBe('192.0.2.8');
    // One IPv6 client is one /64 network, however many addresses it takes from it.
    const first = await trackerOf('2001:db8:1:2:aaaa::1');
    expect(await trackerOf('2001:db8:1:2:bbbb::9')).toBe(first);
    expect(await trackerOf('2001:db8:1:3::1')).not.toBe(first);
  });

  it('keeps no more than its bound of addresses', async () => {
    for (let i = 0; i < 10_050; i += 1) await trackerOf(`10.0.${i >> 8}.${i & 255}`);
    expect(guard['trackers'].size).toBeLessThanOrEqual(10_000);
    expect(await trackerOf('10.0.0.1')).toBe('10.0.0.1');
  });
});
