import type { Diagnostic, DiagnosticSeverity } from '../model/diagnostic';
import { maskCardNumbersInText } from './card-mask';
import { EdifactSyntaxError } from './edifact-syntax-error';
import type { Segment } from './segment';

/** More than this many diagnostics in one input says nothing new; the rest are counted. */
const MAX_DIAGNOSTICS = 500;

/**
 * Where the reader and the mappers report violations. Strict mode throws the first one as an
 * EdifactSyntaxError; loose mode keeps them as warnings (errors stay errors) and parsing goes on.
 */
export class DiagnosticCollector {
  readonly diagnostics: Diagnostic[] = [];
  private dropped = 0;
  /** Messages report with their index so parse-message can hand each its own diagnostics. */
  messageIndex: number | undefined;

  constructor(
    readonly strict: boolean,
    private readonly byteOffsetOf?: (charOffset: number) => number,
  ) {}

  /** Reports a violation at a segment (or at an offset when there is no segment). */
  report(
    code: string,
    message: string,
    at?: Segment | { offset: number; tag?: string; number?: number },
    severity: DiagnosticSeverity = 'warning',
  ): Diagnostic {
    const diagnostic: Diagnostic = {
      severity: this.strict ? 'error' : severity,
      code,
      message: maskCardNumbersInText(message),
    };
    if (at) {
      const number = 'elements' in at ? at.number : at.number;
      if (number !== undefined) diagnostic.segmentNumber = number;
      if (at.tag) diagnostic.segmentTag = at.tag;
      diagnostic.offset = at.offset;
      if (this.byteOffsetOf) diagnostic.byteOffset = this.byteOffsetOf(at.offset);
    }
    if (this.messageIndex !== undefined) diagnostic.messageIndex = this.messageIndex;
    if (this.strict) throw new EdifactSyntaxError(diagnostic);
    if (this.diagnostics.length < MAX_DIAGNOSTICS) this.diagnostics.push(diagnostic);
    else this.dropped++;
    return diagnostic;
  }

  /** How many diagnostics were not kept because of the cap. */
  get droppedCount(): number {
    return this.dropped;
  }
}
