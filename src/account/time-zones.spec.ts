import { isTimeZone, TIME_ZONES } from './time-zones';

describe('time zones', () => {
  it('offers UTC first, then the IANA zones, each once', () => {
    expect(TIME_ZONES[0]).toBe('UTC');
    expect(TIME_ZONES.length).toBeGreaterThan(300);
    expect(new Set(TIME_ZONES).size).toBe(TIME_ZONES.length);
    expect(TIME_ZONES).toEqual(expect.arrayContaining(['Africa/Nairobi', 'Europe/Paris']));
  });

  it('accepts known zones only', () => {
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
  });
});
