import { SetMetadata } from '@nestjs/common';

export const ALLOW_INCOMPLETE = 'allowIncompleteSignIn';

/**
 * Routes a signed-in person may use before finishing what the portal requires of them
 * (accepting new terms, enrolling two-factor) — the pages where they do exactly that, and logout.
 */
export const AllowIncompleteSignIn = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ALLOW_INCOMPLETE, true);
