import type { Request } from 'express';
import { actorOf } from '../actor/actor-of';

/** What every page renders text, dates and numbers with. */
export interface LocaleLocals {
  /** The catalogue locale of the request (see resolveLocale). */
  locale: string;
  /** The signed-in member's time zone, UTC otherwise. */
  timeZone: string;
}

/**
 * The locale and time zone of a page, the same the request's Actor carries: set on every page's
 * locals (by the page shell, the error filter and the 503 page) so `{{t}}` and
 * the date helpers render in them.
 */
export function localeLocals(request: Request): LocaleLocals {
  const { locale, timeZone } = actorOf(request);
  return { locale, timeZone };
}
