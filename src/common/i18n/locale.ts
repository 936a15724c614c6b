export const DEFAULT_LOCALE = 'en';

/**
 * The locales the portal has a catalogue for, by lower-case tag (tags are case-insensitive:
 * `en-xa` is `en-XA`). The translator registers each catalogue it holds.
 */
const SUPPORTED = new Map<string, string>([[DEFAULT_LOCALE, DEFAULT_LOCALE]]);

function supported(tag: string): string | undefined {
  return SUPPORTED.get(tag.toLowerCase());
}

/**
 * The catalogue locale for a request: the member's own choice when it has a catalogue, else the
 * first language of `Accept-Language` (by quality, then order) that has one, by exact tag then
 * by its language alone (`fr-CA` → `fr`), else English.
 */
export function resolveLocale(
  acceptLanguage: string | undefined,
  preference?: string | null,
): string {
  const preferred = preference ? supported(preference) : undefined;
  if (preferred) return preferred;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim(), quality: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const match = supported(tag) ?? supported(tag.split('-')[0]);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/** Registers a catalogue locale (the translator does, for each catalogue it holds). */
export function supportLocale(locale: string): void {
  SUPPORTED.set(locale.toLowerCase(), locale);
}
