import type { HelperOptions } from 'handlebars';
import { catalogueFor, translate } from '../i18n/translator';

type Hbs = { registerHelper(name: string, helper: (...args: unknown[]) => unknown): void };

function rootLocale(options: HelperOptions | undefined): string | undefined {
  const root = (options?.data as { root?: { locale?: string } } | undefined)?.root;
  return root?.locale;
}

/**
 * The only helpers templates may use: translation and small formatting. Everything they
 * return is escaped by `{{ }}` like any other value.
 */
export function registerViewHelpers(hbs: Hbs): void {
  hbs.registerHelper('t', (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    const [key] = args as [string];
    return translate(rootLocale(options), key, options.hash as Record<string, unknown>);
  });
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hbs.registerHelper(
    'dir',
    (...args: unknown[]) => catalogueFor(rootLocale(args.pop() as HelperOptions)).direction,
  );
  hbs.registerHelper('dateTime', (value: unknown) => {
    if (!value) return '';
    const date =
      value instanceof Date
        ? value
        : typeof value === 'string' || typeof value === 'number'
          ? new Date(value)
          : null;
    if (!date) return '';
    return Number.isNaN(date.getTime())
      ? ''
      : date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  });
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
