import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether a socket handshake comes from the portal's own pages. A browser sends the page's
 * `Origin` on every WebSocket and cross-site request, so another site's page (which would carry
 * the member's cookie) is refused by name. Browsers leave `Origin` out of same-origin GETs, which
 * the polling transport uses; those are let through only when the browser itself says the
 * request is same-origin (`Sec-Fetch-Site`, which pages cannot set). Anything else is refused.
 */
export function originAllowed(headers: IncomingHttpHeaders, publicUrl: string): boolean {
  const origin = headers.origin;
  if (origin !== undefined) return origin === new URL(publicUrl).origin;
  return headers['sec-fetch-site'] === 'same-origin';
}
