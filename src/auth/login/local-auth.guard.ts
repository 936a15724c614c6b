import { HttpStatus, Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { PageException } from '../../common/errors/page-exception';
import type { User } from '../../users/user.entity';

export const SIGN_IN_ACCOUNT = 'signInAccount';

/** The account whose password the guard below accepted. */
export function signInAccount(request: Request): User {
  return (request as unknown as Record<string, User>)[SIGN_IN_ACCOUNT];
}

/** The login form again with its one generic refusal, status 401. */
export function loginRefusal(email = ''): PageException {
  return new PageException(HttpStatus.UNAUTHORIZED, 'auth/login', {
    pageTitle: { key: 'login.title' },
    formError: 'login.failed',
    values: { email },
  });
}

/**
 * Runs the local strategy; any refusal (unknown account, wrong password, locked, deactivated)
 * re-renders the login form with one and the same message, status 401.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  /** passport puts the account here, not on request.user (which holds the signed-in view). */
  override getAuthenticateOptions() {
    return { property: SIGN_IN_ACCOUNT, session: false };
  }

  override handleRequest<TUser>(
    error: unknown,
    user: TUser | false,
    _info: unknown,
    context: ExecutionContext,
  ): TUser {
    if (error instanceof Error) throw error;
    if (error) throw new Error('sign-in strategy failed');
    if (!user) {
      const body = context.switchToHttp().getRequest<{ body?: { email?: unknown } }>().body;
      throw loginRefusal(typeof body?.email === 'string' ? body.email : '');
    }
    return user;
  }
}
