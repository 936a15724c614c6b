import type { HelperOptions } from 'handlebars';
import { formatDate, formatNumber, formatRelativeTime } from '../i18n/intl-format';
import { DEFAULT_LOCALE, catalogueFor, isMessageRef, translate } from '../i18n/translator';

type Hbs = { registerHelper(name: string, helper: (...args: unknown[]) => unknown): void };

/** The page's own locals (res.locals plus the model): every page has `locale` and `timeZone`. */
interface PageRoot {
  locale?: string;
  timeZone?: string;
}

function pageRoot(options: HelperOptions | undefined): PageRoot {
  return (options?.data as { root?: PageRoot } | undefined)?.root ?? {};
}

function localeOf(options: HelperOptions | undefined): string {
  return pageRoot(options).locale ?? DEFAULT_LOCALE;
}

function asDate(value: unknown): Date | string | number | null {
  return value instanceof Date || typeof value === 'string' || typeof value === 'number'
    ? value
    : null;
}

/** A one-argument helper: its value, and Handlebars' options (always last). */
function withValue(helper: (value: unknown, options: HelperOptions) => string) {
  return (...args: unknown[]) =>
    helper(args.length > 1 ? args[0] : undefined, args[args.length - 1] as HelperOptions);
}

/**
 * The only helpers templates may use: translation and small formatting, all in the page's
 * locale and the member's time zone. Everything they return is plain text, escaped by `{{ }}`
 * like any other value.
 *
 * `t` takes a catalogue key (`{{t "home.title"}}`, parameters as hash arguments:
 * `{{t "home.greeting" name=currentUser.name}}`) or a message reference a service returned
 * (`{ key, params }`, e.g. a `pageTitle` or a flash entry: `{{t pageTitle}}`), whose params the
 * hash arguments extend. A string that is no key is shown as it is.
 */
export function registerViewHelpers(hbs: Hbs): void {
  hbs.registerHelper('t', (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    const [message] = args;
    const hash = (options.hash ?? {}) as Record<string, unknown>;
    if (isMessageRef(message))
      return translate(localeOf(options), message.key, { ...message.params, ...hash });
    if (typeof message !== 'string') return '';
    return translate(localeOf(options), message, hash);
  });
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hbs.registerHelper(
    'dir',
    (...args: unknown[]) => catalogueFor(localeOf(args.pop() as HelperOptions)).direction,
  );
  // "23 Nov 2026, 14:05 Africa/Nairobi": in the member's zone (UTC when signed out).
  hbs.registerHelper(
    'dateTime',
    withValue((value, options) => {
      const root = pageRoot(options);
      return formatDate(asDate(value), localeOf(options), root.timeZone, 'dateTime');
    }),
  );
  hbs.registerHelper(
    'date',
    withValue((value, options) => {
      const root = pageRoot(options);
      return formatDate(asDate(value), localeOf(options), root.timeZone, 'date');
    }),
  );
  hbs.registerHelper(
    'number',
    withValue((value, options) => {
      const number = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(number) ? formatNumber(number, localeOf(options)) : '';
    }),
  );
  hbs.registerHelper(
    'relativeTime',
    withValue((value, options) => {
      const date = asDate(value);
      return date === null ? '' : formatRelativeTime(date, localeOf(options));
    }),
  );
  hbs.registerHelper('options', (...args: unknown[]) => {
    const { hash } = args.pop() as HelperOptions;
    const [list, selected] = args as [unknown, unknown];
    return selectOptions(list, selected, hash as OptionFields);
  });
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  hbs.registerHelper('json', (value: unknown) => JSON.stringify(value));
}

/** How the `options` helper reads a list: which fields hold value and label, or a key prefix. */
interface OptionFields {
  /** Field of each object holding the value (default: the item itself, or `value`). */
  value?: string;
  /** Field of each object holding the label text. */
  label?: string;
  /** Labels are catalogue keys: this prefix plus the value (`roles.` → `roles.admin`). */
  prefix?: string;
}

export interface SelectOption {
  value: string;
  label?: string;
  labelKey?: string;
  selected: boolean;
}

/**
 * A list (of codes, or of objects) as the options a select, checkbox or radio partial draws.
 * `selected` is the chosen value or values; without it, each item's own `selected`/`checked`.
 */
export function selectOptions(
  list: unknown,
  selected: unknown,
  fields: OptionFields = {},
): SelectOption[] {
  if (!Array.isArray(list)) return [];
  const chosen = Array.isArray(selected)
    ? selected.map(String)
    : typeof selected === 'string' || typeof selected === 'number'
      ? [String(selected)]
      : null;
  return list.map((item: unknown) => {
    const record =
      item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : null;
    const value = String(record ? record[fields.value ?? 'value'] : item);
    const text = record ? (record[fields.label ?? 'label'] ?? value) : item;
    return {
      value,
      ...(fields.prefix
        ? { labelKey: fields.prefix + value }
        : record && typeof record.labelKey === 'string'
          ? { labelKey: record.labelKey }
          : { label: String(text) }),
      selected: chosen
        ? chosen.includes(value)
        : Boolean(record && (record.selected === true || record.checked === true)),
    };
  });
}

type Compile = (input: string, options?: Record<string, unknown>) => unknown;

/**
 * The options every template and partial is compiled with (call after every helper is
 * registered):
 * - The helpers registered so far are declared known: Handlebars then calls `{{t …}}` straight
 *   away instead of first looking for a value named `t` in the model at each call (a tenth of a
 *   thread page's render).
 * - `preventIndent`: a partial on a line of its own is not indented line by line. Handlebars
 *   would otherwise put the call's indentation in front of every line the partial writes,
 *   a textarea's value included: a form showing a saved multi-line text (a course's Markdown
 *   source, a biography) showed it with every line but the first indented, and saving it again
 *   stored the changed text. It also spares splitting and joining every such partial's output.
 */
export function compileWithPortalOptions(handlebars: {
  helpers: Record<string, unknown>;
  compile: Compile;
}): void {
  const knownHelpers = Object.fromEntries(
    Object.keys(handlebars.helpers).map((name) => [name, true]),
  );
  const compile = handlebars.compile.bind(handlebars);
  handlebars.compile = (input, options) =>
    compile(input, { knownHelpers, preventIndent: true, ...options });
}
