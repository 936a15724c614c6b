import {
  THREAD_MAIL_WINDOW_MS,
  digestDue,
  resolveDelivery,
  resolveDigestFrequency,
  threadMailAllowed,
} from './delivery-rules';

describe('resolveDelivery', () => {
  it('uses the member’s choice, else the type’s default', () => {
    expect(resolveDelivery('mention', new Map())).toBe('email');
    expect(resolveDelivery('new-thread', new Map())).toBe('digest');
    expect(resolveDelivery('mention', new Map([['mention', 'off']]))).toBe('off');
    expect(resolveDelivery('new-thread', new Map([['new-thread', 'in-app']]))).toBe('in-app');
    // Another type's choice does not leak across.
    expect(resolveDelivery('reply', new Map([['mention', 'off']]))).toBe('email');
  });

  it('ignores a stored value that is no delivery', () => {
    expect(resolveDelivery('review', new Map([['review', 'carrier-pigeon']]))).toBe('email');
  });

  it('reads the digest frequency, weekly when unset or unknown', () => {
    expect(resolveDigestFrequency(undefined)).toBe('weekly');
    expect(resolveDigestFrequency('daily')).toBe('daily');
    expect(resolveDigestFrequency('off')).toBe('off');
    expect(resolveDigestFrequency('hourly')).toBe('weekly');
  });
});

describe('threadMailAllowed (one mail per thread per member per hour)', () => {
  const now = new Date('2026-01-05T10:00:00Z');
  it('allows the first mail and one a full hour after the last', () => {
    expect(threadMailAllowed(null, now)).toBe(true);
    expect(threadMailAllowed(new Date(now.getTime() - THREAD_MAIL_WINDOW_MS), now)).toBe(true);
  });

  it('refuses within the hour', () => {
    expect(threadMailAllowed(new Date(now.getTime() - 59 * 60_000), now)).toBe(false);
    expect(threadMailAllowed(now, now)).toBe(false);
  });
});

describe('digestDue', () => {
  const day = 86_400_000;
  const now = new Date('2026-01-20T08:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it('is due one period after the last digest', () => {
    expect(digestDue('daily', ago(day), ago(day / 2), now)).toBe(true);
    expect(digestDue('daily', ago(day - 1), ago(day / 2), now)).toBe(false);
    expect(digestDue('weekly', ago(7 * day), ago(day), now)).toBe(true);
    expect(digestDue('weekly', ago(6 * day), ago(day), now)).toBe(false);
  });

  it('before the first digest, one period after the oldest waiting item', () => {
    expect(digestDue('weekly', null, ago(7 * day), now)).toBe(true);
    expect(digestDue('weekly', null, ago(2 * day), now)).toBe(false);
  });

  it('is never due with nothing waiting, or when the member turned it off', () => {
    expect(digestDue('daily', ago(30 * day), null, now)).toBe(false);
    expect(digestDue('off', null, ago(30 * day), now)).toBe(false);
  });
});
