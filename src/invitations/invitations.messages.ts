import type { Messages } from '../common/i18n/catalogue';

/**
 * Strings of the one-time-link pages: invitations and registration, password reset, the
 * first-admin set-up, and the new-password messages they share.
 */
export const invitationsMessages: Messages = {
  'invitations.title': 'Invitations',
  'invitations.block.title': 'Invitations waiting for an answer',
  'invitations.block.waiting':
    '{count, plural, one {# invitation has not been accepted yet.} other {# invitations have not been accepted yet.}}',
  'invitations.block.expires': 'expires',
  'invitations.block.all': '{count, plural, one {See it} other {See all #}}',
  'invitations.block.none':
    'No invitation is waiting for an answer. Invite the colleagues who should work on the platform.',
  'invitations.block.invite': 'Invite someone',
  'invitations.invite': 'Invite someone',
  'invitations.filterLabel': 'Filter invitations',
  'invitations.filterStatus': 'Status',
  'invitations.filter': 'Show',
  'invitations.count': '{count, plural, one {# invitation} other {# invitations}}',
  'invitations.tableCaption': 'Invitations, newest first',
  'invitations.none': 'No invitations to show.',
  'invitations.role': 'Role',
  'invitations.organisation': 'Organisation',
  'invitations.issuedBy': 'Invited by',
  'invitations.sentAt': 'Sent',
  'invitations.expiresAt': 'Expires',
  'invitations.status': 'Status',
  'invitations.actions': 'Actions',
  'invitations.status.all': 'All',
  'invitations.status.pending': 'Pending',
  'invitations.status.accepted': 'Accepted',
  'invitations.status.expired': 'Expired',
  'invitations.status.revoked': 'Revoked',
  'invitations.revoke': 'Revoke',
  'invitations.revokeFor': 'Revoke the invitation for {email}',
  'invitations.revoked': 'The invitation has been revoked: its link no longer works.',
  'invitations.notRevocable': 'Only a pending invitation can be revoked.',

  'invitations.newTitle': 'Invite someone',
  'invitations.newIntro':
    'The person receives a link to create their account. It works once and expires after a few days.',
  'invitations.chooseRole': 'Choose a role',
  'invitations.chooseOrganisation': 'Choose an organisation',
  'invitations.organisationHint':
    'Programme roles belong to the programme, partner roles to a partner agency, State roles to a Member State.',
  'invitations.ownStateHint': 'You invite colleagues of your own State only.',
  'invitations.kind.programme': 'Programme',
  'invitations.kind.partner': 'Partner agencies',
  'invitations.kind.state': 'Member States',
  'invitations.send': 'Send the invitation',
  'invitations.cancel': 'Cancel',
  'invitations.roleRequired': 'Choose a role.',
  'invitations.roleNotAllowed': 'You cannot invite someone with this role.',
  'invitations.organisationRequired': 'Choose an organisation.',
  'invitations.ownStateOnly': 'You can only invite colleagues of your own State.',
  'invitations.organisationKindMismatch': 'This role does not belong in this organisation.',
  'invitations.accountExists': 'This address already has an account.',
  'invitations.alreadyInvited':
    'This address already has a pending invitation. Revoke it first to send a new one.',
  'invitations.statusFilter': 'Unknown status.',

  'invitations.createdTitle': 'Invitation created',
  'invitations.emailed': 'The invitation was e-mailed to {email}.',
  'invitations.mailFailed':
    'The e-mail to {email} could not be sent. Give them the link below yourself.',
  'invitations.noMail':
    'E-mail is not set up on this platform: give {email} the link below yourself.',
  'invitations.linkIntro': 'Invitation as {role}, {organisation}.',
  'invitations.link': 'Invitation link',
  'invitations.linkOnce':
    'Shown only now: it is not stored. It works once, until {expires}. Share it only with the person invited.',
  'invitations.linkNotStored':
    'The link itself is not stored. If it was lost, revoke this invitation and send a new one.',
  'invitations.backToList': 'Back to the invitations',
  'invitations.inviteAnother': 'Invite someone else',
  'invitations.detailTitle': 'Invitation',

  'invitations.mail.subject': 'Your invitation to the CT Travel Collaborative Platform',
  'invitations.mail.text':
    '{inviter} has invited you to the Collaborative Online Platform of the UN Countering Terrorist Travel Programme, as {role} ({organisation}).\n\nCreate your account here:\n{link}\n\nThe link works once and expires on {expires}. If you did not expect this invitation, you can ignore this e-mail.',

  'invitations.acceptTitle': 'Create your account',
  'invitations.acceptIntro': 'You have been invited as {role}, {organisation}.',
  'invitations.createAccount': 'Create my account',
  'invitations.accepted': 'Your account is ready. Sign in with your e-mail address and password.',
  'invitations.accountExistsOnAccept':
    'An account with this e-mail address already exists. Sign in instead, or ask for a password reset.',

  'links.invalidTitle': 'This link does not work',
  'links.invalid.invitation':
    'The invitation link is not valid: it may have expired, been used already, or been withdrawn. Ask the person who invited you for a new one.',
  'links.invalid.reset':
    'The password reset link is not valid: it may have expired or been used already.',
  'links.invalid.setup':
    'The set-up link is not valid: it may have expired or been used already, or the platform already has an administrator.',
  'links.requestNew': 'Ask for a new link',
  'links.toLogin': 'Go to the sign-in page',

  'registration.name': 'Your full name',
  'registration.nameRequired': 'Enter your name.',
  'registration.nameTooLong': 'Use at most {max} characters for your name.',
  'registration.password': 'Choose a password',
  'registration.newPassword': 'New password',
  'registration.passwordAgain': 'The same password again',
  'registration.passwordHint':
    'At least 12 characters. A few unrelated words make a strong password that is easy to remember.',
  'password.tooShort': 'Use at least {min, plural, one {# character} other {# characters}}.',
  'password.tooLong': 'Use at most {max, plural, one {# character} other {# characters}}.',
  'password.tooWeak': 'This password is too easy to guess.',
  'password.mismatch': 'The two passwords are not the same.',

  'passwordReset.forgotTitle': 'Forgotten password',
  'passwordReset.forgotIntro':
    'Enter the e-mail address of your account. If it has one, we e-mail it a link to choose a new password.',
  'passwordReset.send': 'Send the link',
  'passwordReset.noMail':
    'E-mail is not set up on this platform. Ask an administrator for a password reset link.',
  'passwordReset.sentTitle': 'Check your e-mail',
  'passwordReset.sent':
    'If an account exists for that address, we have sent it a link to choose a new password. The link works once and expires in a few hours.',
  'passwordReset.resetTitle': 'Choose a new password',
  'passwordReset.resetIntro':
    'Choosing a new password signs your account out everywhere it is signed in.',
  'passwordReset.submit': 'Save the new password',
  'passwordReset.done': 'Your password has been changed. Sign in with the new one.',
  'passwordReset.mail.subject': 'Reset your password: CT Travel Collaborative Platform',
  'passwordReset.mail.text':
    'Hello {name},\n\nSomeone (probably you) asked to reset the password of your account on the Collaborative Online Platform of the UN Countering Terrorist Travel Programme.\n\nChoose a new password here:\n{link}\n\nThe link works once and expires in {hours, plural, one {# hour} other {# hours}}. If you did not ask for it, ignore this e-mail: your password stays as it is.',

  'setup.title': 'Set up the platform',
  'setup.intro':
    'Create the first administrator account. This link works once; more administrators can then be invited.',
  'setup.submit': 'Create the administrator',
  'setup.emailTaken': 'This address already has an account.',
  'setup.done': 'The administrator account is ready. Sign in to continue.',
};
