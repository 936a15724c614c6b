import type { DiagnosticCollector } from './diagnostic-collector';
import type { Interchange } from './interchange';

/** What a message mapper needs besides the message: where to report, and today for dates. */
export interface MappingContext {
  collector: DiagnosticCollector;
  interchange: Interchange;
  /** Reference date for two-digit birth years (see dates.ts). */
  reference: Date;
}
