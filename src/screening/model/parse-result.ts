/**
 * What `parseMessage` (src/screening/parse-message.ts) takes and returns. In loose mode it never
 * throws: a message that cannot be read comes back with `error` set so ingestion stores it with
 * its error (principle 5: bad input never loses data).
 */
import type { Diagnostic } from './diagnostic';
import type { NormalisedMessage } from './normalised-message';

export interface ParseOptions {
  /** Strict: the first violation throws an EdifactSyntaxError. Loose (default): warnings. */
  strict?: boolean;
  /** Reference date for two-digit years (dates of birth never after it). Default: now. */
  referenceDate?: Date;
}

export interface ParseResult {
  /** One per UNH message (multi-part PAXLST reassembled into one). May be empty. */
  messages: NormalisedMessage[];
  /** Interchange-level diagnostics (UNB/UNZ, trailing data); per-message ones are on each message. */
  diagnostics: Diagnostic[];
  /** The interchange-level error when nothing could be read (no UNB/UNH, not EDIFACT). */
  error?: Diagnostic;
  /** True when there is no error anywhere (warnings allowed). */
  ok: boolean;
}
