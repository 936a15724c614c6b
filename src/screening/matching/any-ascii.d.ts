/**
 * any-ascii 0.1 (CommonJS, so it loads under Jest as well as Node) ships no type declarations:
 * it exports one function from Unicode text to its ASCII transliteration.
 */
declare module 'any-ascii' {
  function anyAscii(text: string): string;
  export = anyAscii;
}
