import type { Messages } from '../../common/i18n/catalogue';

/** Carriers, keys, messages, the upload page, the carrier dashboard and the carrier API. */
export const ingestionMessages: Messages = {
  'ingestion.nav.messages': 'Messages',
  'ingestion.nav.carriers': 'Carriers and keys',
  'ingestion.nav.upload': 'Upload messages',
  'ingestion.nav.apiDocs': 'Carrier API documentation',

  'ingestion.status.parsed': 'Parsed',
  'ingestion.status.failed': 'Failed',
  'ingestion.status.waiting-for-parts': 'Waiting for parts',
  'ingestion.status.incomplete': 'Incomplete',
  'ingestion.source.api': 'Carrier API',
  'ingestion.source.upload': 'Upload',

  'ingestion.carriers.title': 'Carriers and keys',
  'ingestion.carriers.intro':
    'The airlines and ship operators that send passenger data to your State, and the keys they send it with. Only supervisors of the PIU add carriers and issue or revoke keys.',
  'ingestion.carriers.none': 'No carrier yet.',
  'ingestion.carriers.code': 'Code',
  'ingestion.carriers.codeHint': 'IATA (2 characters) or ICAO (3 letters), as in the messages.',
  'ingestion.carriers.name': 'Name',
  'ingestion.carriers.kind': 'Kind',
  'ingestion.carriers.kind.airline': 'Airline',
  'ingestion.carriers.kind.ship-operator': 'Ship operator',
  'ingestion.carriers.messages30': 'Messages (30 days)',
  'ingestion.carriers.add': 'Add a carrier',
  'ingestion.carriers.added': 'Carrier {code} added.',
  'ingestion.carriers.kindMissing': 'Choose airline or ship operator.',
  'ingestion.carriers.codeInvalid':
    'Give the IATA code (2 characters) or the ICAO code (3 letters).',
  'ingestion.carriers.codeTaken': 'Your State already has a carrier with this code.',
  'ingestion.carriers.nameMissing': 'Give the carrier’s name.',
  'ingestion.carriers.nameTooLong': 'Keep the name under 120 characters.',

  'ingestion.carrier.title': 'Carrier {code}',
  'ingestion.carrier.messagesLink': 'This carrier’s messages',
  'ingestion.keys.title': 'API keys',
  'ingestion.keys.inUse':
    '{count, plural, =0 {No key in use} one {# key in use} other {# keys in use}}',
  'ingestion.keys.prefix': 'Key',
  'ingestion.keys.label': 'Label',
  'ingestion.keys.labelHint': 'What the key is for, e.g. “production” or “test system”.',
  'ingestion.keys.labelTooLong': 'Keep the label under 80 characters.',
  'ingestion.keys.issued': 'Issued',
  'ingestion.keys.lastUsed': 'Last used',
  'ingestion.keys.lastUsedFrom': '{time} from {ip}',
  'ingestion.keys.never': 'Never',
  'ingestion.keys.status': 'Status',
  'ingestion.keys.active': 'Active',
  'ingestion.keys.revokedOn': 'Revoked {time}',
  'ingestion.keys.revoke': 'Revoke',
  'ingestion.keys.revoked':
    'Key {prefix}… revoked: the carrier’s calls with it are refused from now on.',
  'ingestion.keys.issue': 'Issue a key',
  'ingestion.keys.none': 'No key issued.',
  'ingestion.keys.issuedTitle': 'New API key',
  'ingestion.keys.issuedIntro':
    'This is the only time the key is shown: copy it now and hand it to {name} ({code}) by a secure channel. The portal keeps only a keyed hash of it.',
  'ingestion.keys.howToUse':
    'The carrier sends it in the X-API-Key header (or as Authorization: Bearer) with each message. See the carrier API documentation.',
  'ingestion.keys.back': 'Back to the carrier',

  'ingestion.dashboard.title': 'Dashboard: last {days} days',
  'ingestion.dashboard.chart':
    'Messages per day over the last {days} days: {count, plural, one {# message} other {# messages}} in all',
  'ingestion.dashboard.perDayTable': 'The figures day by day',
  'ingestion.dashboard.perDay': 'Messages per day',
  'ingestion.dashboard.day': 'Day',
  'ingestion.dashboard.count': 'Messages',
  'ingestion.dashboard.messages':
    '{count, plural, =0 {No message} one {# message} other {# messages}}',
  'ingestion.dashboard.timeliness': 'Timeliness',
  'ingestion.dashboard.timelinessHint':
    'Hours from receipt to the scheduled departure. API (PAXLST) is due by check-in closing and counted late when it arrives after the scheduled departure; PNR (PNRGOV) is counted late when it arrives less than 24 hours before departure. Departure times are the local times the messages give, read as UTC: figures may be off by the airport’s time difference.',
  'ingestion.dashboard.api': 'API (PAXLST)',
  'ingestion.dashboard.pnr': 'PNR (PNRGOV)',
  'ingestion.dashboard.timed': 'Messages with a departure time',
  'ingestion.dashboard.median': 'Median hours before departure',
  'ingestion.dashboard.late': 'Late',
  'ingestion.dashboard.percent': '{value} %',
  'ingestion.dashboard.hours': '{value} h',
  'ingestion.dashboard.none': '–',
  'ingestion.dashboard.completeness': 'Completeness',
  'ingestion.dashboard.completenessHint': 'Share of the {count} travellers in these messages with:',
  'ingestion.dashboard.document': 'a travel document',
  'ingestion.dashboard.birth': 'a date of birth',
  'ingestion.dashboard.nationality': 'a nationality',
  'ingestion.dashboard.failures': 'Parse failures',
  'ingestion.dashboard.failed': '{failed} of {total} messages failed',
  'ingestion.dashboard.frequentError':
    'Most frequent error, {count, plural, one {# time} other {# times}}:',

  'ingestion.messages.title': 'Messages',
  'ingestion.messages.intro':
    'Every API and PNR message your State received, newest first, with its status. Open one to read it: its content is passenger data, and reading it is audited with your purpose.',
  'ingestion.messages.upload': 'Upload messages',
  'ingestion.messages.status': 'Status',
  'ingestion.messages.kind': 'Kind',
  'ingestion.messages.carrier': 'Carrier',
  'ingestion.messages.on': 'Received on',
  'ingestion.messages.any': 'Any',
  'ingestion.messages.filter': 'Filter',
  'ingestion.messages.clear': 'Clear',
  'ingestion.messages.filterInvalid': 'Choose a value from the list.',
  'ingestion.messages.dateInvalid': 'Give a date as YYYY-MM-DD.',
  'ingestion.messages.none': 'No message.',
  'ingestion.messages.warnings': '{count, plural, one {# warning} other {# warnings}}',
  'ingestion.messages.count': '{count, plural, one {# message} other {# messages}}',
  'ingestion.messages.received': 'Received',
  'ingestion.messages.flight': 'Flight',
  'ingestion.messages.departure': 'Departure',
  'ingestion.messages.route': 'Route',
  'ingestion.messages.travellers': 'Travellers',
  'ingestion.messages.source': 'Source',
  'ingestion.messages.error': 'Error',
  'ingestion.messages.caption': 'Messages received, newest first',
  'ingestion.messages.open': 'Message {id}',

  'ingestion.message.title': 'Message {id}',
  'ingestion.message.facts': 'About this message',
  'ingestion.message.size': 'Size',
  'ingestion.message.bytes': '{count} bytes',
  'ingestion.message.screening': 'Screening',
  'ingestion.message.screening.pending': 'Waiting for screening',
  'ingestion.message.screening.not-applicable': 'Not screened',
  'ingestion.message.completeness': 'Travellers with a document / date of birth / nationality',
  'ingestion.message.completenessValue': '{document} / {birth} / {nationality} of {total}',
  'ingestion.message.parts': 'Parts',
  'ingestion.message.partsReceived': 'Received: {list}',
  'ingestion.message.partsExpected': 'Expected: {count}',
  'ingestion.message.partsMissing': 'Missing: {list}',
  'ingestion.message.finalMissing':
    'The final part has not arrived: how many parts there are is not known yet.',
  'ingestion.message.incompleteHint':
    'Parts were still missing when the waiting time ran out. A late part is still taken and completes the message.',
  'ingestion.message.diagnostics': 'Errors and warnings',
  'ingestion.message.noDiagnostics': 'None.',
  'ingestion.message.severity.error': 'Error',
  'ingestion.message.severity.warning': 'Warning',
  'ingestion.message.where': 'segment {number} ({tag}), byte {offset}',
  'ingestion.message.raw': 'The message as received',
  'ingestion.message.rawHint':
    'Payment card numbers were masked before storage. This text is passenger data: your reading was recorded with your purpose.',
  'ingestion.message.rawDeleted':
    'Deleted on {date}, when retention depersonalised the flight’s travellers: the message’s facts and diagnostics stay until it is deleted.',
  'ingestion.message.part': 'Part {sequence}',
  'ingestion.message.whole': 'Received whole',
  'ingestion.message.partReceived': 'received {time}, {size} bytes',

  'ingestion.upload.title': 'Upload messages',
  'ingestion.upload.intro':
    'PAXLST (API) or PNRGOV (PNR) files, up to {max} MB each and {files} at a time. Each is stored with its parse status, as if the carrier had sent it; a file already received is recognised and not stored twice.',
  'ingestion.upload.files': 'Files',
  'ingestion.upload.submit': 'Upload',
  'ingestion.upload.noFile': 'Choose at least one file.',
  'ingestion.upload.results': 'What became of each file',
  'ingestion.upload.duplicate': 'Already received: message {id}.',
  'ingestion.upload.outcome.parsed': 'Stored and parsed: message {id}.',
  'ingestion.upload.outcome.failed': 'Stored, but it could not be read ({code}): message {id}.',
  'ingestion.upload.outcome.waiting-for-parts':
    'Stored: a part of message {id}, waiting for its other parts.',
  'ingestion.upload.outcome.incomplete':
    'Stored: a part of message {id}, which is still incomplete.',

  'ingestion.error.emptyBody': 'The body is empty: send the EDIFACT message as the request body.',
  'ingestion.error.tooLarge': 'The message is larger than {max} MB and was not stored.',
  'ingestion.error.missingKey':
    'No API key: send it in the X-API-Key header or as Authorization: Bearer.',
  'ingestion.error.unknownKey': 'The API key is unknown or was revoked.',
  'ingestion.error.rateLimited': 'Too many messages with this key: try again in {seconds} s.',
  'ingestion.error.wrongState':
    'The flight neither departs from nor arrives in {state} (the message names {countries}): it was not stored. Send it to the State it concerns.',
  'ingestion.error.partConflict':
    'Part {sequence} of message {id} was already received with different content: it was not stored. Resend the same bytes, or start the message again with a new reference.',

  'ingestion.api.title': 'Carrier API: passenger data messages',
  'ingestion.api.intro': 'For the engineers of a carrier that sends API and PNR data to a State.',
  'ingestion.api.description':
    'Carriers push UN/EDIFACT PAXLST (API) and PNRGOV (PNR) messages to the Passenger Information Unit of a State. Each carrier holds an API key issued by that State’s PIU; the key sends messages to that State only.',
  'ingestion.api.post.summary': 'Send one message',
  'ingestion.api.post.description':
    'The body is the message as it is (an interchange, UNA/UNB to UNZ), up to {max} MB, in any content type. A multi-part PAXLST (UNH S010 01:C, 02:C … nn:F) may be sent one part per request, in any order: the parts are kept until all have arrived. Sending the same bytes again is safe: the answer names the message already stored.',
  'ingestion.api.post.body': 'The raw EDIFACT interchange (UTF-8, ISO 8859-1 or ASCII).',
  'ingestion.api.auth': 'Authentication',
  'ingestion.api.auth.apiKey': 'The key the State’s PIU issued to the carrier.',
  'ingestion.api.auth.bearer': 'The same key as a bearer token, for clients that only send that.',
  'ingestion.api.endpoint': 'Endpoint',
  'ingestion.api.mediaTypes': 'Content types accepted',
  'ingestion.api.answers': 'Answers',
  'ingestion.api.status': 'Status',
  'ingestion.api.meaning': 'Meaning',
  'ingestion.api.codes': 'Codes',
  'ingestion.api.example': 'Example',
  'ingestion.api.json': 'The same description as an OpenAPI 3.1 document',
  'ingestion.api.retryAfter': 'Seconds to wait before sending again.',
  'ingestion.api.answer.accepted':
    'Stored. `status` is `parsed`, or `waiting-for-parts` for a part of a multi-part message (with `parts`).',
  'ingestion.api.answer.resent':
    'These exact bytes were received before: nothing new was stored, and the first message is named.',
  'ingestion.api.answer.unreadable':
    'The body is empty (not stored), or the message could not be read: it is stored with the parser’s error (`id`), which `error` locates. A body that is not EDIFACT (JSON, XML) is stored as failed too.',
  'ingestion.api.answer.unauthorised': 'No key, or a key that is unknown or revoked.',
  'ingestion.api.answer.conflict':
    'A part of a multi-part message already received with different bytes: not stored.',
  'ingestion.api.answer.tooLarge':
    'The body is over {max} MB: not stored, refused as soon as the limit is passed.',
  'ingestion.api.answer.wrongState':
    'The message’s flight neither departs from nor arrives in the key’s State (when the message says where): not stored.',
  'ingestion.api.answer.rateLimited':
    'Too many requests with this key in the last minute: wait as Retry-After says.',
  'ingestion.api.field.id': 'The message’s id in the State’s workspace.',
  'ingestion.api.field.status': 'What became of the message.',
  'ingestion.api.field.duplicate': 'True when these bytes had been received before.',
  'ingestion.api.field.parts':
    'A multi-part message: parts received, expected (once the final part came), missing.',
  'ingestion.api.field.code': 'A stable code to act on.',
  'ingestion.api.field.message': 'A readable explanation, in English.',
  'ingestion.api.field.storedId':
    'Set when the message was stored all the same (an unreadable one).',
  'ingestion.api.field.error':
    'The parser’s first error: its code and the segment where it happened.',
  'ingestion.api.example.empty-body':
    'The body is empty: send the EDIFACT message as the request body.',
  'ingestion.api.example.missing-key':
    'No API key: send it in the X-API-Key header or as Authorization: Bearer.',
  'ingestion.api.example.part-conflict':
    'Part 2 of message 4182 was already received with different content.',
  'ingestion.api.example.too-large': 'The message is larger than 5 MB and was not stored.',
  'ingestion.api.example.wrong-state':
    'The flight neither departs from nor arrives in KEN: it was not stored.',
  'ingestion.api.example.rate-limited': 'Too many messages with this key: try again in 12 s.',
};
