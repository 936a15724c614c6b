// The English catalogue gathers every module's messages, so it sits outside src/common/ (which
// imports no feature): like app.module.ts for modules, this file is where the parts meet.
import type { Catalogue, Messages } from '../common/i18n/catalogue';
import { invitationsMessages } from '../invitations/invitations.messages';
import { adminMessages } from '../admin/admin.messages';
import { statesMessages } from '../member-states/member-states.messages';
import { assessmentsMessages } from '../programme/assessments/assessments.messages';
import { accountMessages } from '../account/account.messages';
import { piuAnalystsMessages } from '../piu-analysts/piu-analysts.messages';
import { piuMessages } from '../piu/piu.messages';
import { watchlistsMessages } from '../piu/watchlists/watchlists.messages';
import { ingestionMessages } from '../piu/ingestion/ingestion.messages';
import { rulesMessages } from '../piu/rules/rules.messages';
import { vettingMessages } from '../piu/vetting/vetting.messages';
import { retentionMessages } from '../piu/retention/retention.messages';
import { hitsMessages } from '../piu/hits/hits.messages';
import { passwordAdviceMessages } from '../auth/passwords/password-advice';
import { auditMessages } from '../audit/audit.messages';
import { notificationsMessages } from '../notifications/notifications.messages';
import { searchMessages } from '../search/search.messages';
import { libraryMessages } from '../library/library.messages';
import { iwgMessages } from '../iwg/iwg.messages';
import { meetingsMessages } from '../iwg/meetings/meetings.messages';
import { conversationsMessages } from '../conversations/conversations.messages';
import { roadmapsMessages } from '../programme/roadmaps/roadmaps.messages';
import { expertsMessages } from '../experts/experts.messages';
import { programmeDashboardsMessages } from '../programme/dashboards/programme-dashboards.messages';
import { trainingMessages } from '../training/training.messages';
import { documentsMessages } from '../documents/documents.messages';

/**
 * English: the reference catalogue. Shell, sign-in and error strings are here; each feature
 * module keeps its own strings in `<feature>.messages.ts`, merged below. A new language is one
 * such catalogue (with `direction: 'rtl'` for Arabic) and no template changes.
 */
