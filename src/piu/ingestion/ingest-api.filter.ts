import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { translate } from '../../common/i18n/translator';
import { correlationIdOf } from '../../common/logging/correlation-id';
import { IngestError } from './ingest-error';

/**
 * The carrier API's refusals as JSON a program can act on: `{ statusCode, code, message,
 * correlationId }`, the code stable, the message in English (carriers' systems log it), and
 * `Retry-After` on 429.
 */
@Catch(IngestError)
export class IngestApiFilter implements ExceptionFilter {
  catch(error: IngestError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    if (error.retryAfterSeconds !== undefined)
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
    response.status(error.getStatus()).json({
      statusCode: error.getStatus(),
      code: error.code,
      message: translate('en', error.messageKey, error.params),
      correlationId: correlationIdOf(request),
    });
  }
}
