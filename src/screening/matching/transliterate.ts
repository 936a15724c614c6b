import anyAscii from 'any-ascii';

/** A word of a name in Latin letters, and whether its source script writes no short vowels. */
export interface LatinWord {
  text: string;
  /**
   * True when the word came from an abjad (Arabic, Hebrew, Syriac, Thaana): the romanisation
   * holds consonants and long vowels only, so it is compared by consonant skeleton.
   */
  abjad: boolean;
  /**
   * The word in its own script (lower case, marks removed) when that script is not Latin: two
   * names in the same script are compared there, where romanisation cannot blur them (高石 / 高市
   * both romanise to "gao shi").
   */
  source?: string;
  /** Han or Hangul: one syllable, equal or not. */
  syllable?: boolean;
}

const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
/** Scripts whose characters are syllables written without spaces between a name's parts. */
const SYLLABIC = /[\p{Script=Han}\p{Script=Hangul}]/u;
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * The Arabic article is written joined to the next word (السيسي). Romanisations write it apart
 * (al-Sisi), so it is split off before transliteration; the matcher then treats it as a particle.
 */
const ARABIC_ARTICLE = /(^|[\s-])ال(?=\p{Script=Arabic}{2,})/gu;
/** Ta marbuta is silent or "a" in romanised names (أسامة → Usama), never the "h" any-ascii gives. */
const TA_MARBUTA = /ة/gu;

/**
 * Romanises a name with any-ascii (an npm library covering every script). Two adjustments that
 * are not a character table: Han and Hangul characters are each one syllable, so they become
 * separate words (习近平 → xi jin ping; the scorer rejoins syllables where the other name writes
 * them as one word), and abjad words are flagged for skeleton comparison.
 */
export function transliterate(raw: string): LatinWord[] {
  const text = raw.normalize('NFKC');
  if (!NON_ASCII.test(text)) return splitWords(text, false);
  const prepared = text.replace(ARABIC_ARTICLE, '$1ال ').replace(TA_MARBUTA, 'ا');
  const words: LatinWord[] = [];
  for (const word of prepared.split(/[\s\u00a0\u3000・·\-‐‑–—_/]+/u)) {
    if (!word) continue;
    if (SYLLABIC.test(word)) {
      // One syllable per character; other characters in the word stay together.
      let rest = '';
      for (const char of word) {
        if (SYLLABIC.test(char)) {
          if (rest) words.push(...splitWords(anyAscii(rest), false));
          rest = '';
          words.push(...withSource(splitWords(anyAscii(char), false), char, true));
        } else rest += char;
      }
      if (rest) words.push(...splitWords(anyAscii(rest), false));
      continue;
    }
    words.push(...withSource(splitWords(anyAscii(word), ABJAD.test(word)), word, false));
  }
  return words;
}

const LATIN_OR_COMMON = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;

/** Keeps the original word beside its romanisation when it is one word in a non-Latin script. */
function withSource(words: LatinWord[], original: string, syllable: boolean): LatinWord[] {
  if (words.length !== 1 || LATIN_OR_COMMON.test(original)) return words;
  // Only the generic combining diacritics go (Greek tonos); Indic vowel signs are letters here.
  const source = original
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  return [{ ...words[0], source, ...(syllable ? { syllable } : {}) }];
}

/** Lower-case ASCII words; apostrophes (O'Brien, hamza, ain) join rather than split. */
function splitWords(ascii: string, abjad: boolean): LatinWord[] {
  return (
    ascii
      .toLowerCase()
      .replace(/['`\u2019\u02bc\u02bb]/g, '')
      // Dotted abbreviations are one word: S.R.L. → srl, p.l.c. → plc, U.S. → us.
      .replace(/\b(?:[a-z]\.){2,}/g, (dotted) => dotted.replace(/\./g, ''))
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 0)
      .map((word) => ({ text: word, abjad }))
  );
}
