import { decodeInput } from './decode';
import { DiagnosticCollector } from './diagnostic-collector';
import type { EdifactMessage, Interchange, TransferStatus } from './interchange';
import { component, optional, type Segment } from './segment';
import { tokenize } from './tokenizer';

export interface ReadOptions {
  /** Strict: the first violation throws an EdifactSyntaxError. Loose (default): warnings. */
  strict?: boolean;
  /** Share a collector with the mappers, so strict mode covers content violations too. */
  collector?: DiagnosticCollector;
  /** For the second and later interchanges of one input: where to start, how to number. */
  from?: number;
  segmentsBefore?: number;
  messagesBefore?: number;
}

const KNOWN_SYNTAXES = new Set([
  'UNOA',
  'UNOB',
  'UNOC',
  'UNOD',
  'UNOE',
  'UNOF',
  'UNOW',
  'UNOY',
  'IATA',
]);

function parseTransfer(segment: Segment): TransferStatus | undefined {
  const sequence = component(segment, 3, 0);
  if (sequence === '') return undefined;
  const number = Number.parseInt(sequence, 10);
  if (!Number.isFinite(number)) return undefined;
  return { sequence: number, marker: component(segment, 3, 1).toUpperCase() };
}

function openMessage(header: Segment, index: number, group: Segment | undefined): EdifactMessage {
  const message: EdifactMessage = {
    index,
    header,
    segments: [],
    type: component(header, 1, 0).toUpperCase(),
    version: component(header, 1, 1),
    release: component(header, 1, 2),
    agency: component(header, 1, 3),
    reference: component(header, 0, 0),
  };
  const association = optional(header, 1, 4);
  if (association) message.association = association;
  const commonAccess = optional(header, 2, 0);
  if (commonAccess) message.commonAccess = commonAccess;
  const transfer = parseTransfer(header);
  if (transfer) message.transfer = transfer;
  if (group) message.group = group;
  return message;
}

function countValue(segment: Segment): number | undefined {
  const raw = component(segment, 0, 0);
  if (!/^\d+$/.test(raw)) return undefined;
  return Number.parseInt(raw, 10);
}

/**
 * Reads one interchange: UNA/UNB/UNG/UNH/UNT/UNE/UNZ envelopes, several messages, control
 * counts and references checked. Loose mode reports violations and reads what is there (a
 * missing UNT ends the message at the next UNH or trailer); strict mode throws the first.
 */
