/**
 * Search folding: the same text written with or without accents, in upper or lower case, with
 * or without Arabic vowel marks, is one text. Plain TypeScript, so the index and the query fold
 * identically whatever the database engine.
 *
 * - compatibility forms become their plain letters (ﬁ → fi, full-width Ａ → a, ﻻ → لا);
 * - combining marks go: accents (é → e, Å → a, й → и, ё → е), Arabic harakat and the hamza
 *   carried by alef (أ إ آ → ا), Hebrew points, kana voicing marks;
 * - case folds (Cyrillic and Greek included; final sigma ς = σ); ß → ss, æ → ae, œ → oe,
 *   ø → o, ł → l, đ/ð → d, þ → th, dotless ı → i;
 * - Arabic: ٱ → ا, taa marbuta ة → ه, alef maqsura ى → ي, Persian ی → ي and ک → ك, tatweel
 *   removed, Arabic-Indic digits → 0–9.
 */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ς: 'σ',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ـ: '',
};

const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}٠-٩۰-۹]`, 'gu');
const MARKS = /[\p{Mn}\p{Me}]/gu;

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL, (char) => LETTERS[char] ?? digit(char))
    .normalize('NFC');
}

/** ٠–٩ (Arabic-Indic) and ۰–۹ (Persian) as ASCII digits. */
function digit(char: string): string {
  const code = char.codePointAt(0)!;
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}
