import { HttpException } from '@nestjs/common';

/**
 * An error answered with a specific page rather than the generic error page: the login form
 * again with its one generic message (401), for example. The filter renders `view` with `model`.
 */
export class PageException extends HttpException {
  constructor(
    status: number,
    readonly view: string,
    readonly model: Record<string, unknown>,
  ) {
    super(view, status);
  }
}
