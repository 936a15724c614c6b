import { decodeInput } from './edifact/decode';
import { DiagnosticCollector } from './edifact/diagnostic-collector';
import { EdifactSyntaxError } from './edifact/edifact-syntax-error';
import type { EdifactMessage, Interchange } from './edifact/interchange';
import { readInterchange } from './edifact/interchange-reader';
import type { MappingContext } from './edifact/mapping-context';
import { newMessage } from './edifact/model-factory';
import type { Diagnostic } from './model/diagnostic';
import type { NormalisedMessage } from './model/normalised-message';
import type { ParseOptions, ParseResult } from './model/parse-result';
import { mapPaxlst } from './paxlst/paxlst-parser';
import { mapPnrgov } from './pnrgov/pnrgov-parser';

export type { ParseOptions, ParseResult } from './model/parse-result';

/**
 * Groups PAXLST messages into manifests: consecutive parts of a multi-part message (UNH S010
 * `01:C` … `nn:F`, same common access reference) go together; any other message stands alone.
 */
function manifests(messages: readonly EdifactMessage[]): EdifactMessage[][] {
  const groups: EdifactMessage[][] = [];
  let open: EdifactMessage[] | undefined;
  for (const message of messages) {
    if (message.type !== 'PAXLST' || !message.transfer) {
      open = undefined;
      groups.push([message]);
      continue;
    }
    const first = open?.[0];
    const continues =
      open !== undefined &&
      first !== undefined &&
      first.commonAccess === message.commonAccess &&
      message.transfer.sequence > (open[open.length - 1]?.transfer?.sequence ?? 0);
    if (continues && open) {
      open.push(message);
    } else {
      open = [message];
      groups.push(open);
    }
    if (message.transfer.marker === 'F') open = undefined;
  }
  return groups;
}

/** A message that could not be mapped: kept with its envelope and its error. */
function failedMessage(
  parts: readonly EdifactMessage[],
  interchange: Interchange,
  reference: Date,
  error: Diagnostic,
): NormalisedMessage {
  const first = parts[0];
  const pnrgov = first.type === 'PNRGOV';
  return newMessage({
    format: pnrgov ? 'PNRGOV' : 'PAXLST',
    // Unlike the PAXLST mapper, the directory is kept as written (not upper-cased) here.
    version: pnrgov ? `${first.version}.${first.release}` : `${first.version}${first.release}`,
    parts,
    interchange,
    reference,
    error,
  });
}

function internalError(error: unknown, parts: readonly EdifactMessage[]): Diagnostic {
  const first = parts[0];
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const diagnostic: Diagnostic = {
    severity: 'error',
    code: 'unreadable-message',
    message: `message could not be mapped: ${reason}`,
  };
  if (first) {
    diagnostic.segmentNumber = first.header.number;
    diagnostic.segmentTag = 'UNH';
    diagnostic.offset = first.header.offset;
    diagnostic.messageIndex = first.index;
  }
  return diagnostic;
}

/**
 * One entry for every incoming message: bytes or text → PAXLST or PNRGOV detected per UNH →
 * normalised messages plus diagnostics. Loose mode (default) never throws: a malformed
 * interchange or message comes back with its error so ingestion can store it. Strict mode throws
 * an EdifactSyntaxError at the first violation.
 */
export function parseMessage(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const strict = options.strict ?? false;
  const reference = options.referenceDate ?? new Date();
  const decoded = typeof input === 'string' ? undefined : decodeInput(input);
  const collector = new DiagnosticCollector(strict, decoded?.byteOffsetOf);
  const text = decoded ? decoded.text : (input as string);
  const interchanges: Interchange[] = [];
  try {
    // One input may hold several interchanges back to back: each is read, none is dropped.
    let from = 0;
    let segmentsBefore = 0;
    let messagesBefore = 0;
    for (;;) {
      const interchange = readInterchange(text, {
        collector,
        from,
        segmentsBefore,
        messagesBefore,
      });
      if (decoded) interchange.encoding = decoded.encoding;
      interchanges.push(interchange);
      if (interchange.next === undefined || interchange.next <= from) break;
      from = interchange.next;
      segmentsBefore = interchange.lastSegmentNumber;
      messagesBefore += interchange.messages.length;
    }
  } catch (error) {
    if (strict || !(error instanceof EdifactSyntaxError)) {
      if (error instanceof EdifactSyntaxError) throw error;
      const diagnostic = internalError(error, []);
      return { messages: [], diagnostics: [diagnostic], error: diagnostic, ok: false };
    }
    return { messages: [], diagnostics: [error.diagnostic], error: error.diagnostic, ok: false };
  }

  const messages: NormalisedMessage[] = [];
  for (const interchange of interchanges) {
    const context: MappingContext = { collector, interchange, reference };
    for (const parts of manifests(interchange.messages)) {
      const first = parts[0];
      if (first.type !== 'PAXLST' && first.type !== 'PNRGOV') {
        collector.messageIndex = first.index;
        collector.report(
          'unknown-message-type',
          `message type '${first.type.slice(0, 10)}' is neither PAXLST nor PNRGOV; skipped`,
          first.header,
        );
        collector.messageIndex = undefined;
        continue;
      }
      try {
        messages.push(
          first.type === 'PAXLST' ? mapPaxlst(parts, context) : mapPnrgov(first, context),
        );
      } catch (error) {
        if (strict) throw error;
        collector.messageIndex = undefined;
        messages.push(failedMessage(parts, interchange, reference, internalError(error, parts)));
      }
    }
  }

  // Hand each message its own diagnostics; the rest belong to the interchange.
  const byIndex = new Map<number, NormalisedMessage>();
  for (const message of messages) byIndex.set(message.messageIndex, message);
  const partOf = new Map<number, number>();
  for (const interchange of interchanges) {
    for (const parts of manifests(interchange.messages)) {
      for (const part of parts) partOf.set(part.index, parts[0].index);
    }
  }
  const interchangeDiagnostics: Diagnostic[] = [];
  for (const diagnostic of collector.diagnostics) {
    const owner =
      diagnostic.messageIndex !== undefined
        ? byIndex.get(partOf.get(diagnostic.messageIndex) ?? diagnostic.messageIndex)
        : undefined;
    if (owner) {
      if (!owner.diagnostics.includes(diagnostic)) owner.diagnostics.push(diagnostic);
    } else {
      interchangeDiagnostics.push(diagnostic);
    }
  }
  const error = interchangeDiagnostics.find((diagnostic) => diagnostic.severity === 'error');
  const result: ParseResult = {
    messages,
    diagnostics: interchangeDiagnostics,
    ok:
      !error &&
      messages.every((message) => !message.diagnostics.some((d) => d.severity === 'error')),
  };
  if (error) result.error = error;
  return result;
}
