import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { localeLocals } from './locale-locals';
import { navigationFor } from './navigation';

/** The layout's header and navigation for a signed-in user (also used by the error pages). */
export function shellLocals(user: AuthenticatedUser | undefined, path: string) {
  return {
    currentUser: user
      ? {
          name: user.name,
          email: user.email,
          role: user.role,
          organisationName: user.organisationName,
        }
      : undefined,
    navigation: user ? navigationFor(user, path) : [],
  };
}

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
      Object.assign(response.locals, localeLocals(request));
      Object.assign(response.locals, shellLocals(request.user, request.path));
      response.locals.flash = request.session?.flash ?? [];
      if (request.session?.flash) request.session.flash = [];
    }
    return next.handle();
  }
}
