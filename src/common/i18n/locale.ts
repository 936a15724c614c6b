export const DEFAULT_LOCALE = 'en';

/** The locales the portal has a catalogue for, in the order a tie is resolved. */
const SUPPORTED = new Set<string>([DEFAULT_LOCALE]);

/**
 * The catalogue locale for a request: the first language of `Accept-Language` (by quality) that
 * has a catalogue, by exact tag then by its primary subtag, else English.
 */
export function resolveLocale(
  acceptLanguage: string | undefined,
  preference?: string | null,
): string {
  if (preference && SUPPORTED.has(preference)) return preference;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim(), quality: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (SUPPORTED.has(tag)) return tag;
    const primary = tag.split('-')[0].toLowerCase();
    if (SUPPORTED.has(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** Registers a catalogue locale (the translator does, for each catalogue it holds). */
export function supportLocale(locale: string): void {
  SUPPORTED.add(locale);
}
