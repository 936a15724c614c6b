import { registerDecorator, type ValidationOptions } from 'class-validator';

/** The field must equal another field of the same form (a password typed twice). */
export function SameAs(other: string, options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'sameAs',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [other],
      options,
      validator: {
        validate: (value: unknown, args) =>
          value === (args?.object as Record<string, unknown>)[other],
      },
    });
}
