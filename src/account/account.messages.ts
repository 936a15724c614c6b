import type { Messages } from '../common/i18n/catalogue';

/** A person's own pages: overview, profile, password, sessions. (Two-factor keys are the shell's.) */
export const accountMessages: Messages = {
  'account.title': 'My account',
  'account.intro': 'Your details on the platform and how you sign in.',
  'account.email': 'E-mail address',
  'account.organisation': 'Organisation',
  'account.role': 'Role',
  'account.languages': 'Languages spoken',
  'account.noLanguages': 'None given',
  'account.timeZone': 'Time zone',
  'account.profileHeading': 'Profile',
  'account.editProfile': 'Edit your profile',
  'account.securityHeading': 'Signing in',
  'account.changePassword': 'Change your password',
  'account.twoFactor': 'Two-step verification',
  'account.twoFactorRequired': 'Required for your role.',
  'account.manageTwoFactor': 'Manage two-step verification',
  'account.sessionCount':
    'Signed in on {count, plural, one {# device or browser} other {# devices or browsers}}.',
  'account.manageSessions': 'See active sessions',

  'account.profile.title': 'Your profile',
  'account.profile.readOnly':
    'Your e-mail address, organisation and role are managed by the programme. Ask an administrator to change them.',
  'account.profile.name': 'Full name',
  'account.profile.unLanguages': 'UN languages you speak',
  'account.profile.otherLanguages': 'Other languages',
  'account.profile.otherLanguagesHint':
    'Two-letter ISO 639-1 codes, separated by commas, for example: sw, pt, de',
  'account.profile.timeZone': 'Time zone',
  'account.profile.timeZoneHint': 'Dates and times are shown to you in this time zone.',
  'account.profile.save': 'Save profile',
  'account.profile.saved': 'Your profile is saved.',
  'account.profile.nameTooLong': 'Use at most 200 characters.',
  'account.profile.languageInvalid': 'Choose among the languages listed.',
  'account.profile.otherLanguagesTooLong': 'Use at most 200 characters.',
  'account.profile.unknownLanguages': 'Not ISO 639-1 language codes: {codes}.',
  'account.profile.tooManyLanguages':
    'List at most {max, plural, one {# language} other {# languages}}.',
  'account.profile.timeZoneInvalid': 'Choose a time zone from the list.',
  'account.profile.locale': 'Language of the portal',
  'account.profile.localeHint': 'Pages, messages and dates are shown in this language.',
  'account.profile.localeBrowser': "Your browser's language",
  'account.profile.localeInvalid': 'Choose a language from the list.',

  'account.password.title': 'Change your password',
  'account.password.intro':
    'Use at least {min, plural, one {# character} other {# characters}}: a few uncommon words make a strong password. Your other sessions end when it changes.',
  'account.password.current': 'Current password',
  'account.password.new': 'New password',
  'account.password.again': 'New password again',
  'account.password.submit': 'Change password',
  'account.password.changed': 'Your password is changed. Your other sessions have ended.',
  'account.password.currentWrong': 'That is not your current password.',
  'account.password.mismatch': 'The two new passwords are not the same.',
  'account.password.same': 'Choose a password different from the current one.',
  'account.password.tooLong': 'Use at most {max, plural, one {# character} other {# characters}}.',
  'account.password.inputTooLong': 'Too long.',
  'account.password.tooShort':
    'Use at least {min, plural, one {# character} other {# characters}}.',
  'account.password.tooWeak': 'This password is too easy to guess.',

  'account.sessions.title': 'Active sessions',
  'account.sessions.intro':
    'Where your account is signed in now. If you do not recognise one, log out the other sessions and change your password.',
  'account.sessions.caption': 'Your signed-in sessions',
  'account.sessions.device': 'Browser',
  'account.sessions.started': 'Signed in',
  'account.sessions.lastSeen': 'Last active',
  'account.sessions.ip': 'IP address',
  'account.sessions.this': 'This session',
  'account.sessions.pending': 'Password given, second step not done',
  'account.sessions.unknownBrowser': 'Unknown browser',
  'account.sessions.on': '{browser} on {system}',
  'account.sessions.endOthers': 'Log out other sessions',
  'account.sessions.noOthers': 'You are not signed in anywhere else.',
  'account.sessions.ended':
    'Logged out of {count, plural, one {# other session} other {# other sessions}}.',
};
