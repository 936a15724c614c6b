import type { Catalogue } from './catalogue';
import { en } from './en.catalogue';
import { DEFAULT_LOCALE } from './locale';

export { DEFAULT_LOCALE };

const CATALOGUES: Record<string, Catalogue> = { en };

/** Every locale the portal has a catalogue for (English now; the other five UN languages later). */
export function availableLocales(): Catalogue[] {
  return Object.values(CATALOGUES);
}

export function catalogueFor(locale: string | undefined): Catalogue {
  return CATALOGUES[locale ?? DEFAULT_LOCALE] ?? CATALOGUES[DEFAULT_LOCALE];
}

/**
 * Looks `key` up in the locale, falling back to English, then to the key itself (so a missing
 * string shows up on screen and in the catalogue test rather than as a blank).
 */
export function translate(
  locale: string | undefined,
  key: string,
  params: Record<string, unknown> = {},
): string {
  const message = catalogueFor(locale).messages[key] ?? en.messages[key] ?? key;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function hasMessage(key: string): boolean {
  return key in en.messages;
}
