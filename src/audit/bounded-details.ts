/** The longest string an audit row keeps in its details (paths, e-mail addresses, filters). */
export const MAX_DETAIL_STRING = 256;
/** The longest details JSON an audit row keeps. */
export const MAX_DETAILS_JSON = 2048;
const MAX_DEPTH = 4;
const MAX_ITEMS = 50;
export const TRUNCATED = '…[truncated]';

/**
 * Details as the audit log stores them: what a request carried (a path with its query string,
 * filters) is bounded, so a 15 kB query string does not become a 15 kB row, and the row says
 * where it was cut. The result is always valid JSON.
 */
export function boundedDetails(details: Record<string, unknown>): string {
  const json = JSON.stringify(bound(details, 0));
  if (json.length <= MAX_DETAILS_JSON) return json;
  // The preview is escaped again inside the JSON, so cut until the whole fits.
  let cut = MAX_DETAILS_JSON - 64;
  for (;;) {
    const stored = JSON.stringify({ truncated: true, preview: json.slice(0, cut) + TRUNCATED });
    if (stored.length <= MAX_DETAILS_JSON) return stored;
    cut -= stored.length - MAX_DETAILS_JSON;
  }
}

function bound(value: unknown, depth: number): unknown {
  if (typeof value === 'string') {
    return value.length > MAX_DETAIL_STRING ? value.slice(0, MAX_DETAIL_STRING) + TRUNCATED : value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return TRUNCATED;
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => bound(item, depth + 1));
    return value.length > MAX_ITEMS ? [...items, TRUNCATED] : items;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const kept = entries.slice(0, MAX_ITEMS).map(([key, item]) => [key, bound(item, depth + 1)]);
  if (entries.length > MAX_ITEMS) kept.push(['truncated', true]);
  return Object.fromEntries(kept);
}
