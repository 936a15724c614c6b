import { decodeInput } from '../../screening/edifact/decode';
import { DiagnosticCollector } from '../../screening/edifact/diagnostic-collector';
import { readInterchange } from '../../screening/edifact/interchange-reader';
import type { Separators } from '../../screening/edifact/separators';
import { tokenize } from '../../screening/edifact/tokenizer';

/**
 * One part of a multi-part PAXLST, sent on its own: an interchange holding exactly one UNH
 * whose S010 says `nn:C` (a part, more to come) or `nn:F` (the last part, nn > 1). A whole
 * multi-part message in one body, or a `01:F`, is no part: it is complete as it is.
 */
export interface MessagePart {
  /** The UNH S010 sequence number (1-based). */
  sequence: number;
  /** True for the final part (`F`): its sequence is the number of parts. */
  final: boolean;
  /** The UNH common access reference (the flight: `XX123/260301/1200`) — what ties parts. */
  commonAccess: string;
  /** The UNB sender, so two senders' parts with the same reference are not mixed. */
  sender: string;
}

/** The part a body holds, or null when the body is a message of its own (or not EDIFACT). */
export function partOf(bytes: Uint8Array): MessagePart | null {
  const interchange = readInterchange(bytes, { collector: new DiagnosticCollector(false) });
  if (interchange.next !== undefined || interchange.messages.length !== 1) return null;
  const [message] = interchange.messages;
  if (message.type !== 'PAXLST' || !message.transfer || !message.commonAccess) return null;
  const { sequence, marker } = message.transfer;
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) return null;
  const final = marker === 'F';
  if (final && sequence === 1) return null;
  return {
    sequence,
    final,
    commonAccess: message.commonAccess.slice(0, 70),
    sender: (interchange.header?.value(1, 0) ?? '').slice(0, 35),
  };
}

/** What is known of a group's parts: received sequences, the total once the final came. */
export interface PartsState {
  received: number[];
  /** The final part's sequence, once received: the number of parts. */
  expected: number | null;
  missing: number[];
  complete: boolean;
}

export function partsState(parts: readonly { sequence: number; final: boolean }[]): PartsState {
  const received = [...new Set(parts.map((part) => part.sequence))].sort((a, b) => a - b);
  const final = parts.find((part) => part.final);
  const expected = final ? final.sequence : null;
  const top = expected ?? Math.max(0, ...received);
  const missing: number[] = [];
  for (let sequence = 1; sequence <= top; sequence++)
    if (!received.includes(sequence)) missing.push(sequence);
  const complete =
    expected !== null && missing.length === 0 && received.every((s) => s <= expected);
  return { received, expected, missing, complete };
}

/** Raised when the parts cannot be put together (different service characters, no UNH…). */
export class ReassemblyError extends Error {}

interface Cut {
  separators: Separators;
  /** UNA, UNB, UNG: everything before the UNH. */
  envelope: string;
  /** UNH … UNT, as written. */
  body: string;
  interchangeReference: string;
  groupReference: string | null;
}

function cut(bytes: Uint8Array): Cut {
  const { text } = decodeInput(bytes);
  const { segments, separators } = tokenize(text, new DiagnosticCollector(false));
  const header = segments.findIndex((segment) => segment.tag === 'UNH');
  const trailer = segments.findIndex((segment, index) => index > header && segment.tag === 'UNT');
  if (header < 0 || trailer < 0) throw new ReassemblyError('a part has no UNH…UNT message');
  const unb = segments.find((segment) => segment.tag === 'UNB');
  const ung = segments.slice(0, header).find((segment) => segment.tag === 'UNG');
  const end = segments[trailer + 1]?.offset ?? text.length;
  return {
    separators,
    envelope: text.slice(0, segments[header].offset),
    body: text.slice(segments[header].offset, end).replace(/\s+$/, ''),
    interchangeReference: unb?.value(4, 0) ?? '',
    groupReference: ung ? ung.value(4, 0) : null,
  };
}

/**
 * The whole message from its parts (in any order): the first part's envelope (UNA, UNB, UNG),
 * every part's UNH…UNT in sequence order, and trailers counted again (UNE, UNZ), so the
 * engine reads it as it reads a multi-part message sent in one piece.
 */
export function reassemble(parts: readonly { sequence: number; bytes: Uint8Array }[]): string {
  const ordered = [...parts].sort((a, b) => a.sequence - b.sequence);
  const cuts = ordered.map((part) => cut(part.bytes));
  const first = cuts[0];
  if (!first) throw new ReassemblyError('no parts');
  const same = JSON.stringify(first.separators);
  if (cuts.some((each) => JSON.stringify(each.separators) !== same))
    throw new ReassemblyError('the parts use different service characters');
  const element = String.fromCharCode(first.separators.element);
  const terminator = String.fromCharCode(first.separators.segment);
  const newline = first.body.includes('\n') ? '\n' : '';
  const segment = (...elements: string[]) => elements.join(element) + terminator + newline;
  let text = first.envelope;
  for (const each of cuts) text += each.body + newline;
  if (first.groupReference !== null) {
    text += segment('UNE', String(cuts.length), first.groupReference);
    text += segment('UNZ', '1', first.interchangeReference);
  } else {
    text += segment('UNZ', String(cuts.length), first.interchangeReference);
  }
  return text;
}
