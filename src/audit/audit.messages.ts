import type { Messages } from '../common/i18n/catalogue';
import type { AuditAction } from './audit-actions';

/**
 * One readable line per audit action; `{name}` takes the event's detail of that name. Typed by
 * the action list, so a new action does not compile without its description.
 */
const descriptions: Record<AuditAction, string> = {
  'login.succeeded': 'Signed in',
  'login.failed': 'Sign-in refused: {reason}',
  'login.locked': 'Account locked until {until}',
  logout: 'Signed out',
  'account.unlocked': 'Account unlocked',
  'invitation.sent': 'Invited {email} as {role} ({organisation})',
  'invitation.accepted': 'Invitation accepted, account created',
  'invitation.revoked': 'Invitation to {email} revoked',
  'user.created': 'Account created as {role} ({organisation})',
  'user.role-changed': 'Role changed from {from} to {to}',
  'user.deactivated': 'Account deactivated',
  'user.reactivated': 'Account reactivated',
  'user.profile-updated': 'Profile updated: {changed}',
  'password.changed': 'Password changed',
  'password.reset-requested': 'Password reset asked for {email}: {outcome}',
  'password.reset-link-issued': 'Password reset link issued, valid until {expiresAt}',
  'password.reset': 'Password reset by {via}',
  'two-factor.enrolled': 'Two-step verification turned on',
  'two-factor.disabled': 'Two-step verification turned off',
  'two-factor.reset': 'Two-step verification reset',
  'two-factor.recovery-code-used': 'Recovery code used, {remaining} left',
  'iwg.created': 'IWG {name} created for {region}',
  'iwg.renamed': 'IWG renamed from {from} to {to}',
  'iwg.closed': 'IWG {name} closed',
  'iwg.reopened': 'IWG {name} opened again',
  'iwg.position-changed': 'IWG position {position} given to {state}',
  'iwg.secretariat-added': '{email} added to the secretariat of {iwg}',
  'iwg.secretariat-removed': '{email} taken out of the secretariat of {iwg}',
  'iwg.guest-invited': '{email} invited to {iwg} as a guest',
  'iwg.guest-removed': '{email} no longer a guest of {iwg}',
  'forum.post-hidden': 'Post hidden in thread {thread}: {reason}',
  'forum.post-shown': 'Hidden post shown again in thread {thread}',
  'forum.thread-locked': 'Thread locked',
  'forum.thread-unlocked': 'Thread unlocked',
  'forum.thread-pinned': 'Thread pinned',
  'forum.thread-unpinned': 'Thread unpinned',
  'forum.thread-moved': 'Thread moved from category {from} to {to}',
  'forum.thread-split': 'Posts {posts} split into thread {into}',
  'terms.accepted': 'Terms version {version} accepted',
  'sessions.ended': 'Other sessions ended: {ended}',
  'setup.admin-created': 'First administrator created',
  'member-state.status-changed': 'Programme status changed from {from} to {to}',
  'access.denied': 'Access refused to {path}',
  'audit.exported': 'Audit log exported as CSV',
  'notifications.unsubscribed': 'Unsubscribed from e-mails: {topic}',
  'library.resource-published': 'Library resource published: {title}',
  'library.resource-proposed': 'Library resource proposed for review: {title}',
  'library.resource-updated': 'Library resource edited: {title}',
  'library.resource-approved': 'Library proposal approved: {title}',
  'library.resource-rejected': 'Library proposal rejected: {title}',
  'library.resource-deleted': 'Library resource deleted: {title}',
  'library.version-added': 'New version {version} of a library resource',
  'library.file-downloaded': 'Library file downloaded: {fileName} (version {version})',
};

/** Coded detail values, spelled out. */
const values: Messages = {
  'audit.value.unknown-account': 'no such account',
  'audit.value.wrong-password': 'wrong password',
  'audit.value.wrong-second-factor': 'wrong second-factor code',
  'audit.value.locked': 'account locked',
  'audit.value.deactivated': 'account deactivated',
  'audit.value.no-account': 'no such account',
  'audit.value.link-sent': 'link sent',
  'audit.value.e-mail': 'e-mailed link',
  'audit.value.admin-link': "an administrator's link",
  'audit.value.name': 'name',
  'audit.value.languages': 'languages',
  'audit.value.timeZone': 'time zone',
  'audit.value.locale': 'portal language',
  'audit.missing': '–',
};

export const auditMessages: Messages = {
  ...Object.fromEntries(
    Object.entries(descriptions).map(([action, text]) => [`audit.action.${action}`, text]),
  ),
  ...values,
};
