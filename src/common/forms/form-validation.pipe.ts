import { ValidationPipe } from '@nestjs/common';
import { FormError } from './form-error';
import { rememberValidationRules } from './remembered-rules';

/**
 * The one validation pipe: DTOs are turned into their classes, unknown fields dropped, and a
 * wrong form becomes a FormError naming every invalid field. `stopAtFirstError` gives each
 * field the message of the first rule it breaks, so an over-long address is not also "not an
 * address", and an over-long name is "too long", not "missing".
 */
export function formValidationPipe(): ValidationPipe {
  rememberValidationRules();
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => FormError.fromValidation(errors),
  });
}
