import type { Request } from 'express';
import type { MessageRef, Translatable } from '../i18n/translator';

export type FlashKind = 'success' | 'error' | 'info';

/**
 * A message shown once on the next page, translated there in that request's locale: a catalogue
 * key with its parameters (`{ kind, key, params }`), or a `message` that is a key without
 * parameters or (for older callers) text.
 */
export type FlashEntry = { kind: FlashKind } & ({ message: string } | MessageRef);

/** Queues a message for the next page the person sees: a key, a key with parameters, or text. */
export function flash(request: Request, kind: FlashKind, message: Translatable): void {
  const entry: FlashEntry =
    typeof message === 'string'
      ? { kind, message }
      : { kind, key: message.key, params: message.params };
  request.session.flash = [...(request.session.flash ?? []), entry];
}
