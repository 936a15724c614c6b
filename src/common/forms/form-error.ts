import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { Translatable } from '../i18n/translator';

/**
 * Field → what is wrong with it: catalogue keys, or keys with parameters
 * (`{ key: 'account.password.tooShort', params: { min: 12 } }`), translated when the form is
 * rendered, in the request's locale. (Plain sentences still show, untranslated.)
 */
export type FieldErrors = Record<string, Translatable[]>;

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

  static field(field: string, ...messages: Translatable[]): FormError {
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
