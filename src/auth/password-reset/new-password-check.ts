import type { PasswordOwner, PasswordPolicy } from '../passwords/password-policy';
import { FormError, type FieldErrors } from '../../common/forms/form-error';

/**
 * The rule every form that sets a password applies (invitation, reset, set-up): the policy
 * with the person's own e-mail and name as words an attacker tries first, and the same
 * password twice. The policy's reason is a key with its parameters ("at least {min}
 * characters"), translated when the form is rendered; the estimator's warning and suggestions
 * follow it, next to the field.
 */
export function newPasswordErrors(
  policy: PasswordPolicy,
  password: string,
  passwordAgain: string,
  owner: PasswordOwner,
): FieldErrors {
  const errors: FieldErrors = {};
  const check = policy.check(password, owner);
  if (!check.accepted && check.reason) {
    errors.password = [
      { key: check.reason.key, params: check.reason.params },
      ...(check.refusal === 'too-weak' ? check.messages.slice(1) : []),
    ];
  }
  if (password !== passwordAgain) errors.passwordAgain = ['password.mismatch'];
  return errors;
}

/** Throws the form error (status 400, form re-rendered) when the new password is refused. */
export function assertNewPassword(
  policy: PasswordPolicy,
  password: string,
  passwordAgain: string,
  owner: PasswordOwner,
  extra: FieldErrors = {},
): void {
  const errors = { ...extra, ...newPasswordErrors(policy, password, passwordAgain, owner) };
  if (Object.keys(errors).length > 0) throw new FormError(errors);
}

/** The terms checkbox of a registration form: browsers send "on" when it is ticked. */
export function termsErrors(accept: string | undefined): FieldErrors {
  return accept === 'on' ? {} : { accept: ['terms.mustAccept'] };
}
