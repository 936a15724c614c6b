import {
  ABBREVIATIONS,
  ABJAD_PARTICLES,
  LEGAL_FORM_PHRASES,
  LEGAL_FORMS,
  PARTICLES,
  STOP_WORDS,
  TITLES,
} from './name-tables';
import { phoneticKey } from './phonetic-key';
import { transliterate, type LatinWord } from './transliterate';

/**
 * What a token is: a name word, a particle (al, bin, van), a legal form (LLC, OOO), a stop word
 * (the, of), a number or roman numeral (must be equal), or an initial (A.).
 */
export type TokenKind = 'name' | 'particle' | 'legal' | 'stop' | 'number' | 'initial';

export interface NameToken {
  /** Lower-case ASCII after transliteration and canonical spelling of prefixes (Abdul → abd…). */
  text: string;
  kind: TokenKind;
  /** Romanised from an abjad: compared by consonant skeleton. */
  abjad: boolean;
  /** Consonant-class key (phonetic-key.ts). */
  key: string;
  /** The word in its own non-Latin script, when it had one (see transliterate.ts). */
  source?: string;
  syllable?: boolean;
  script?: string;
}

/** Roman numerals that are not also names (Xi, Li) or initials. */
const ROMAN_NUMERAL = /^(?:ii|iii|iv|vii|viii|ix|xii|xiii|xiv|xv|xvi)$/;
/** Spellings of Arabic "abd" (servant of), written apart or joined to the next word. */
const ABD_WORD = /^abd(?:ul|el|al|ol|ur|ar|us|as|ou|oul|u|e|a)?$/;
const ABD_JOINED = /^abd(?:ul|el|al|ol|ur|ar|us|as|ou|oul|u|e|a)?([a-z]{3,})$/;
/** Legal-form phrases by their first word, so that most words cost one map look-up. */
const LEGAL_PHRASES = new Map<string, (readonly [string[], string])[]>();
for (const [phrase, code] of LEGAL_FORM_PHRASES) {
  const words = phrase.split(' ');
  const list = LEGAL_PHRASES.get(words[0]) ?? [];
  list.push([words, code]);
  LEGAL_PHRASES.set(words[0], list);
}

/** Turns a name as written into comparable tokens. Order is kept; the scorer ignores it. */
export function normaliseName(raw: string): NameToken[] {
  const words = transliterate(raw).map(latinParticle);
  const merged = mergeAbd(replaceLegalPhrases(words));
  const tokens = merged.map((word) => classify(word, merged.length));
  const meaningful = tokens.filter((token) => token.kind !== 'stop' || tokens.length === 1);
  // A title alone (a name that is just "President") stays; otherwise titles go.
  const withoutTitles = meaningful.filter((token) => !TITLES.has(token.text));
  return withoutTitles.length > 0 ? withoutTitles : meaningful;
}

/** One token normalised on its own, as the variant table and list-derived variants store it. */
export function normaliseToken(word: string): string {
  const words = mergeAbd(transliterate(word));
  return words.map((entry) => entry.text).join('');
}

function latinParticle(word: LatinWord): LatinWord {
  if (!word.abjad) return word;
  const latin = ABJAD_PARTICLES.get(word.text);
  return latin ? { text: latin, abjad: false } : word;
}

function replaceLegalPhrases(words: LatinWord[]): LatinWord[] {
  const out: LatinWord[] = [];
  let index = 0;
  outer: while (index < words.length) {
    for (const [phrase, code] of LEGAL_PHRASES.get(words[index].text) ?? []) {
      if (index + phrase.length > words.length) continue;
      if (phrase.every((part, offset) => words[index + offset].text === part)) {
        out.push({ text: code, abjad: false });
        index += phrase.length;
        continue outer;
      }
    }
    const word = words[index];
    const expanded = ABBREVIATIONS.get(word.text);
    out.push(expanded ? { text: expanded, abjad: false } : word);
    index += 1;
  }
  return out;
}

/**
 * "Abd al-Rahman", "Abdul Rahman", "Abdurrahman" and "عبد الرحمن" are one name: abd and the next
 * name word are joined, and the article or vowel between them is dropped.
 */
function mergeAbd(words: LatinWord[]): LatinWord[] {
  const out: LatinWord[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    if (ABD_WORD.test(word.text) && index + 1 < words.length) {
      let next = index + 1;
      if (PARTICLES.has(words[next].text) && next + 1 < words.length) next += 1;
      const stem = words[next].text.replace(/^(?:al|el|ul|ar|ur|as|us|ad|ud)(?=[^aeiou])/, '');
      if (stem.length >= 2 && !/^\d/.test(stem)) {
        out.push({ text: `abd${stem}`, abjad: word.abjad || words[next].abjad });
        index = next;
        continue;
      }
    }
    const joined = ABD_JOINED.exec(word.text);
    if (joined && !word.abjad) {
      const stem = joined[1].replace(/^(?:al|el|ul|ar|ur|as|us|ad|ud)(?=[^aeiou])/, '');
      out.push({ text: `abd${stem}`, abjad: false });
      continue;
    }
    out.push(ABD_WORD.test(word.text) ? { text: 'abd', abjad: word.abjad } : word);
  }
  return out;
}

/** Digits written for look-alike letters inside a word (Ol3g Vor0nin): read as the letters. */
const LOOK_ALIKE_DIGITS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
};

function classify(word: LatinWord, count: number): NameToken {
  const text =
    /[a-z]/.test(word.text) && /\d/.test(word.text)
      ? word.text.replace(/\d/g, (digit) => LOOK_ALIKE_DIGITS[digit] ?? digit)
      : word.text;
  let kind: TokenKind = 'name';
  if (/^\d+$/.test(text) || ROMAN_NUMERAL.test(text)) kind = 'number';
  // A one-letter romanised syllable (이 → i) is a name, not an initial.
  else if (text.length === 1 && word.source === undefined) kind = 'initial';
  else if (count > 1 && LEGAL_FORMS.has(text) && text !== 'as') kind = 'legal';
  else if (count > 1 && PARTICLES.has(text)) kind = 'particle';
  else if (count > 1 && STOP_WORDS.has(text)) kind = 'stop';
  const canonical = kind === 'legal' ? (LEGAL_FORMS.get(text) ?? text) : text;
  const token: NameToken = {
    text: canonical,
    kind,
    abjad: word.abjad,
    key: phoneticKey(canonical, word.abjad),
  };
  if (word.source !== undefined) token.source = word.source;
  if (word.script !== undefined) token.script = word.script;
  if (word.syllable) token.syllable = true;
  return token;
}