const shellMessages: Messages = {
  'app.name': 'CT Travel Collaborative Platform',
  'app.skipToContent': 'Skip to content',
  'app.footer': 'UN Countering Terrorist Travel Programme · restricted to invited members',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.states': 'Member States',
  'nav.invitations': 'Invitations',
  'nav.users': 'Users',
  'nav.audit': 'Audit log',
  'nav.account': 'My account',
  'nav.logout': 'Sign out',

  'roles.admin': 'Administrator',
  'roles.staff': 'Programme staff',
  'roles.partner': 'Partner agency',
  'roles.focal-point': 'National focal point',
  'roles.official': 'Member State official',
  'roles.expert': 'Pool of Experts',
  'roles.piu-analyst': 'PIU analyst',

  'status.interested': 'Interested',
  'status.joined': 'Joined',
  'status.assessed': 'Assessed',
  'status.implementing': 'Implementing',
  'status.graduated': 'Graduated',
  'status.none': 'Not in the programme',

  'app.mark': 'UN',

  'fields.email': 'E-mail address',
  'fields.password': 'Password',
  'fields.code': 'Code',

  'forms.hasErrors': 'Please correct the fields marked below.',
  'validation.required': 'This field is required.',
  'validation.email': 'Enter a valid e-mail address.',
  'validation.emailTooLong': 'An e-mail address has at most {max} characters.',

  'pagination.label': 'Pages',
  'pagination.first': 'First page',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.newest': 'Newest',
  'pagination.newer': 'Newer',
  'pagination.older': 'Older',
  'pagination.page': 'Page {page}',
  'pagination.pageOf': 'Page {page} of {pages}',
  'lists.pageInvalid': 'Choose a page number from 1.',
  'lists.search': 'Search',

  'login.title': 'Sign in',
  'login.intro': 'This platform is restricted to invited members of the programme.',
  'login.submit': 'Sign in',
  'login.forgot': 'Forgotten your password?',
  'login.failed':
    'The e-mail address or password is not correct, or the account cannot sign in right now.',

  'twoFactor.signInTitle': 'Two-step verification',
  'twoFactor.signInIntro':
    'Enter the six-digit code from your authenticator app, or one of your recovery codes.',
  'twoFactor.verify': 'Verify',
  'twoFactor.invalid': 'That code is not valid. Codes change every 30 seconds and work once.',
  'twoFactor.codeFormat': 'Enter the six-digit code or a recovery code.',

  'terms.title': 'Terms of use and privacy notice',
  'terms.version': 'Version {version}',
  'terms.updated':
    'The terms have changed since you last accepted them. Please read and accept the new version to continue.',
  'terms.accept': 'I have read and accept the terms of use and the privacy notice.',
  'terms.continue': 'Accept and continue',
  'terms.mustAccept': 'You must accept the terms to use the platform.',
  'terms.useHeading': 'Terms of use',
  'terms.use1':
    'This platform is provided by the UN Countering Terrorist Travel Programme to invited members only. Use it for the purposes of the programme, keep your credentials to yourself and report any suspected misuse of your account to the programme team.',
  'terms.use2':
    'Content shared here may be restricted to a State, a region or programme staff. Do not share it outside the audience it is marked for.',
  'terms.privacyHeading': 'Privacy notice',
  'terms.privacy1':
    'We keep your name, e-mail address, organisation, role, language and time zone to run your account, and a log of security events (sign-ins, changes to accounts) to protect the platform.',
  'terms.privacy2':
    "Passenger data processed in a PIU's screening module belongs to that State and is seen only by its PIU analysts; every access is logged.",

  'twoFactor.title': 'Two-step verification',
  'twoFactor.enabledText':
    'Your account asks for a code from your authenticator app at every sign-in.',
  'twoFactor.remaining':
    '{count, plural, one {# unused recovery code left.} other {# unused recovery codes left.}}',
  'twoFactor.disable': 'Turn off two-step verification',
  'twoFactor.disabled': 'Two-step verification is off.',
  'twoFactor.cannotDisable': 'Your role must keep two-step verification on.',
  'twoFactor.requiredText': 'Your role must use two-step verification. Set it up now to continue.',
  'twoFactor.step1': '1. Scan this code with your authenticator app',
  'twoFactor.qrLabel': 'QR code for your authenticator app',
  'twoFactor.manual': 'Or enter this key by hand:',
  'twoFactor.step2': '2. Enter the six-digit code the app shows',
  'twoFactor.confirm': 'Turn on',
  'twoFactor.noEnrolment': 'Reload the page to start setting up two-step verification.',
  'twoFactor.codesTitle': 'Your recovery codes',
  'twoFactor.enrolled': 'Two-step verification is on.',
  'twoFactor.codesText':
    'Keep these codes somewhere safe. Each one lets you sign in once if you lose your phone. They will not be shown again.',
  'twoFactor.codesDone': 'I have saved them',
  'twoFactor.replace': 'Set up a new authenticator app',
  'twoFactor.replaceText':
    'Scan this code with the new app. Your current app and recovery codes stop working once the new app is confirmed.',
  'twoFactor.passwordLabel': 'Your password',
  'twoFactor.passwordOrCodeLabel': 'Your password, or a code from your current app',
  'twoFactor.confirmHint': 'We ask again to be sure it is you.',
  'twoFactor.passwordWrong': 'That is not your password.',
  'twoFactor.identityWrong': 'That is neither your password nor a current code.',

  'home.title': 'Home',
  'home.greeting': 'Welcome, {name}',
  'home.yourState': 'Your State',
  'home.yourOrganisation': 'Your organisation',
  'home.programmeStatus': 'Programme status',
  'home.colleagues':
    '{count, plural, one {# active member} other {# active members}} of your organisation on the platform.',
  'home.security': 'Account security',
  'home.lastLogin': 'Previous sign-in',
  'home.firstLogin': 'This is your first sign-in',
  'home.twoFactor': 'Two-step verification',
  'home.on': 'On',
  'home.off': 'Off',
  'home.blockUnavailable':
    'This part of your page could not be loaded just now. Reload the page to try again.',
  'home.manageAccount': 'Manage your account',
  'home.pillars': 'Programme pillars',

  'errors.badRequest': 'The request could not be processed',
  'errors.badRequestText': 'Something in the request was not right. Go back and try again.',
  'errors.forbidden': 'Not available to your role',
  'errors.forbiddenText': 'This part of the platform is not available to your role.',
  'errors.notFound': 'Page not found',
  'errors.notFoundText': 'There is nothing here, or it is not available to you.',
  'errors.tooLarge': 'Too large',
  'errors.bodyTooDeep': 'The request body is nested too deeply (at most {max} levels).',
  'errors.tooMany': 'Too many requests',
  'errors.tooManyText': 'Too many attempts in a short time. Wait a minute and try again.',
  'errors.internal': 'Something went wrong',
  'errors.internalText':
    'An unexpected error occurred. It has been logged; quote the reference below if you contact support.',
  'errors.unavailable': 'Temporarily unavailable',
  'errors.unavailableText':
    'The platform cannot reach its database right now. Please try again in a moment.',
  'errors.reference': 'Reference:',
  'errors.home': 'Go to the home page',
};

export const en: Catalogue = {
  locale: 'en',
  name: 'English',
  direction: 'ltr',
  // The programme writes British English ("organisation"), and dates as "23 Nov 2026".
  formatLocale: 'en-GB',
  messages: {
    ...shellMessages,
    ...invitationsMessages,
    ...adminMessages,
    ...statesMessages,
    ...assessmentsMessages,
    ...accountMessages,
    ...piuAnalystsMessages,
    ...piuMessages,
    ...watchlistsMessages,
    ...ingestionMessages,
    ...rulesMessages,
    ...vettingMessages,
    ...retentionMessages,
    ...hitsMessages,
    ...passwordAdviceMessages,
    ...auditMessages,
    ...notificationsMessages,
    ...searchMessages,
    ...libraryMessages,
    ...iwgMessages,
    ...meetingsMessages,
    ...conversationsMessages,
    ...roadmapsMessages,
    ...expertsMessages,
    ...programmeDashboardsMessages,
    ...trainingMessages,
    ...documentsMessages,
  },
};
