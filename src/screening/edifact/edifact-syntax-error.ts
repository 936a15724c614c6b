import type { Diagnostic } from '../model/diagnostic';
import { ScreeningError } from '../screening-error';

/**
 * The one error the EDIFACT reader and the message parsers throw: in strict mode at the first
 * violation, and in any mode for input that is not EDIFACT at all when the caller asked to throw.
 * It carries the diagnostic (segment number, tag, offset) so callers can report where.
 */
export class EdifactSyntaxError extends ScreeningError {
  constructor(readonly diagnostic: Diagnostic) {
    super('edifact-syntax', describeDiagnostic(diagnostic));
    this.name = 'EdifactSyntaxError';
  }
}

/** `segment 12 (UNT) at offset 340: UNT counts 33 segments, the message has 31`. */
export function describeDiagnostic(diagnostic: Diagnostic): string {
  const where: string[] = [];
  if (diagnostic.segmentNumber !== undefined) {
    where.push(
      `segment ${diagnostic.segmentNumber}${diagnostic.segmentTag ? ` (${tagExcerpt(diagnostic.segmentTag)})` : ''}`,
    );
  } else if (diagnostic.segmentTag) {
    where.push(tagExcerpt(diagnostic.segmentTag));
  }
  if (diagnostic.offset !== undefined) where.push(`at offset ${diagnostic.offset}`);
  return where.length > 0 ? `${where.join(' ')}: ${diagnostic.message}` : diagnostic.message;
}

/**
 * A tag as the message shows it: input that is not EDIFACT has no separators, so its "tag" can
 * be the whole file; the place needs only its start.
 */
function tagExcerpt(tag: string): string {
  return tag.length > 8 ? `${tag.slice(0, 8)}…` : tag;
}
