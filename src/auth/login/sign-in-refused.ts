/**
 * The sign-in cannot go on (account gone, deactivated or locked since the password step).
 * Whoever catches it ends the half-done sign-in and shows the login form's one generic refusal,
 * so the answer tells nothing about the account.
 */
export class SignInRefused extends Error {
  constructor(readonly reason: 'gone' | 'locked') {
    super(`sign-in refused: ${reason}`);
    this.name = 'SignInRefused';
  }
}
