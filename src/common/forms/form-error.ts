import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/** Field → translation keys (or plain messages) of what is wrong with it. */
export type FieldErrors = Record<string, string[]>;

/**
 * A form the user must correct. Thrown by the validation pipe and by services (a weak password,
 * an address already invited); the form view interceptor re-renders the form with the input
 * and a message next to each field, status 400.
 */
export class FormError extends BadRequestException {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly formMessage?: string,
  ) {
    super(formMessage ?? 'The form has errors.');
  }

  static field(field: string, ...messages: string[]): FormError {
    return new FormError({ [field]: messages });
  }

  /** The ValidationPipe's exception factory. */
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
