import type { Request } from 'express';
import { correlationIdOf } from '../logging/correlation-id';
// From the translator, which registers its catalogues' locales before any is resolved.
import { resolveLocale } from '../i18n/translator';
import type { Actor } from './actor';
import { normaliseIp } from './client-ip';

/** The actor of a web request: its signed-in user (if any), address, correlation id and locale. */
export function actorOf(request: Request): Actor {
  const user = request.user ?? null;
  return {
    user,
    ip: normaliseIp(request.ip),
    correlationId: correlationIdOf(request) || null,
    locale: resolveLocale(request.headers['accept-language'], user?.locale),
    timeZone: user?.timeZone ?? 'UTC',
    source: request.originalUrl,
  };
}
