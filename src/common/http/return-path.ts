/**
 * A path on this portal to come back to after a form elsewhere (the library's upload form,
 * opened from a forum composer), or null. Only a local absolute path in plain characters is
 * accepted: never `//host`, `/\host`, a scheme or anything encoded, so it cannot be turned into
 * a redirect to another site.
 */
export function returnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 300) return null;
  return /^\/(?![/\\])[A-Za-z0-9/_.=&?-]*$/.test(value) ? value : null;
}

/** `path` with one more query parameter, before any fragment the caller adds. */
export function withQuery(path: string, name: string, value: string | number): string {
  return `${path}${path.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(String(value))}`;
}
