import {
  applyDecorators,
  Injectable,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Response } from 'express';
import type { Observable } from 'rxjs';

/** Sets the header before the handler runs, so a form re-rendered with errors carries it too. */
@Injectable()
export class NoStoreInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      context.switchToHttp().getResponse<Response>().setHeader('Cache-Control', 'no-store');
    }
    return next.handle();
  }
}

/**
 * `Cache-Control: no-store` for a controller or a route whose pages or files hold secrets or
 * personal data (enrolment secrets, recovery codes, account and user pages, exports, passenger
 * data): no browser cache, proxy or back button keeps a copy.
 */
export const NoStore = (): MethodDecorator & ClassDecorator =>
  applyDecorators(UseInterceptors(NoStoreInterceptor));
