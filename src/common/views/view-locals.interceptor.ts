import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { localeLocals } from './locale-locals';
import { navigationFor } from './navigation';

/**
 * What every page's layout needs: the locale and time zone it renders in, the signed-in user,
 * the navigation for their role and the flash messages (shown once). Set on res.locals before the handler, so a re-rendered form has
 * them too. (The CSRF token is set earlier, by csrfTokenLocals, so error pages get one too.)
 */
@Injectable()
export class ViewLocalsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    if (!request.path.startsWith('/api/')) {
      const user = request.user;
      Object.assign(response.locals, localeLocals(request));
      response.locals.currentUser = user
        ? {
            name: user.name,
            email: user.email,
            role: user.role,
            organisationName: user.organisationName,
          }
        : undefined;
      response.locals.navigation = user ? navigationFor(user, request.path) : [];
      response.locals.flash = request.session?.flash ?? [];
      if (request.session?.flash) request.session.flash = [];
    }
    return next.handle();
  }
}
