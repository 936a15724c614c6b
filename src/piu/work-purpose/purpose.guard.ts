import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { purposePageFor } from './purpose-page';

/**
 * Sends an analyst who has not said why they are working to the purpose page first, and back
 * to where they were going after. Put on every route that shows passenger data.
 */
@Injectable()
export class PurposeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (request.session?.workPurpose) return true;
    const response = context.switchToHttp().getResponse<Response>();
    response.redirect(303, purposePageFor(request.method === 'GET' ? request.originalUrl : null));
    return false;
  }
}
