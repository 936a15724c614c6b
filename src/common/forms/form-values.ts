/**
 * `@Transform` helpers for what HTML forms post. Ticked boxes arrive as one string, an array of
 * strings, or (none ticked) nothing at all: `asList` makes that a list either way.
 */
export function asList({ value }: { value: unknown }): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
