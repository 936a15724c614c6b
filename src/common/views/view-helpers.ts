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
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  hbs.registerHelper('json', (value: unknown) => JSON.stringify(value));
}
