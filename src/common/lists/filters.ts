/**
 * Lists' filters, written once: how a filter arrives (a query-string value, "" from an
 * untouched select meaning "any"), how the form shows it again, and how links keep it.
 */

/** For `@Transform`: "" and whitespace from an untouched field mean "no filter"; text is trimmed. */
export function emptyAsUndefined({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The filters as the person gave them, for the filter form: strings only, "" for anything
 * else. Works on a validated DTO and on the raw query of a request that failed validation, so
 * the form shows what was typed either way.
 */
export function filterValues<K extends string>(
  source: object,
  keys: readonly K[],
): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const key of keys) {
    const given = (source as Record<string, unknown>)[key];
    values[key] = typeof given === 'string' ? given.trim() : '';
  }
  return values;
}

/** A link to `path` with the given query parameters; empty and undefined values are left out. */
export function hrefWith(
  path: string,
  params: Record<string, string | number | null | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** A LIKE pattern matching `text` anywhere, lower-cased, with `!` escaping the wildcards. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
