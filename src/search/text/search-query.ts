import { indexTerm } from './index-term';
import { termsOf } from './tokens';

/**
 * One thing a query asks for: a word, or words that must stand together in that order (a
 * phrase). Every part must be found (AND).
 */
export interface QueryPart {
  /** Folded words. */
  terms: string[];
  /** The part as index words between spaces: what INSTR looks for and REPLACE counts. */
  pattern: string;
}

export interface ParsedQuery {
  parts: QueryPart[];
  /** Every folded word of the query, for highlighting. */
  terms: string[];
}

/** More parts than this are dropped: they add cost and hardly narrow a search. */
export const MAX_QUERY_PARTS = 8;

/**
 * Reads what a person typed. `"two words"` in double quotes (straight or curly) is a phrase; a
 * bare chunk that folds to several words (e-mail, 2178/2014, 恐怖主义, اللغة-العربية) is a phrase
 * too, so Chinese written without spaces is found as written; every other word stands alone.
 * Repeated parts count once. Nothing searchable (only punctuation): no parts.
 */
export function parseQuery(raw: string): ParsedQuery {
  const parts: QueryPart[] = [];
  const seen = new Set<string>();
  const chunks = raw.replace(/[“”„«»]/g, '"').match(/"[^"]*"?|[^\s"]+/g) ?? [];
  for (const chunk of chunks) {
    const terms = termsOf(chunk.replace(/"/g, ' '));
    if (terms.length === 0) continue;
    const pattern = ` ${terms.map(indexTerm).join(' ')} `;
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    parts.push({ terms, pattern });
    if (parts.length === MAX_QUERY_PARTS) break;
  }
  return { parts, terms: [...new Set(parts.flatMap((part) => part.terms))] };
}
