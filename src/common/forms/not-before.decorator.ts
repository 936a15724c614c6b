import { registerDecorator, type ValidationOptions } from 'class-validator';

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A `YYYY-MM-DD` field that must not come before another of the same form (an end after its
 * start), checked with the other fields so the form reports every mistake at once. Either
 * date written wrongly is left to that field's own rule.
 */
export function NotBefore(other: string, options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [other],
      options,
      validator: {
        validate: (value: unknown, args) => {
          const start = (args?.object as Record<string, unknown>)[other];
          if (typeof value !== 'string' || typeof start !== 'string') return true;
          if (!PLAIN_DATE.test(value) || !PLAIN_DATE.test(start)) return true;
          return value >= start;
        },
      },
    });
}
