import * as countries from 'i18n-iso-countries/index';
import english from 'i18n-iso-countries/langs/en.json';

// Only the English names: the lists write countries in English, and registering every locale
// (the package's default entry) costs five times the start-up time.
countries.registerLocale(english);

/**
 * Names the library does not know, as the UN and OFAC lists write them. Everything else goes
 * through i18n-iso-countries, after the generic rewrites in `candidates` (comma inversion,
 * parenthesised qualifiers).
 */
const LIST_SPELLINGS: Record<string, string> = {
  burma: 'MMR',
  "democratic people's republic of korea": 'PRK',
  'korea, democratic people’s republic of': 'PRK',
  'united kingdom of great britain and northern ireland': 'GBR',
  'cabo verde': 'CPV',
  laos: 'LAO',
  palestinian: 'PSE',
  palestine: 'PSE',
  'occupied palestinian territory': 'PSE',
  'viet nam': 'VNM',
  "côte d'ivoire": 'CIV',
  'côte d’ivoire': 'CIV',
  eswatini: 'SWZ',
  czechia: 'CZE',
  'east timor': 'TLS',
  'china, hong kong special administrative region': 'HKG',
  'china, macao special administrative region': 'MAC',
  // OFAC spellings (sdn.csv remarks, vessel flags, add.csv).
  syria: 'SYR',
  moldova: 'MDA',
  'cote d ivoire': 'CIV',
  macau: 'MAC',
  brunei: 'BRN',
  'bahamas, the': 'BHS',
  'st. vincent and the grenadines': 'VCT',
  'st. kitts and nevis': 'KNA',
  'st. kitts & nevis': 'KNA',
  'british virgin islands': 'VGB',
  'palestinian authority': 'PSE',
  'macedonia, the former yugoslav republic of': 'MKD',
  // OFAC "Region: …" places that ISO 3166 codes as the State of Palestine.
  'west bank': 'PSE',
  gaza: 'PSE',
};

const cache = new Map<string, string | undefined>();

/** Spellings to try, most literal first: "Korea, North" → "North Korea"; "Iran (Islamic Republic of)" → "Islamic Republic of Iran", "Iran". */
function candidates(name: string): string[] {
  const result = [name];
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma) result.push(`${comma[2]} ${comma[1]}`);
  const qualifier = /^(.+?)\s*\((.+)\)$/.exec(name);
  if (qualifier) result.push(`${qualifier[2]} ${qualifier[1]}`, qualifier[1]);
  return result;
}

function lookUp(raw: string): string | undefined {
  const name = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(possibly|probably|reportedly)\s+/i, '')
    .replace(/^region:\s*/i, '')
    .replace(/[.;]+$/, '');
  if (name === '') return undefined;
  // Codes in either case: query files write "af", "kp" (the UN list's "na", meaning "not
  // available", is dropped by the UN importer before it gets here).
  const upper = name.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && countries.isValid(upper)) return upper;
  if (/^[A-Z]{2}$/.test(upper)) return countries.alpha2ToAlpha3(upper);
  for (const candidate of candidates(name)) {
    const known = LIST_SPELLINGS[candidate.toLowerCase()];
    if (known) return known;
    const code = countries.getAlpha3Code(candidate, 'en');
    if (code) return code;
  }
  return undefined;
}

/**
 * ISO 3166-1 alpha-3 code for a country written as an alpha-2 or alpha-3 code or an English
 * name (UN and OFAC spellings included), in any case. Undefined when the text names no current
 * country ("former Soviet Union", "Region: Crimea"): the importer then leaves the field empty
 * rather than guess.
 */
export function countryToAlpha3(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (cache.has(raw)) return cache.get(raw);
  const code = lookUp(raw);
  cache.set(raw, code);
  return code;
}
