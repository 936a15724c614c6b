import type { ControlReferences } from '../model/normalised-message';
import { parseYmd, isoTime } from './dates';
import type { EdifactMessage, Interchange } from './interchange';
import { component, optional } from './segment';

export interface MessageEnvelope {
  syntax?: string;
  sender?: string;
  recipient?: string;
  preparedAt?: string;
  controlReferences: ControlReferences;
}

/** `APIS*C3K:ZZ` and the like: an identification with its code qualifier, as one string. */
function party(interchange: Interchange, e: number): string | undefined {
  const header = interchange.header;
  if (!header) return undefined;
  const repeated = header.repetitions?.[e];
  const value = repeated
    ? repeated.map((components) => components[0] ?? '').join('*')
    : component(header, e, 0);
  return value.trim() || undefined;
}

/** Envelope facts for one message: UNB syntax/parties/date, UNG/UNH references. */
export function messageEnvelope(
  interchange: Interchange,
  message: EdifactMessage,
  reference: Date,
): MessageEnvelope {
  const envelope: MessageEnvelope = { controlReferences: {} };
  const header = interchange.header;
  if (header) {
    const syntax = component(header, 0, 0);
    const version = component(header, 0, 1);
    if (syntax) envelope.syntax = version ? `${syntax}:${version}` : syntax;
    envelope.sender = party(interchange, 1);
    envelope.recipient = party(interchange, 2);
    const date = parseYmd(component(header, 3, 0), 'other', reference);
    const time = isoTime(component(header, 3, 1));
    if (date) envelope.preparedAt = time ? `${date}T${time}` : date;
    const interchangeReference = optional(header, 4, 0);
    if (interchangeReference) envelope.controlReferences.interchange = interchangeReference;
  }
  if (message.group) {
    envelope.sender ??= optional(message.group, 1, 0);
    envelope.recipient ??= optional(message.group, 2, 0);
    const groupReference = optional(message.group, 4, 0);
    if (groupReference) envelope.controlReferences.group = groupReference;
  }
  if (message.reference) envelope.controlReferences.message = message.reference;
  if (message.commonAccess) envelope.controlReferences.commonAccess = message.commonAccess;
  if (envelope.sender === undefined) delete envelope.sender;
  if (envelope.recipient === undefined) delete envelope.recipient;
  return envelope;
}
