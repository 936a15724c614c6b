import type { Diagnostic } from '../../screening/model/diagnostic';

/** What a stored diagnostic keeps: where, what, how bad; never a value from a traveller. */
export interface StoredDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  segmentNumber?: number;
  segmentTag?: string;
  byteOffset?: number;
  offset?: number;
  messageIndex?: number;
}

/** More than this many says nothing new; the count of the rest is kept. */
export const MAX_STORED_DIAGNOSTICS = 200;

/**
 * Diagnostics as they may be stored and listed. The engine's texts are built from codes,
 * counts and positions, with two exceptions checked here: an unknown country code quotes the
 * value as given (a traveller's nationality field may hold anything, a name included), and a
 * mapper failure quotes an internal error. Both lose the quoted part; the segment position
 * still leads the analyst to it in the raw message, which is read under audit.
 */
export function safeDiagnostic(diagnostic: Diagnostic): StoredDiagnostic {
  let message = diagnostic.message;
  if (diagnostic.code === 'bad-country') message = 'unknown country code';
  else if (diagnostic.code === 'unreadable-message') message = 'message could not be mapped';
  const stored: StoredDiagnostic = {
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: message.slice(0, 300),
  };
  if (diagnostic.segmentNumber !== undefined) stored.segmentNumber = diagnostic.segmentNumber;
  if (diagnostic.segmentTag !== undefined) stored.segmentTag = diagnostic.segmentTag.slice(0, 8);
  if (diagnostic.offset !== undefined) stored.offset = diagnostic.offset;
  if (diagnostic.byteOffset !== undefined) stored.byteOffset = diagnostic.byteOffset;
  if (diagnostic.messageIndex !== undefined) stored.messageIndex = diagnostic.messageIndex;
  return stored;
}
