import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

/**
 * ICAO Doc 9303 nationality codes that are not ISO 3166 countries (stateless, refugees, UN
 * documents, British nationality categories, Kosovo, EU laissez-passer…). Travel documents carry
 * them, and they mean something to an analyst, so they are kept as given rather than dropped.
 */
const ICAO_CODES = new Set([
  'GBD',
  'GBN',
  'GBO',
  'GBP',
  'GBS',
  'UNO',
  'UNA',
  'UNK',
  'XXA',
  'XXB',
  'XXC',
  'XXX',
  'EUE',
  'RKS',
  'XOM',
  'XPO',
  'XCC',
  'XES',
  'XMP',
  'XBA',
  'XIM',
  'XCE',
  'XEC',
  'XDC',
]);

const cache = new Map<string, string | null>();

/**
 * A country as ISO 3166 alpha-3 from alpha-2 (`GB`), alpha-3 (`GBR`), ICAO `D` (Germany) or an
 * English name (`United Kingdom`), with i18n-iso-countries. ICAO-only codes are kept as given.
 * Undefined when not recognised (the caller reports it).
 */
export function toAlpha3(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const key = value.trim().toUpperCase();
  if (key === '') return undefined;
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let result: string | undefined;
  if (key === 'D' || key === 'D<<') {
    result = 'DEU';
  } else if (key.length === 2) {
    result = countries.alpha2ToAlpha3(key);
  } else if (key.length === 3) {
    result = countries.isValid(key) ? key : ICAO_CODES.has(key) ? key : undefined;
  } else {
    result = countries.getAlpha3Code(value.trim(), 'en');
  }
  if (cache.size < 10_000) cache.set(key, result ?? null);
  return result;
}

/** The ISO alpha-3 country of a UN/LOCODE (`USNYC` → `USA`); undefined for IATA codes. */
export function countryOfLocode(code: string): string | undefined {
  if (code.length !== 5) return undefined;
  return toAlpha3(code.slice(0, 2));
}
