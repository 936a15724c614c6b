import type { Actor } from '../common/actor/actor';
import { formatDate, formatLanguage } from '../common/i18n/intl-format';
import { codesOf } from './expert-vocabulary';

/** A plain date (`YYYY-MM-DD`) as the reader's locale writes it; days are not moved by zones. */
export function shownDate(actor: Actor, plain: string | null): string {
  return plain ? formatDate(`${plain}T00:00:00Z`, actor.locale, 'UTC', 'date') : '';
}

/** Language codes as names in the reader's locale (CLDR), the code itself when unknown. */
export function languageNames(actor: Actor, codes: readonly string[]): string[] {
  return codes.map((code) => formatLanguage(code, actor.locale) ?? code);
}

/** Codes of a stored list as catalogue keys under `prefix` (`experts.pillar.` + `piu`). */
export function labelKeys(stored: string, prefix: string): { labelKey: string }[] {
  return codesOf(stored).map((code) => ({ labelKey: `${prefix}${code}` }));
}

/** Minutes as hours with at most two decimals (90 → 1.5). */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** How many rows a paged list of the pool shows (experts, requests, engagements). */
export const LIST_PAGE_SIZE = 25;
