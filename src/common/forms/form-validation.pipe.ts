import { ValidationPipe, type ArgumentMetadata, type Type } from '@nestjs/common';
import { BoundedMap } from '../caching/bounded';
import { FormError } from './form-error';
import { rememberValidationRules } from './remembered-rules';

/** Query strings remembered per query DTO: a page's links repeat a handful of them. */
const QUERIES_PER_CLASS = 1_000;
/** Longer query strings (a search's free text, say) are validated every time: memory stays small. */
const LONGEST_REMEMBERED = 200;

/**
 * The one validation pipe: DTOs are turned into their classes, unknown fields dropped, and a
 * wrong form becomes a FormError naming every invalid field. `stopAtFirstError` gives each
 * field the message of the first rule it breaks, so an over-long address is not also "not an
 * address", and an over-long name is "too long", not "missing".
 *
 * A query string that passed is remembered with its result, per DTO class: the same `?page=2`
 * is then not transformed and validated again (class-transformer and class-validator were 3-5 %
 * of a forum thread page's CPU). The answer depends on nothing but the class and the query's
 * values, and only results whose fields are all plain values (numbers, strings, booleans) are
 * kept, so each request still gets an instance of its own that shares nothing with another. A
 * query that fails is validated again every time, and so is every body and parameter. At most
 * QUERIES_PER_CLASS strings of LONGEST_REMEMBERED characters are kept per class, so a stream of
 * made-up queries cannot take more than a few hundred kilobytes a class.
 */
export class FormValidationPipe extends ValidationPipe {
  private readonly passed = new WeakMap<Type, BoundedMap<string, Record<string, unknown>>>();

  constructor() {
    super({
      transform: true,
      whitelist: true,
      stopAtFirstError: true,
      exceptionFactory: (errors) => FormError.fromValidation(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype;
    if (metadata.type !== 'query' || !metatype || !this.toValidate(metadata))
      return super.transform(value, metadata);
    const key = JSON.stringify(value ?? null);
    if (key.length > LONGEST_REMEMBERED) return super.transform(value, metadata);
    const known = this.passed.get(metatype)?.get(key);
    if (known) return Object.assign(Object.create(metatype.prototype as object) as object, known);
    const result: unknown = await super.transform(value, metadata);
    if (isFlat(result)) {
      let remembered = this.passed.get(metatype);
      if (!remembered) this.passed.set(metatype, (remembered = new BoundedMap(QUERIES_PER_CLASS)));
      remembered.set(key, { ...result });
    }
    return result;
  }
}

/** An object whose own fields are all plain values, nothing a request could change in place. */
function isFlat(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every(
    (field) => field === null || (typeof field !== 'object' && typeof field !== 'function'),
  );
}

export function formValidationPipe(): ValidationPipe {
  rememberValidationRules();
  return new FormValidationPipe();
}
