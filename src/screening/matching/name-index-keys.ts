import { INDEX_TUNING } from './index-tuning';
import type { NameToken } from './name-normaliser';

/**
 * The keys of the name index. A listed token is filed under `t:` its text, `s:` its word in the
 * original script, `k:` its consonant key and `d:` each one-class deletion of that key; a query
 * token is looked up under the same keys (exact) and, failing those, under keys one consonant
 * class away (typos).
 */

/** Name words and numbers identify; particles, legal forms and initials do not. */
export function isIdentifying(token: NameToken): boolean {
  return token.kind === 'name' || token.kind === 'number';
}

export function identifyingCount(tokens: readonly NameToken[]): number {
  let count = 0;
  for (const token of tokens) if (isIdentifying(token)) count += 1;
  return count;
}

/** The key with one class removed, for keys long enough that the rest still identifies. */
export function deletions(key: string): string[] {
  if (key.length < INDEX_TUNING.minQueriedDeletionKey) return [];
  const out = new Set<string>();
  for (let index = 0; index < key.length; index += 1) {
    out.add(key.slice(0, index) + key.slice(index + 1));
  }
  return [...out];
}

/** Index keys of one listed token: its text, original-script word, consonant key and deletions. */
export function tokenIndexKeys(token: NameToken): string[] {
  const keys = [`t:${token.text}`];
  if (token.source !== undefined) keys.push(`s:${token.source}`);
  if (token.key.length < INDEX_TUNING.minConsonantKey) return keys;
  keys.push(`k:${token.key}`);
  if (token.key.length >= INDEX_TUNING.minIndexedDeletionKey)
    for (const deletion of deletions(token.key)) keys.push(`d:${deletion}`);
  return keys;
}

/** A key a query token is looked up under, with the credit a name found through it earns. */
export type KeyLookup = readonly [key: string, credit: number];

/** The exact keys of a query token: same text, same original-script word, same consonant key. */
export function exactLookups(token: NameToken): KeyLookup[] {
  const { keyCredit } = INDEX_TUNING;
  const lookups: KeyLookup[] = [[`t:${token.text}`, keyCredit.text]];
  if (token.source !== undefined) lookups.push([`s:${token.source}`, keyCredit.source]);
  if (token.key.length >= INDEX_TUNING.minConsonantKey)
    lookups.push([`k:${token.key}`, keyCredit.consonantKey]);
  return lookups;
}

/** The typo keys of a query token: listed keys one consonant class away from its key. */
export function typoLookups(token: NameToken): KeyLookup[] {
  const { keyCredit } = INDEX_TUNING;
  const lookups: KeyLookup[] = [];
  if (token.key.length < INDEX_TUNING.minConsonantKey) return lookups;
  lookups.push([`d:${token.key}`, keyCredit.missingClass]);
  for (const deletion of deletions(token.key)) {
    lookups.push([`k:${deletion}`, keyCredit.extraClass]);
    lookups.push([`d:${deletion}`, keyCredit.otherClass]);
  }
  return lookups;
}
