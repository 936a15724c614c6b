import type { IncomingMessage } from 'node:http';

/** The per-request id the request log assigned (shown on error pages, written to the audit log). */
export function correlationIdOf(request: IncomingMessage & { id?: unknown }): string {
  const id = request.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}
