import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FormError } from '../../common/forms/form-error';

/**
 * A streamed form's fields through the same rules as the validation pipe (transform, unknown
 * fields dropped, one message a field): the pipe cannot see a body it did not parse.
 */
export async function validFields<T extends object>(
  type: new () => T,
  fields: Record<string, unknown>,
): Promise<T> {
  const form = plainToInstance(type, fields);
  const errors = await validate(form, {
    whitelist: true,
    stopAtFirstError: true,
    forbidUnknownValues: false,
  });
  if (errors.length > 0) throw FormError.fromValidation(errors);
  return form;
}
