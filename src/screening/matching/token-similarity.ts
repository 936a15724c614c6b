import type { NameToken } from './name-normaliser';
import type { VariantClasses } from './variant-classes';

export interface TokenSimilarity {
  similarity: number;
  method: 'equal' | 'variant' | 'initial' | 'skeleton' | 'phonetic' | 'fuzzy' | 'none';
}

const NONE: TokenSimilarity = { similarity: 0, method: 'none' };
export const INITIAL_SIMILARITY = 0.6;

/**
 * Optimal-string-alignment distance: Levenshtein plus adjacent transpositions (Kinsgley/Kingsley).
 * With `limit`, stops as soon as the distance must exceed it and returns limit + 1.
 */
export function editDistance(first: string, second: string, limit = Infinity): number {
  const rows = first.length;
  const cols = second.length;
  if (rows === 0) return cols;
  if (cols === 0) return rows;
  if (Math.abs(rows - cols) > limit) return limit + 1;
  if (cols + 1 > rowBuffers[0].length) {
    for (let index = 0; index < 3; index += 1) rowBuffers[index] = new Int32Array(cols + 1);
  }
  // Three rolling rows reused across calls: this runs for every token pair scored.
  let previous2 = rowBuffers[0];
  let previous = rowBuffers[1];
  let current = rowBuffers[2];
  for (let col = 0; col <= cols; col += 1) previous[col] = col;
  for (let row = 1; row <= rows; row += 1) {
    current[0] = row;
    let rowMinimum = row;
    const char = first.charCodeAt(row - 1);
    for (let col = 1; col <= cols; col += 1) {
      const cost = char === second.charCodeAt(col - 1) ? 0 : 1;
      let value = previous[col] + 1;
      if (current[col - 1] + 1 < value) value = current[col - 1] + 1;
      if (previous[col - 1] + cost < value) value = previous[col - 1] + cost;
      if (
        row > 1 &&
        col > 1 &&
        char === second.charCodeAt(col - 2) &&
        first.charCodeAt(row - 2) === second.charCodeAt(col - 1) &&
        previous2[col - 2] + 1 < value
      ) {
        value = previous2[col - 2] + 1;
      }
      current[col] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    const spare = previous2;
    previous2 = previous;
    previous = current;
    current = spare;
  }
  return previous[cols];
}

const rowBuffers = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function isAbdStem(joined: string, stem: string): boolean {
  return (
    joined.length === stem.length + 3 &&
    stem.length >= 3 &&
    joined.startsWith('abd') &&
    joined.endsWith(stem)
  );
}

function undouble(text: string): string {
  let out = '';
  for (const char of text) if (char !== out.charAt(out.length - 1)) out += char;
  return out;
}

/** Both words come from one non-Latin script (transliterate.ts records it). */
function sameScript(first: NameToken, second: NameToken): boolean {
  return first.script === second.script;
}

/**
 * Edit similarity for Latin tokens, stricter on short ones: one edit in a five-letter word
 * (Lian / Liang, Lena / Lina) is more often another name than a typo.
 */
function fuzzySimilarity(first: string, second: string, floor: number): number {
  const longer = Math.max(first.length, second.length);
  const factor = longer <= 5 ? 1.5 : 1;
  const limit = Math.floor(((1 - floor) * longer) / factor);
  const distance = editDistance(first, second, limit);
  if (distance > limit) return 0;
  return Math.max(0, 1 - (factor * distance) / longer);
}

/** 1 − distance / longer length. */
export function editSimilarity(first: string, second: string): number {
  const longer = Math.max(first.length, second.length);
  return longer === 0 ? 1 : 1 - editDistance(first, second) / longer;
}

/**
 * How alike two tokens are, in [0, 1], and by which evidence. Equal and known variants score
 * near 1; an abjad romanisation meets a Latin spelling through the consonant key; Latin tokens
 * through the key (vowel and spelling changes) or edit distance (typos). Numbers must be equal:
 * "Solutions II" is another company than "Solutions".
 */
export function tokenSimilarity(
  first: NameToken,
  second: NameToken,
  variants: VariantClasses,
): TokenSimilarity {
  if (first.source !== undefined && second.source !== undefined && sameScript(first, second)) {
    // Both in one non-Latin script: compare there. A syllable (Han, Hangul) is equal or not.
    if (first.source === second.source) return { similarity: 1, method: 'equal' };
    if (first.syllable || second.syllable) return NONE;
    const similarity = editSimilarity(first.source, second.source);
    return similarity > 0 ? { similarity, method: 'fuzzy' } : NONE;
  }
  if (first.text === second.text) return { similarity: 1, method: 'equal' };
  if (first.kind === 'number' || second.kind === 'number') return NONE;
  if (first.kind === 'initial' || second.kind === 'initial') {
    if (first.kind === 'initial' && second.kind === 'initial') return NONE;
    // An initial agrees with a name but does not confirm it (B. / Barrera): partial credit.
    return first.text.charAt(0) === second.text.charAt(0)
      ? { similarity: INITIAL_SIMILARITY, method: 'initial' }
      : NONE;
  }
  if (variants.same(first.text, second.text)) return { similarity: 0.95, method: 'variant' };
  // "Abdul Abbas" written without its "Abdul" (abdkarim / karim): often the same person on lists.
  if (isAbdStem(first.text, second.text) || isAbdStem(second.text, first.text)) {
    return { similarity: 0.8, method: 'variant' };
  }
  if (first.abjad || second.abjad) {
    if (first.key === second.key && first.key.length > 0) {
      // A skeleton of one or two consonant classes is shared by many unrelated names.
      const similarity = first.key.length >= 3 ? 0.86 : first.key.length === 2 ? 0.76 : 0.7;
      return { similarity, method: 'skeleton' };
    }
    const similarity = 0.85 * editSimilarity(first.key, second.key);
    return similarity > 0 ? { similarity, method: 'skeleton' } : NONE;
  }
  // Doubled letters are the commonest spelling and typing difference (Haddad / Hadad).
  if (
    first.text.length > 2 &&
    second.text.length > 2 &&
    undouble(first.text) === undouble(second.text)
  ) {
    return { similarity: 0.92, method: 'phonetic' };
  }
  const sameKey = first.key === second.key && first.key.length >= 2;
  // Without a shared key only a close spelling counts (≥ minimum pair similarity): the edit
  // distance may stop early. With one, a looser spelling still earns the phonetic score.
  const fuzzy = fuzzySimilarity(first.text, second.text, sameKey ? 0.5 : 0.69);
  // Same consonant key: a spelling variant (Schultz / Shults), unless the key is too short to
  // tell names apart (Nina / Nona share NN).
  if (first.key === second.key && first.key.length >= 3 && fuzzy >= 0.5) {
    return { similarity: Math.max(fuzzy, 0.88), method: 'phonetic' };
  }
  if (first.key === second.key && first.key.length === 2 && fuzzy >= 0.6) {
    return { similarity: Math.max(fuzzy, 0.8), method: 'phonetic' };
  }
  // A romanised Han or Hangul syllable group is exact: one letter more (liang / lian) is
  // another character, not a typo.
  const similarity = first.syllable || second.syllable ? fuzzy * 0.9 : fuzzy;
  return similarity > 0 ? { similarity, method: 'fuzzy' } : NONE;
}
