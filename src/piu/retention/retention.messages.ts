import type { Messages } from '../../common/i18n/catalogue';

/** Retention settings, re-identification and the name search of the screening workspace. */
export const retentionMessages: Messages = {
  'retention.workspaceLink': 'Retention of passenger data',
  'retention.title': 'Retention of passenger data',
  'retention.intro':
    'Passenger data is kept only as long as screening needs it. Every day, the travellers of flights older than the first period are depersonalised: names, document numbers, contacts and booking references are masked, the date of birth keeps its year, and the raw messages are deleted; keyed hashes stay so that a supervisor can re-identify a record on a recorded justification. After the second period everything about the flight is deleted.',
  'retention.current': 'Periods in force',
  'retention.defaults': 'The defaults: no supervisor has changed them.',
  'retention.changedAt': 'Last changed {at}.',
  'retention.depersonaliseAfter': 'Depersonalise after',
  'retention.deleteAfter': 'Delete after',
  'retention.confirmedHit': 'Records of a confirmed or escalated hit kept whole for',
  'retention.days': '{count, plural, one {# day} other {# days}}',
  'retention.confirmedHint':
    'Until then such a traveller, their hits and the messages they came from are neither masked nor deleted; after it they follow the two periods above.',
  'retention.lastRun': 'Last run',
  'retention.lastRunAt': 'Started {at}.',
  'retention.neverRun': 'Retention has not run yet for your State: it runs once a day.',
  'retention.lastRunCounts':
    '{depersonalised} travellers and {messages} raw messages depersonalised; {deleted} travellers, {hits} hits, {deletedMessages} messages and {flights} flights deleted; {held} kept whole by a confirmed hit.',
  'retention.supervisorsSet':
    'A supervisor of the PIU sets these periods, within the limits below; every change is audited.',
  'retention.form.title': 'Change the periods',
  'retention.form.depersonaliseHint':
    'Days after the flight’s departure (or its first message): {min} to {max}. The default is {default}.',
  'retention.form.deleteHint':
    'More days than the first period, and at most {max} (10 years). The default is {default} (5 years).',
  'retention.form.confirmedHint':
    'At least the first period, at most {max}. The default is {default}.',
  'retention.form.save': 'Save the periods',
  'retention.form.notDays': 'A whole number of days, from {min} to {max}.',
  'retention.form.outOfBounds': 'From {min} to {max} days.',
  'retention.form.deleteAfterDepersonalise':
    'Delete later than you depersonalise: more than {days} days.',
  'retention.form.confirmedAtLeast':
    'Keep these records whole at least as long as the others: {days} days or more.',
  'retention.saved': 'Retention periods saved. The next daily run applies them.',
  'retention.unchanged': 'Nothing changed: the periods were already these.',

  'retention.reidentify.workspaceLink': 'Re-identify a depersonalised record',
  'retention.reidentify.title': 'Re-identify depersonalised records',
  'retention.reidentify.intro':
    'Depersonalised records keep keyed hashes of the travel document and of the name with the date of birth. Give the document, or the name and date of birth, of the person you need and the reason: the records with the same hash are listed. The search and its justification are written to the audit log, whatever it finds.',
  'retention.reidentify.byLegend': 'Identify the person by',
  'retention.reidentify.by.document': 'travel document',
  'retention.reidentify.by.name': 'name and date of birth',
  'retention.reidentify.documentNumber': 'Document number',
  'retention.reidentify.issuingCountry': 'Issuing country',
  'retention.reidentify.issuingCountryHint': 'A code (KEN, KE) or the name in English.',
  'retention.reidentify.surname': 'Surname',
  'retention.reidentify.givenNames': 'Given names',
  'retention.reidentify.dateOfBirth': 'Date of birth',
  'retention.reidentify.dateOfBirthHint': 'As 1971-04-02.',
  'retention.reidentify.justification': 'Justification',
  'retention.reidentify.justificationHint':
    'The case, request or reason, with its reference: at least {min} characters. It is kept in the audit log.',
  'retention.reidentify.submit': 'Re-identify',
  'retention.reidentify.byMissing': 'Choose how to identify the person.',
  'retention.reidentify.documentMissing': 'Give the document number.',
  'retention.reidentify.countryUnknown': 'Give the issuing country as a code or an English name.',
  'retention.reidentify.surnameMissing': 'Give the surname.',
  'retention.reidentify.givenNamesTooLong': 'Keep the given names under 100 characters.',
  'retention.reidentify.dateInvalid': 'Give the date of birth as 1971-04-02.',
  'retention.reidentify.justificationMissing':
    'Say why you re-identify this person: at least {min} characters.',
  'retention.reidentify.justificationTooLong': 'Keep the justification under {max} characters.',
  'retention.reidentify.results': 'Records found',
  'retention.reidentify.count':
    '{count, plural, =0 {No depersonalised record has this hash.} one {# depersonalised record.} other {# depersonalised records.}}',
  'retention.reidentify.limit': 'Only the {max} most recent are listed.',
  'retention.reidentify.audited':
    'This search was written to the audit log with your justification.',
  'retention.reidentify.record': 'Record',
  'retention.reidentify.flight': 'Flight',
  'retention.reidentify.date': 'Departure',
  'retention.reidentify.role': 'Role',
  'retention.reidentify.nationality': 'Nationality',
  'retention.reidentify.depersonalised': 'Depersonalised',
  'retention.reidentify.hits': 'Hits',
  'retention.reidentify.matched': 'Matched by',
  'retention.reidentify.noHits': 'none',
  'retention.reidentify.matched.document': 'document and issuing country',
  'retention.reidentify.matched.document-number':
    'document number (the record named no issuing country)',
  'retention.reidentify.matched.name-dob': 'name and date of birth',
  'retention.reidentify.matched.name': 'name (the record had no date of birth)',

  'retention.hit.kind.name': 'name',
  'retention.hit.kind.document': 'document',
  'retention.hit.kind.rule': 'rule',
  'retention.hit.status.new': 'new',
  'retention.hit.status.in-review': 'in review',
  'retention.hit.status.proposed': 'proposed',
  'retention.hit.status.cleared': 'cleared',
  'retention.hit.status.confirmed': 'confirmed',
  'retention.hit.status.escalated': 'escalated',
  'retention.hit.one': '{kind} hit, {status}',

  'retention.role.passenger': 'passenger',
  'retention.role.crew': 'crew',
  'retention.role.in-transit-passenger': 'passenger in transit',
  'retention.role.in-transit-crew': 'crew in transit',

  'retention.search.workspaceLink': 'Find a traveller by name',
  'retention.search.title': 'Find a traveller by name',
  'retention.search.intro':
    'Searches the names of the travellers of up to {days} days of flights with the screening engine’s name index: other scripts, spelling variants, typos and any order of the names are found. Each search is written to the audit log with the travellers it shows. Depersonalised travellers have no name left: a supervisor re-identifies them.',
  'retention.search.name': 'Name',
  'retention.search.nameHint':
    'As written anywhere: ЛЮДМИЛА ПЕТРОВА, Ludmilla Petrowa, PETROVA, Ludmila.',
  'retention.search.born': 'Born (optional)',
  'retention.search.bornHint': 'A year (1984) or a date (1984-03-09): it moves the score.',
  'retention.search.from': 'Flights departing from',
  'retention.search.to': 'to',
  'retention.search.windowHint': 'Days as 2026-12-01, both included: {days} days at most.',
  'retention.search.submit': 'Search',
  'retention.search.nameInvalid': 'Give a name of 2 to 100 characters.',
  'retention.search.dateInvalid': 'Give a day as 2026-12-01.',
  'retention.search.bornInvalid': 'Give a year (1984) or a date (1984-03-09).',
  'retention.search.toBeforeFrom': 'The last day comes on or after the first.',
  'retention.search.windowTooLong': 'Search at most {days} days of flights at once.',
  'retention.search.tooMany':
    'More than {max} travellers in these days: search fewer days at once.',
  'retention.search.results': 'Travellers found',
  'retention.search.count':
    '{count, plural, =0 {No traveller’s name comes close.} one {# traveller, best match first.} other {# travellers, best match first.}}',
  'retention.search.searched':
    '{count, plural, one {# traveller searched} other {# travellers searched}} from {from} to {to}.',
  'retention.search.score': 'Score',
  'retention.search.traveller': 'Traveller',
  'retention.search.dateOfBirth': 'Born',
  'retention.search.nationality': 'Nationality',
  'retention.search.flight': 'Flight',
  'retention.search.hits': 'Hits',
};
