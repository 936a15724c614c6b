import { HttpException } from '@nestjs/common';

/** Stable codes of the carrier API's refusals (README and OpenAPI document list them). */
export type IngestErrorCode =
  | 'empty-body'
  | 'too-large'
  | 'missing-key'
  | 'unknown-key'
  | 'rate-limited'
  | 'wrong-state'
  | 'part-conflict';

/**
 * A message refused before anything was stored: its status, a stable `code` and a message
 * key. The API answers `{ statusCode, code, message }`; the upload page shows the message.
 */
export class IngestError extends HttpException {
  constructor(
    status: number,
    readonly code: IngestErrorCode,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly retryAfterSeconds?: number,
  ) {
    super({ code, message: messageKey }, status);
  }
}
