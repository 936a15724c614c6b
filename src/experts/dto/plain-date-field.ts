import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
import { trimmed } from '../../iwg/dto/trimmed';

/** A calendar date as a date field posts it (`YYYY-MM-DD`); the services check it is real. */
export function PlainDateField(): PropertyDecorator {
  return applyDecorators(
    Transform(trimmed),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'experts.form.dateInvalid' }),
  );
}
