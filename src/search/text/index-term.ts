/**
 * How a folded word is written in the index (the terms of `search_term`, and the entry's
 * `terms` that phrases are checked in), the same on every engine. The form dates from when the
 * index was SQLite FTS5 and InnoDB FULLTEXT, and is kept as one plain ASCII word per word:
 * both engines then saw plain lower-case ASCII words of 3 to 84 letters and digits, which both
 * tokenise identically: InnoDB ignores words shorter than innodb_ft_min_token_size (3) and the
 * words of its default stop-word list, MariaDB has no n-gram parser for Chinese, and FTS5 and
 * InnoDB split non-Latin scripts differently. So a word is kept as it is only when it is ASCII
 * letters and digits, 3 to 80 long, not an InnoDB stop word and not starting with the marker
 * `zz`; any other word (short, non-Latin, a stop word) is written `zz` followed by each
 * character's code point in base 36 on 4 digits (at most 19 characters: 78 letters): "un" →
 * zz00310032 … — distinct words stay distinct, and nothing an engine drops remains.
 */
const INNODB_STOP_WORDS = new Set(
  (
    'a about an are as at be by com de en for from how i in is it la of on or that the this to ' +
    'was what when where who will with und www'
  ).split(' '),
);
const PLAIN = /^[a-z0-9]{3,80}$/;
const MARKER = 'zz';
const MAX_ENCODED_CHARS = 19;

export function indexTerm(term: string): string {
  const ascii = /^[a-z0-9]+$/.test(term) ? term.slice(0, 80) : term;
  if (PLAIN.test(ascii) && !ascii.startsWith(MARKER) && !INNODB_STOP_WORDS.has(ascii)) return ascii;
  return (
    MARKER +
    [...ascii]
      .slice(0, MAX_ENCODED_CHARS)
      .map((char) => char.codePointAt(0)!.toString(36).padStart(4, '0'))
      .join('')
  );
}

/**
 * A text's words as the index stores them: one space between words and one at each end, so
 * ` word ` (or ` two words `) finds a whole word or phrase with INSTR and counts with REPLACE.
 * Cut at a word boundary to `maxLength` characters (the column holds 64 KB on MariaDB).
 */
export function indexText(terms: readonly string[], maxLength: number): string {
  let text = ' ';
  for (const term of terms) {
    const word = indexTerm(term);
    if (text.length + word.length + 1 > maxLength) break;
    text += `${word} `;
  }
  return text;
}
