import { formatDate, formatNumber, formatRelativeTime } from './intl-format';

const moment = new Date(Date.UTC(2026, 10, 23, 22, 5));

describe('dates and numbers through Intl', () => {
  it('writes a moment in the time zone given, naming the zone', () => {
    expect(formatDate(moment, 'en', 'UTC')).toBe('23 Nov 2026, 22:05 UTC');
    // Three hours ahead of UTC: the next day in Nairobi.
    expect(formatDate(moment, 'en', 'Africa/Nairobi')).toBe('24 Nov 2026, 01:05 Africa/Nairobi');
    expect(formatDate(moment, 'en', 'America/New_York')).toBe(
      '23 Nov 2026, 17:05 America/New_York',
    );
  });

  it('writes a day alone in the zone', () => {
    expect(formatDate(moment, 'en', 'Asia/Tokyo', 'date')).toBe('24 Nov 2026');
  });

  it('falls back to UTC for a zone it does not know, and to nothing for no date', () => {
    expect(formatDate(moment, 'en', 'Mars/Olympus_Mons')).toBe('23 Nov 2026, 22:05 UTC');
    expect(formatDate(null, 'en', 'UTC')).toBe('');
    expect(formatDate('not a date', 'en', 'UTC')).toBe('');
  });

  it('takes ISO strings and epoch numbers as well as dates', () => {
    expect(formatDate(moment.toISOString(), 'en', 'UTC')).toBe('23 Nov 2026, 22:05 UTC');
    expect(formatDate(moment.getTime(), 'en', 'UTC', 'date')).toBe('23 Nov 2026');
  });

  it('marks dates and numbers in the pseudo-locale', () => {
    expect(formatDate(moment, 'en-XA', 'UTC')).toBe('⟦23 Ñóṽ 2026, 22:05 ÚŢÇ⟧');
    expect(formatNumber(1234.5, 'en-XA')).toBe('⟦1,234.5⟧');
  });

  it('groups numbers as the locale does', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
  });

  it('says how long ago or ahead, in the largest whole unit', () => {
    const now = new Date(Date.UTC(2026, 10, 23, 12, 0));
    expect(formatRelativeTime(new Date(Date.UTC(2026, 10, 23, 9, 0)), 'en', now)).toBe(
      '3 hours ago',
    );
    expect(formatRelativeTime(new Date(Date.UTC(2026, 10, 25, 12, 0)), 'en', now)).toBe(
      'in 2 days',
    );
  });
});
