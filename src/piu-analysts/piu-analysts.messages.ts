import type { Messages } from '../common/i18n/catalogue';

/** The focal point's page of their State's PIU analysts. */
export const piuAnalystsMessages: Messages = {
  'nav.piuAnalysts': 'PIU analysts',
  'piuAnalysts.title': 'PIU analysts',
  'piuAnalysts.intro':
    'The analysts of your State’s Passenger Information Unit. Only you can help them back into their account: administrators cannot.',
  'piuAnalysts.caption': 'PIU analysts of {state}',
  'piuAnalysts.name': 'Name',
  'piuAnalysts.email': 'E-mail address',
  'piuAnalysts.status': 'Status',
  'piuAnalysts.twoFactor': 'Two-step verification',
  'piuAnalysts.lastLogin': 'Last sign-in',
  'piuAnalysts.actions': 'Recovery',
  'piuAnalysts.active': 'Active',
  'piuAnalysts.deactivated': 'Deactivated',
  'piuAnalysts.locked': 'Locked out',
  'piuAnalysts.never': 'Never',
  'piuAnalysts.none':
    'Your State has no PIU analysts on the platform yet. Invite them from Invitations.',
  'piuAnalysts.resetTwoFactor': 'Reset two-step verification',
  'piuAnalysts.resetTwoFactorLabel': 'Reset two-step verification of {name}',
  'piuAnalysts.issueResetLink': 'Issue a password-reset link',
  'piuAnalysts.issueResetLinkLabel': 'Issue a password-reset link for {name}',
  'piuAnalysts.recoveryHint':
    'Do this only when you have confirmed, by a channel you trust, that the person asking is the analyst. They set up a new authenticator at their next sign-in.',
  'piuAnalysts.twoFactorReset': 'Two-step verification removed from the account of {name}.',
  'piuAnalysts.noTwoFactor': '{name} has no two-step verification to reset.',
  'piuAnalysts.supervisor': 'Supervisor',
  'piuAnalysts.supervisorHint':
    'Supervisors of the PIU issue carriers’ keys, load watchlists, switch rules on and off, set how long passenger data is kept, and re-identify records.',
  'piuAnalysts.makeSupervisor': 'Make supervisor',
  'piuAnalysts.makeSupervisorLabel': 'Make {name} a supervisor of the PIU',
  'piuAnalysts.removeSupervisor': 'Remove as supervisor',
  'piuAnalysts.removeSupervisorLabel': 'Remove {name} as a supervisor of the PIU',
  'piuAnalysts.supervisorGranted': '{name} is now a supervisor of the PIU.',
  'piuAnalysts.supervisorRevoked': '{name} is no longer a supervisor of the PIU.',
  'piuAnalysts.notActive':
    'This account is deactivated. Ask an administrator to reactivate it first.',
};
