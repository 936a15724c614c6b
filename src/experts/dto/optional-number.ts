/**
 * For `@Transform` on an optional number field: '' (an untouched field) is no value, anything
 * else becomes a Number for the validators (`@Type` runs before `@Transform`, so it would turn
 * '' into 0 first).
 */
export function optionalNumber({ value }: { value: unknown }): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? Number(value) : value;
}
