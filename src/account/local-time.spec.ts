import { formatLocalTime } from './local-time';

describe('formatLocalTime', () => {
  const moment = new Date('2026-11-23T22:05:09Z');

  it('writes the moment in the given zone, with the zone', () => {
    expect(formatLocalTime(moment, 'UTC')).toBe('2026-11-23 22:05 UTC');
    expect(formatLocalTime(moment, 'Africa/Nairobi')).toBe('2026-11-24 01:05 Africa/Nairobi');
    expect(formatLocalTime(moment, 'America/New_York')).toBe('2026-11-23 17:05 America/New_York');
    expect(formatLocalTime(moment, 'Asia/Kolkata')).toBe('2026-11-24 03:35 Asia/Kolkata');
  });

  it('writes midnight as 00', () => {
    expect(formatLocalTime(new Date('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01 00:00 UTC');
  });

  it('falls back to UTC for a zone it does not know', () => {
    expect(formatLocalTime(moment, 'Mars/Olympus_Mons')).toBe('2026-11-23 22:05 UTC');
  });
});
