/**
 * PNR names carry titles: spaced (`ISABELLE MRS`, `NINA MS`) or glued by some systems
 * (`JOHNMR`, `MOLLYMRS`). Spaced titles are removed from a closed list; glued ones only for
 * MR, MRS and MSTR, which no given name plausibly ends with (MS, DR and MISS are left glued on
 * purpose: WILLIAMS, ALEXANDR, ARTEMISS).
 */
const SPACED_TITLES = new Set([
  'MR',
  'MRS',
  'MS',
  'MISS',
  'MSTR',
  'MSTER',
  'DR',
  'PROF',
  'REV',
  'MX',
  'SIR',
  'LADY',
  'CHD',
  'INF',
]);
const GLUED_TITLES = ['MSTR', 'MRS', 'MR'];

export function splitTitle(given: string): { givenNames: string; title?: string } {
  const words = given.trim().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (last && words.length > 1 && SPACED_TITLES.has(last.toUpperCase())) {
    return { givenNames: words.slice(0, -1).join(' '), title: last.toUpperCase() };
  }
  if (last) {
    const upper = last.toUpperCase();
    for (const title of GLUED_TITLES) {
      if (upper.length > title.length + 1 && upper.endsWith(title)) {
        words[words.length - 1] = last.slice(0, last.length - title.length);
        return { givenNames: words.join(' '), title };
      }
    }
  }
  return { givenNames: words.join(' ') };
}

/** IATA e-mail encoding in SSR/OSI CTCE text: `//` is `@`, `..` is `_`, `./` is `-`. */
export function decodeIataEmail(value: string): string {
  return value.trim().replace(/\/\//g, '@').replace(/\.\./g, '_').replace(/\.\//g, '-');
}
