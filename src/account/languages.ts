import { formatLanguage } from '../common/i18n/intl-format';
import { DEFAULT_LOCALE } from '../common/i18n/locale';
/**
 * Languages a person speaks, as ISO 639-1 codes. The six official UN languages are offered as
 * boxes to tick; any other language is typed as a code. Codes are checked against the
 * runtime's CLDR data (Intl.DisplayNames), which knows every ISO 639-1 language and names it.
 */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

/** The `user.languages` column holds at most 100 characters: 33 codes with their commas. */
export const MAX_LANGUAGES = 20;

/** The name of an ISO 639-1 code in `locale` (English by default), or null when it names none. */
export function languageName(code: string, locale = DEFAULT_LOCALE): string | null {
  return formatLanguage(code, locale);
}

export interface ParsedLanguages {
  /** Valid codes, lower-cased, first occurrence order, no repeats. */
  codes: string[];
  /** What the person typed that is not an ISO 639-1 code. */
  invalid: string[];
}

/** "sw, pt; DE" → sw, pt, de. Separators: commas, semicolons, spaces. */
export function parseLanguageList(text: string): ParsedLanguages {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,;]+/)) {
    if (!token) continue;
    const code = token.toLowerCase();
    if (languageName(code) === null) invalid.push(token);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, invalid };
}

/** The stored form (comma-separated) back to codes. */
export function storedLanguages(value: string): string[] {
  return value
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}

/** Splits stored codes into the UN languages (for the boxes) and the rest (for the free list). */
export function splitLanguages(codes: readonly string[]): { un: string[]; other: string[] } {
  const un = new Set<string>(UN_LANGUAGES);
  return {
    un: codes.filter((code) => un.has(code)),
    other: codes.filter((code) => !un.has(code)),
  };
}
