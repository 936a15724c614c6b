import type { Diagnostic } from '../model/diagnostic';

/**
 * The one error the EDIFACT reader and the message parsers throw: in strict mode at the first
 * violation, and in any mode for input that is not EDIFACT at all when the caller asked to throw.
 * It carries the diagnostic (segment number, tag, offset) so callers can report where.
 */
export class EdifactSyntaxError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(describeDiagnostic(diagnostic));
    this.name = 'EdifactSyntaxError';
  }
}

/** `segment 12 (UNT) at offset 340: UNT counts 33 segments, the message has 31`. */
export function describeDiagnostic(diagnostic: Diagnostic): string {
  const where: string[] = [];
  if (diagnostic.segmentNumber !== undefined) {
    where.push(
      `segment ${diagnostic.segmentNumber}${diagnostic.segmentTag ? ` (${diagnostic.segmentTag})` : ''}`,
    );
  } else if (diagnostic.segmentTag) {
    where.push(diagnostic.segmentTag);
  }
  if (diagnostic.offset !== undefined) where.push(`at offset ${diagnostic.offset}`);
  return where.length > 0 ? `${where.join(' ')}: ${diagnostic.message}` : diagnostic.message;
}
