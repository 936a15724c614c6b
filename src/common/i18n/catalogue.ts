/**
 * A language's strings. Keys are dotted ids used by templates (`{{t "login.title"}}`) and code;
 * values may hold `{name}` placeholders. `direction` lets the layout switch to right-to-left
 * for Arabic without touching a template.
 */
export interface Catalogue {
  locale: string;
  name: string;
  direction: 'ltr' | 'rtl';
  messages: Record<string, string>;
}

/** One module's strings (English). The English catalogue merges every module's map. */
export type Messages = Record<string, string>;
