import { foldText } from './fold';

/** One word of a text: its folded form and where it stands in the original (for highlights). */
export interface TextToken {
  term: string;
  start: number;
  end: number;
}

/** Letters, digits and the marks that belong to them: a run of these is a word. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/**
 * Scripts written without spaces between words: every character is a token of its own, so a
 * query of two characters finds the word they spell (the query makes a phrase of them).
 */
const SYLLABIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SYLLABIC_SPLIT =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][\p{M}]*)/u;
const FOLDED_WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text`, folded, with their places in `text`. */
export function tokenise(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    let offset = match.index;
    const parts = SYLLABIC.test(word) ? word.split(SYLLABIC_SPLIT) : [word];
    for (const part of parts) {
      if (part) {
        for (const folded of foldText(part).match(FOLDED_WORD) ?? []) {
          tokens.push({ term: folded, start: offset, end: offset + part.length });
        }
      }
      offset += part.length;
    }
  }
  return tokens;
}

/** The folded words of `text`, in order. */
export function termsOf(text: string): string[] {
  return tokenise(text).map((token) => token.term);
}
