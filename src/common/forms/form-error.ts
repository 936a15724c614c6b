import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/** A catalogue key and the values its placeholders take; the page translates it. */
export interface FormMessage {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Field → what is wrong with it: catalogue keys (a bare string is a key without parameters). */
export type FieldErrors = Record<string, (string | FormMessage)[]>;

/**
 * Validation messages with parameters, for class-validator decorators (whose messages are
 * strings): the FormMessage(s) as JSON. A bare catalogue key stays as it is.
 */
export function messageWith(key: string, params: Record<string, string | number>): string {
  return JSON.stringify([{ key, params }]);
}

/** Several messages for one rule (a weak password: the reason, then the estimator's advice). */
export function messagesOf(messages: readonly FormMessage[]): string {
  return JSON.stringify(messages);
}

/** A field's message as given by a service, or as class-validator carried it. */
export function formMessagesOf(message: string | FormMessage): FormMessage[] {
  if (typeof message !== 'string') return [message];
  return message.startsWith('[') ? (JSON.parse(message) as FormMessage[]) : [{ key: message }];
}

/**
 * A form the user must correct. Thrown by the validation pipe and by services (a weak password,
 * an address already invited); the form view interceptor re-renders the form with the input
 * and a message next to each field, status 400. It carries catalogue keys only: the page is
 * translated in the reader's language, never here.
 */
export class FormError extends BadRequestException {
  readonly formMessage?: FormMessage;

  constructor(
    readonly fieldErrors: FieldErrors,
    formMessage?: string | FormMessage,
  ) {
    const message = formMessage === undefined ? undefined : formMessagesOf(formMessage)[0];
    // The exception's own text is a key too: it only reaches a log, never a page untranslated.
    super(message?.key ?? 'forms.hasErrors');
    this.formMessage = message;
  }

  static field(field: string, ...messages: (string | FormMessage)[]): FormError {
    return new FormError({ [field]: messages });
  }

  /** Every field's messages as FormMessages, each said once. */
  messages(): Record<string, FormMessage[]> {
    return Object.fromEntries(
      Object.entries(this.fieldErrors).map(([field, list]) => {
        const seen = new Set<string>();
        const unique = list.flatMap(formMessagesOf).filter((message) => {
          const id = JSON.stringify(message);
          if (seen.has(id)) return false;
          seen.add(id);
          return true;
        });
        return [field, unique];
      }),
    );
  }

  /**
   * The ValidationPipe's exception factory: every invalid field at once. With the pipe's
   * `stopAtFirstError` a field reports one rule: the first it breaks, checking the decorator
   * nearest the property first (decorators apply bottom-up), so a DTO lists "is there a value"
   * last, right above the property.
   */
  static fromValidation(errors: ValidationError[]): FormError {
    const fieldErrors: FieldErrors = {};
    const walk = (list: ValidationError[], prefix: string) => {
      for (const error of list) {
        const path = prefix ? `${prefix}.${error.property}` : error.property;
        if (error.constraints) fieldErrors[path] = Object.values(error.constraints);
        if (error.children?.length) walk(error.children, path);
      }
    };
    walk(errors, '');
    return new FormError(fieldErrors);
  }
}