export function readInterchange(
  input: string | Uint8Array,
  options: ReadOptions = {},
): Interchange {
  const decoded = decodeInput(input);
  const collector =
    options.collector ?? new DiagnosticCollector(options.strict ?? false, decoded.byteOffsetOf);
  const { segments, separators, hasUna, next } = tokenize(decoded.text, collector, {
    from: options.from ?? 0,
    numberBefore: options.segmentsBefore ?? 0,
  });
  const messagesBefore = options.messagesBefore ?? 0;

  const interchange: Interchange = {
    separators,
    hasUna,
    messages: [],
    diagnostics: collector.diagnostics,
    encoding: decoded.encoding,
    length: decoded.text.length,
    lastSegmentNumber: segments[segments.length - 1]?.number ?? options.segmentsBefore ?? 0,
  };
  if (next !== undefined) interchange.next = next;

  if (segments.length === 0) {
    collector.report('unexpected-end', 'no EDIFACT segments in the input', { offset: 0 }, 'error');
    return interchange;
  }

  let group: Segment | undefined;
  let groupMessages = 0;
  let groups = 0;
  let current: EdifactMessage | undefined;
  let closedAt = -1;

  const closeMessage = (trailer: Segment | undefined, at: Segment): void => {
    if (!current) return;
    collector.messageIndex = current.index;
    if (trailer) {
      current.trailer = trailer;
      const declared = countValue(trailer);
      const actual = current.segments.length + 2;
      if (declared === undefined) {
        collector.report('unt-count', 'UNT has no segment count', trailer);
      } else if (declared !== actual) {
        collector.report(
          'unt-count',
          `UNT counts ${declared} segments, the message has ${actual}`,
          trailer,
        );
      }
      const reference = component(trailer, 1, 0);
      if (reference === '') {
        collector.report('unt-reference', 'UNT has no message reference', trailer);
      } else if (reference !== current.reference) {
        collector.report(
          'unt-reference',
          `UNT reference '${reference}' differs from UNH '${current.reference}'`,
          trailer,
        );
      }
    } else {
      collector.report('missing-unt', `message ${current.index} has no UNT before ${at.tag}`, at);
    }
    collector.messageIndex = undefined;
    current = undefined;
  };

  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (closedAt >= 0) {
      collector.report('trailing-data', 'data after UNZ ignored', segment);
      break;
    }
    switch (segment.tag) {
      case 'UNB': {
        if (interchange.header || interchange.messages.length > 0 || current) {
          collector.report('unexpected-segment', 'UNB inside an interchange', segment);
          break;
        }
        interchange.header = segment;
        const syntax = component(segment, 0, 0).toUpperCase();
        interchange.syntaxIdentifier = syntax;
        const version = Number.parseInt(component(segment, 0, 1), 10);
        if (Number.isFinite(version)) interchange.syntaxVersion = version;
        if (!KNOWN_SYNTAXES.has(syntax)) {
          collector.report(
            'unknown-syntax',
            `unknown syntax identifier '${syntax.slice(0, 8)}'`,
            segment,
          );
        }
        break;
      }
      case 'UNG':
        if (current) closeMessage(undefined, segment);
        if (group)
          collector.report('missing-une', 'UNG before the previous group ended (no UNE)', segment);
        group = segment;
        groupMessages = 0;
        groups++;
        break;
      case 'UNE': {
        if (current) closeMessage(undefined, segment);
        if (!group) {
          collector.report('unexpected-segment', 'UNE without UNG', segment);
          break;
        }
        const declared = countValue(segment);
        if (declared !== groupMessages) {
          collector.report(
            'une-count',
            `UNE counts ${declared ?? 'no'} messages, the group has ${groupMessages}`,
            segment,
          );
        }
        const reference = component(segment, 1, 0);
        const expected = component(group, 4, 0);
        if (reference !== expected) {
          collector.report(
            'une-reference',
            `UNE reference '${reference}' differs from UNG '${expected}'`,
            segment,
          );
        }
        group = undefined;
        break;
      }
      case 'UNH':
        if (current) closeMessage(undefined, segment);
        if (!interchange.header && interchange.messages.length === 0) {
          collector.report('missing-unb', 'message without UNB interchange header', segment);
        }
        current = openMessage(segment, messagesBefore + interchange.messages.length + 1, group);
        interchange.messages.push(current);
        groupMessages++;
        break;
      case 'UNT':
        if (!current) {
          collector.report('unexpected-segment', 'UNT without UNH', segment);
          break;
        }
        closeMessage(segment, segment);
        break;
      case 'UNZ': {
        if (current) closeMessage(undefined, segment);
        if (group) {
          collector.report('missing-une', 'UNZ before the group ended (no UNE)', segment);
          group = undefined;
        }
        interchange.trailer = segment;
        const declared = countValue(segment);
        const actual = groups > 0 ? groups : interchange.messages.length;
        if (declared !== actual) {
          collector.report(
            'unz-count',
            `UNZ counts ${declared ?? 'no'} ${groups > 0 ? 'groups' : 'messages'}, the interchange has ${actual}`,
            segment,
          );
        }
        if (interchange.header) {
          const reference = component(segment, 1, 0);
          const expected = component(interchange.header, 4, 0);
          if (reference !== expected) {
            collector.report(
              'unz-reference',
              `UNZ reference '${reference}' differs from UNB '${expected}'`,
              segment,
            );
          }
        }
        closedAt = i;
        break;
      }
      default:
        if (current) {
          current.segments.push(segment);
        } else {
          collector.report(
            'segment-outside-message',
            `${segment.tag} outside any UNH…UNT message`,
            segment,
          );
        }
    }
  }

  if (current) {
    const last = segments[segments.length - 1];
    closeMessage(undefined, last);
  }
  if (!interchange.header && interchange.messages.length === 0) {
    collector.report(
      'missing-unh',
      'no UNB and no UNH: not an EDIFACT interchange',
      segments[0],
      'error',
    );
  } else if (interchange.header && closedAt < 0) {
    collector.report(
      'missing-unz',
      'interchange has no UNZ trailer',
      segments[segments.length - 1],
    );
  }
  if (interchange.messages.length === 0 && interchange.header) {
    collector.report(
      'missing-unh',
      'interchange carries no UNH message',
      interchange.header,
      'error',
    );
  }
  return interchange;
}
