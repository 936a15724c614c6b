import type { Request } from 'express';

/** Queues a message for the next page the person sees (translation key or text). */
export function flash(request: Request, kind: 'success' | 'error' | 'info', message: string): void {
  request.session.flash = [...(request.session.flash ?? []), { kind, message }];
}
