import { AUDIT_ACTIONS } from './audit-actions';
import { describeAuditEvent } from './audit-description';
import { hasMessage, translateText } from '../common/i18n/translator';

/** The sentence as an English page shows it. */
const english = (e: Parameters<typeof describeAuditEvent>[0]) =>
  translateText('en', describeAuditEvent(e));

const event = (action: string, details?: Record<string, unknown>) => ({
  action,
  details: details ? JSON.stringify(details) : null,
});

describe('audit descriptions', () => {
  it('has a catalogue entry for every audit action', () => {
    expect(AUDIT_ACTIONS.filter((action) => !hasMessage(`audit.action.${action}`))).toEqual([]);
  });

  it('fills the details in, spelling out roles, statuses and coded values', () => {
    expect(english(event('user.role-changed', { from: 'official', to: 'focal-point' }))).toBe(
      'Role changed from Member State official to National focal point',
    );
    expect(
      english(event('member-state.status-changed', { from: 'none', to: 'implementing' })),
    ).toBe('Programme status changed from Not in the programme to Implementing');
    expect(english(event('login.failed', { reason: 'wrong-password' }))).toBe(
      'Sign-in refused: wrong password',
    );
    expect(english(event('user.profile-updated', { changed: ['name', 'timeZone'] }))).toBe(
      'Profile updated: name, time zone',
    );
    expect(english(event('login.locked', { until: '2026-03-01T10:15:00.000Z', lockouts: 1 }))).toBe(
      'Account locked until 2026-03-01 10:15 UTC',
    );
  });

  it('shows a dash for a missing detail, and the code of an action it does not know', () => {
    expect(english(event('invitation.revoked'))).toBe('Invitation to – revoked');
    expect(english({ action: 'retired.action', details: '{not json' })).toBe('retired.action');
  });
});
