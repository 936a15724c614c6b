import { registerDecorator } from 'class-validator';
import { messagesOf } from '../../common/forms/form-error';
import { passwordAdvice } from './password-advice';
import { PasswordPolicy, type PasswordCheck } from './password-policy';

let shared: PasswordPolicy | undefined;

/**
 * The one policy instance: its dictionaries are ranked once, when first needed. The DTO rule
 * below and the services (through CoreModule) use the same one.
 */
export function sharedPasswordPolicy(): PasswordPolicy {
  return (shared ??= new PasswordPolicy());
}

/** Which fields of the same form name the password's owner (their words are guessed first). */
export interface PasswordOwnerFields {
  email?: string;
  name?: string;
}

/**
 * The password policy as a validation rule, so a form reports a weak password together with
 * every other wrong field. Its message is the reason (a key with the length as parameter)
 * followed by the estimator's advice. Services still apply the policy with what only they know
 * (an invitee's e-mail comes from the invitation, not the form).
 */
export function AcceptablePassword(owner: PasswordOwnerFields = {}): PropertyDecorator {
  const checks = new WeakMap<object, PasswordCheck>();
  const checkOf = (value: unknown, form: Record<string, unknown>): PasswordCheck => {
    const known = checks.get(form);
    if (known) return known;
    const text = (key: string | undefined) =>
      key && typeof form[key] === 'string' ? form[key] : undefined;
    const check = sharedPasswordPolicy().check(typeof value === 'string' ? value : '', {
      email: text(owner.email),
      name: text(owner.name),
    });
    checks.set(form, check);
    return check;
  };
  return (target, propertyName) =>
    registerDecorator({
      name: 'acceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown, args) =>
          typeof value === 'string' &&
          checkOf(value, args!.object as Record<string, unknown>).accepted,
        defaultMessage: (args) => {
          const check = checkOf(args!.value, args!.object as Record<string, unknown>);
          return messagesOf([
            check.reason ?? { key: 'password.tooWeak' },
            ...passwordAdvice(check),
          ]);
        },
      },
    });
}
