import anyAscii from 'any-ascii';

/** A word of a name in Latin letters, and whether its source script writes no short vowels. */
export interface LatinWord {
  text: string;
  /**
   * True when the word came from an abjad (Arabic, Hebrew) or an abugida (Devanagari, Thai,
   * Khmer, Ethiopic …): the romanisation holds consonants and only some vowels, so it is
   * compared by consonant skeleton.
   */
  abjad: boolean;
  /**
   * The word in its own script (lower case, marks removed) when that script is not Latin: two
   * names in the same script are compared there, where romanisation cannot blur them (王石 / 王市
   * both romanise to "wang shi").
   */
  source?: string;
  /** Han or Hangul: compared whole, equal or not. */
  syllable?: boolean;
  /** The Unicode script of `source` (Cyrillic, Arabic, Han …). */
  script?: string;
}

const ABJAD = new RegExp(
  `[${[
    // Abjads: short vowels are not written.
    'Arabic',
    'Hebrew',
    'Syriac',
    'Thaana',
    // Abugidas: vowels are implicit or marks that romanisation renders loosely.
    'Devanagari',
    'Bengali',
    'Gurmukhi',
    'Gujarati',
    'Tamil',
    'Telugu',
    'Kannada',
    'Malayalam',
    'Sinhala',
    'Thai',
    'Lao',
    'Khmer',
    'Myanmar',
    'Tibetan',
    'Ethiopic',
  ]
    .map((script) => `\\p{Script=${script}}`)
    .join('')}]`,
  'u',
);
/** Scripts whose characters are syllables written without spaces between a name's parts. */
const SYLLABIC = /[\p{Script=Han}\p{Script=Hangul}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * The Arabic article is written joined to the next word (الزيدي). Romanisations write it apart
 * (al-Zaidi), so it is split off before transliteration; the matcher then treats it as a particle.
 */
const ARABIC_ARTICLE = /(^|[\s-])ال(?=\p{Script=Arabic}{2,})/gu;
/** Ta marbuta is silent or "a" in romanised names (فاطمة → Fatima), never the "h" any-ascii gives. */
const TA_MARBUTA = /ة/gu;

/**
 * Romanises a name with any-ascii (an npm library covering every script). Two adjustments that
 * are not a character table: Han and Hangul words are romanised syllable by syllable and grouped
 * as name parts (see syllabicWords; the scorer rejoins parts where the other name writes them
 * apart), and abjad words are flagged for skeleton comparison.
 */
export function transliterate(raw: string): LatinWord[] {
  const text = raw.normalize('NFKC');
  if (!NON_ASCII.test(text)) return splitWords(text, false);
  const prepared = text.replace(ARABIC_ARTICLE, '$1ال ').replace(TA_MARBUTA, 'ا');
  const words: LatinWord[] = [];
  const parts = prepared.split(/[\s\u00a0\u3000・·\-‐‑–—_/]+/u).filter(Boolean);
  const singleWord = parts.length === 1;
  for (const word of parts) {
    if (SYLLABIC.test(word)) {
      words.push(...syllabicWords(word, singleWord));
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
  return [{ ...words[0], source, script: scriptOf(original), ...(syllable ? { syllable } : {}) }];
}

const SCRIPTS = [
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Han',
  'Hangul',
  'Hiragana',
  'Katakana',
  'Thai',
  'Devanagari',
  'Bengali',
  'Armenian',
  'Georgian',
  'Ethiopic',
  'Khmer',
  'Tamil',
  'Gujarati',
  'Gurmukhi',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Lao',
  'Myanmar',
  'Tibetan',
  'Mongolian',
  'Syriac',
  'Thaana',
].map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** The script of a word's first letter of a known non-Latin script, else "other". */
function scriptOf(text: string): string {
  for (const char of text) {
    for (const [name, pattern] of SCRIPTS) if (pattern.test(char)) return name;
  }
  return 'other';
}

/**
 * A Han or Hangul word. Its syllables are one name part (志强 → zhiqiang), except when the whole
 * name is one word (陈建国, 김철수): then the first syllable is the family name and the rest the
 * given name (chen jianguo, gim cholsu), the usual order and romanisation.
 */
function syllabicWords(word: string, wholeName: boolean): LatinWord[] {
  const chars = [...word];
  if (!chars.every((char) => SYLLABIC.test(char))) {
    return withSource(splitWords(anyAscii(word), false), word, true);
  }
  const hangul = HANGUL.test(word);
  const romanise = (part: string[]) => {
    const text = part.map((char) => anyAscii(char).toLowerCase()).join('');
    // any-ascii follows the Revised Romanisation (eo, eu); Korean names on lists and passports
    // mostly follow McCune-Reischauer, which writes those vowels o and u (Cheol-su / Chol-su).
    return hangul ? text.replace(/eo/g, 'o').replace(/eu/g, 'u') : text;
  };
  const groups = wholeName && chars.length >= 2 ? [chars.slice(0, 1), chars.slice(1)] : [chars];
  return groups.flatMap((group) =>
    withSource(splitWords(romanise(group), false), group.join(''), true),
  );
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
