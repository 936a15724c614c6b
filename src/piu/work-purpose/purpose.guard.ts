import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { purposePageFor } from './purpose-page';

/**
 * Sends an analyst who has not said why they are working to the purpose page first, and back
 * to where they were going after. Put on every route that shows passenger data. On the way
 * through it hands the purpose to the page, whose layout shows it with a link to change it.
 */
@Injectable()
export class PurposeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const purpose = request.session?.workPurpose;
    if (purpose) {
      response.locals.workPurpose = {
        key: `screening.purpose.${purpose.code}`,
        note: purpose.note,
      };
      return true;
    }
    response.redirect(303, purposePageFor(request.method === 'GET' ? request.originalUrl : null));
    return false;
  }
}
