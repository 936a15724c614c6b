import type { Messages } from '../common/i18n/catalogue';

/** The PIU's screening workspace. */
export const piuMessages: Messages = {
  'nav.screening': 'Screening',
  'screening.youSupervise': 'You are a supervisor of the PIU',
  'screening.supervisorsOnly':
    'Only a supervisor of the PIU may do this. Your State’s focal point makes analysts supervisors.',
  'screening.purpose.title': 'Why are you working with passenger data?',
  'screening.purpose.intro':
    'Every record you open is written to the audit log with the purpose you choose here. It applies until you sign out or change it.',
  'screening.purpose.legend': 'Purpose',
  'screening.purpose.screening': 'Routine screening of flights',
  'screening.purpose.investigation': 'A case or investigation',
  'screening.purpose.lawful-request': 'A request from a competent authority',
  'screening.purpose.data-quality': 'Data quality and carrier compliance',
  'screening.purpose.audit': 'Data-protection audit',
  'screening.purpose.other': 'Other',
  'screening.purpose.note': 'Reference or details',
  'screening.purpose.noteHint':
    'A case or request reference; needed for an investigation, a request, or “other”.',
  'screening.purpose.submit': 'Continue',
  'screening.purpose.missing': 'Choose a purpose.',
  'screening.purpose.noteNeeded': 'Give a reference or a few words for this purpose.',
  'screening.purpose.noteTooLong': 'Keep the reference under 200 characters.',
  'screening.purpose.chosen': 'Purpose recorded. Every record you open is audited with it.',
  'screening.purpose.current': 'Working for:',
  'screening.purpose.change': 'change',
};
