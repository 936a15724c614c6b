import { dateIn, instantToLocal, isIsoDate, isKnownTimeZone, localToInstant } from './zoned-time';

function instantOf(local: string, zone: string): string {
  const result = localToInstant(local, zone);
  if (!('instant' in result)) throw new Error(`no instant: ${result.problem}`);
  return result.instant.toISOString();
}

describe('zoned time', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isKnownTimeZone('Africa/Nairobi')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(isKnownTimeZone(42)).toBe(false);
  });

  it('turns a wall-clock time in a zone into the UTC instant', () => {
    expect(instantOf('2026-03-05T14:00', 'Africa/Nairobi')).toBe('2026-03-05T11:00:00.000Z');
    expect(instantOf('2026-03-05T14:00', 'UTC')).toBe('2026-03-05T14:00:00.000Z');
    expect(instantOf('2026-07-01T09:30', 'America/New_York')).toBe('2026-07-01T13:30:00.000Z');
    expect(instantOf('2026-01-15T09:30', 'America/New_York')).toBe('2026-01-15T14:30:00.000Z');
    expect(instantOf('2026-06-01T08:00', 'Asia/Kolkata')).toBe('2026-06-01T02:30:00.000Z');
    // Across the date line: the local date is the day after the UTC one.
    expect(instantOf('2026-06-01T08:00', 'Pacific/Auckland')).toBe('2026-05-31T20:00:00.000Z');
  });

  it('refuses a time the clocks skip and takes the earlier of a repeated hour', () => {
    // Europe/Paris springs forward on 29 March 2026 from 02:00 to 03:00.
    expect(localToInstant('2026-03-29T02:30', 'Europe/Paris')).toEqual({ problem: 'gap' });
    expect(instantOf('2026-03-29T03:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
    // And falls back on 25 October 2026: 02:30 happens twice (CEST first).
    expect(instantOf('2026-10-25T02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('says what is wrong with a bad input', () => {
    expect(localToInstant('5 March', 'UTC')).toEqual({ problem: 'format' });
    expect(localToInstant('2026-02-30T10:00', 'UTC')).toEqual({ problem: 'format' });
    expect(localToInstant('2026-02-03T24:00', 'UTC')).toEqual({ problem: 'format' });
    expect(localToInstant('2026-02-03T10:00', 'Nowhere/City')).toEqual({ problem: 'zone' });
  });

  it('writes an instant back as the wall-clock time and date of a zone', () => {
    const instant = new Date('2026-03-05T22:30:00Z');
    expect(instantToLocal(instant, 'Africa/Nairobi')).toBe('2026-03-06T01:30');
    expect(instantToLocal(instant, 'UTC')).toBe('2026-03-05T22:30');
    expect(dateIn(instant, 'Africa/Nairobi')).toBe('2026-03-06');
    expect(dateIn(instant, 'America/Lima')).toBe('2026-03-05');
    for (const zone of ['Europe/Paris', 'Asia/Tokyo', 'America/Sao_Paulo'])
      expect(instantOf(instantToLocal(instant, zone), zone)).toBe(instant.toISOString());
  });

  it('checks calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});
