import type { Request } from 'express';
import type { AuthenticatedUser } from './authenticated-user';

/**
 * Who is signed in on a request the session guard never saw (a URL that matches no route still
 * gets an error page with the member's navigation). Declared here, provided by the auth module,
 * so common/ depends on the idea and not on the accounts that implement it.
 */
export abstract class SignedInUserLookup {
  abstract find(request: Request): Promise<AuthenticatedUser | undefined>;
}
