/**
 * A language's strings. Keys are dotted ids used by templates (`{{t "login.title"}}`) and code;
 * values are ICU messages: `{name}` arguments, and `{count, plural, one {# device} other
 * {# devices}}` wherever a number is counted (never "device(s)"). `direction` lets the layout
 * switch to right-to-left for Arabic without touching a template.
 */
export interface Catalogue {
  locale: string;
  /** The language's name in itself ("English", "Français"), for a language menu. */
  name: string;
  direction: 'ltr' | 'rtl';
  /** The locale dates and numbers are written in (a region's conventions: "23 Nov 2026"). */
  formatLocale: string;
  messages: Record<string, string>;
}

/** One module's strings (English ICU messages). The English catalogue merges every module's map. */
export type Messages = Record<string, string>;
