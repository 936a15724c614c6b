import MessageFormat, { type MessageFunction } from '@messageformat/core';
import type { Catalogue } from './catalogue';
// The one place common/ reaches the catalogues: their assembly (src/catalogues/), no feature.
import { en } from '../../catalogues/en.catalogue';
import { DEFAULT_LOCALE, resolveLocale, supportLocale } from './locale';
import { PSEUDO_LOCALE, pseudoCatalogue } from './pseudo-locale';

export { DEFAULT_LOCALE, resolveLocale };

/**
 * Every catalogue the portal has: English, and the pseudo-locale generated from it (see
 * pseudo-locale.ts). The other UN languages are one catalogue each, added here.
 */
const CATALOGUES = new Map<string, Catalogue>(
  [en, pseudoCatalogue(en)].map((catalogue) => [catalogue.locale, catalogue]),
);
for (const locale of CATALOGUES.keys()) supportLocale(locale);

/** A key and its parameters: what a service returns for a template to translate. */
export interface MessageRef {
  key: string;
  params?: Record<string, unknown>;
}

/** Text for a page: a plain string (already text, shown as it is) or a message to translate. */
export type Translatable = string | MessageRef;

export function isMessageRef(value: unknown): value is MessageRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string'
  );
}

/** Every locale the portal has a catalogue for (English now; the other five UN languages later). */
export function availableLocales(): Catalogue[] {
  return [...CATALOGUES.values()];
}

/** The locales a person may choose for the portal: every catalogue but the pseudo-locale. */
export function choosableLocales(): string[] {
  return [...CATALOGUES.keys()].filter((locale) => locale !== PSEUDO_LOCALE);
}

export function catalogueFor(locale: string | undefined): Catalogue {
  return CATALOGUES.get(locale ?? DEFAULT_LOCALE) ?? en;
}

const formats = new Map<string, MessageFormat<'string'>>();
const compiled = new Map<string, Map<string, MessageFunction<'string'>>>();
/**
 * Messages without parameters, as text, per locale and key: most of a page's labels. The
 * catalogues are fixed once loaded, so the text never changes.
 */
const plainTexts = new Map<string | undefined, Map<string, string>>();

/** Compiles a message once per locale and key: pages translate the same few hundred strings. */
function compiledMessage(locale: string, key: string, message: string) {
  let byKey = compiled.get(locale);
  if (!byKey) {
    byKey = new Map();
    compiled.set(locale, byKey);
  }
  let render = byKey.get(key);
  if (!render) {
    let format = formats.get(locale);
    if (!format) {
      format = new MessageFormat<'string'>(locale, { returnType: 'string' });
      formats.set(locale, format);
    }
    render = format.compile(message);
    byKey.set(key, render);
  }
  return render;
}

function hasNoParams(params: Record<string, unknown>): boolean {
  for (const _ in params) return false;
  return true;
}

/**
 * The text of `key` in the locale (falling back to English): an ICU message, so `{name}`
 * arguments, `{count, plural, one {# member} other {# members}}` and `{kind, select, …}` work,
 * with the locale's plural rules. The result is plain text; `{{ }}` escapes it in a page.
 * A string that is no key comes back unchanged, so a text that was never in the catalogue
 * shows up as it is (and untranslated in the pseudo-locale) rather than as a blank. A
 * parameter that is itself a message reference (`{ role: { key: 'roles.expert' } }`) is
 * translated first, in the same locale, so a service can name a role or a status by its key;
 * a list of them is translated item by item and joined.
 */
export function translate(
  locale: string | undefined,
  key: string,
  params: Record<string, unknown> = {},
): string {
  const plain = hasNoParams(params);
  if (plain) {
    const text = plainTexts.get(locale)?.get(key);
    if (text !== undefined) return text;
  }
  const catalogue = catalogueFor(locale);
  const own = catalogue.messages[key];
  const message = own ?? en.messages[key];
  if (message === undefined) return key;
  const messageLocale = own === undefined ? en.locale : catalogue.locale;
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      isMessageRef(value)
        ? translateText(locale, value)
        : Array.isArray(value)
          ? value
              .map((item) => (isMessageRef(item) ? translateText(locale, item) : String(item)))
              .join(', ')
          : value,
    ]),
  );
  const text = compiledMessage(messageLocale, key, message)(values);
  if (plain) {
    let texts = plainTexts.get(locale);
    if (!texts) {
      texts = new Map();
      plainTexts.set(locale, texts);
    }
    texts.set(key, text);
  }
  return text;
}

/** A string or a message reference, as text in the locale. */
export function translateText(
  locale: string | undefined,
  text: Translatable,
  extra: Record<string, unknown> = {},
): string {
  if (isMessageRef(text)) return translate(locale, text.key, { ...text.params, ...extra });
  return translate(locale, text, extra);
}

export function hasMessage(key: string): boolean {
  return key in en.messages;
}
