import { Module } from '@nestjs/common';
import { sharedPasswordPolicy } from './acceptable-password.decorator';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';

/**
 * Password hashing and the password rule, on their own so that both the accounts (users) and
 * sign-in (auth) use them without depending on each other.
 */
@Module({
  providers: [
    { provide: PasswordHasher, useValue: new PasswordHasher() },
    // The same instance the DTOs' @AcceptablePassword uses: one dictionary load, one rule.
    { provide: PasswordPolicy, useFactory: sharedPasswordPolicy },
  ],
  exports: [PasswordHasher, PasswordPolicy],
})
export class PasswordsModule {}
