import type { Catalogue } from './catalogue';

/**
 * The pseudo-locale: English with every letter accented and every message bracketed, so a page
 * rendered in it shows at a glance (and to a test) which text came through the catalogue and
 * which was written into a template or a service by hand. Selected with `Accept-Language: en-XA`.
 */
export const PSEUDO_LOCALE = 'en-XA';
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTS = 'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ';
const ACCENTED = new Map([...PLAIN].map((letter, index) => [letter, [...ACCENTS][index]]));

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED.get(letter) ?? letter);
}

/**
 * One ICU message in the pseudo-locale: literal text accented, everything ICU reads left as it
 * is (argument names, `plural`/`select` and their case keys, `#`, quoted literals), so the
 * message still compiles and takes the same parameters.
 */
export function pseudoLocalise(message: string): string {
  return PSEUDO_OPEN + new IcuWalker(message).text(false) + PSEUDO_CLOSE;
}

/** A catalogue's pseudo-localised twin, generated when the translator loads. */
export function pseudoCatalogue(source: Catalogue): Catalogue {
  return {
    locale: PSEUDO_LOCALE,
    name: pseudoLocalise(source.name),
    direction: source.direction,
    formatLocale: source.formatLocale,
    messages: Object.fromEntries(
      Object.entries(source.messages).map(([key, message]) => [key, pseudoLocalise(message)]),
    ),
  };
}

/** A small reader of ICU message syntax: enough to tell literal text from syntax. */
class IcuWalker {
  private position = 0;

  constructor(private readonly source: string) {}

  /** Literal text up to an unmatched `}` (or the end), with its arguments copied. */
  text(inPlural: boolean): string {
    let out = '';
    while (this.position < this.source.length) {
      const char = this.source[this.position];
      if (char === '}') break;
      if (char === '{') {
        out += this.argument();
      } else if (char === "'") {
        out += this.quoted(inPlural);
      } else if (char === '#' && inPlural) {
        out += char;
        this.position++;
      } else {
        const start = this.position;
        while (this.position < this.source.length && !/[{}'#]/.test(this.source[this.position]))
          this.position++;
        if (this.position === start) this.position++;
        out += accent(this.source.slice(start, this.position));
      }
    }
    return out;
  }

  /** `'{…}'` and `''` are ICU escapes, kept verbatim; a lone apostrophe is text. */
  private quoted(inPlural: boolean): string {
    const next = this.source[this.position + 1];
    if (next === "'") {
      this.position += 2;
      return "''";
    }
    if (next === '{' || next === '}' || (inPlural && next === '#')) {
      const end = this.source.indexOf("'", this.position + 1);
      const stop = end === -1 ? this.source.length : end + 1;
      const verbatim = this.source.slice(this.position, stop);
      this.position = stop;
      return verbatim;
    }
    this.position++;
    return "'";
  }

  /** `{name}`, `{n, number}` or `{n, plural|select|selectordinal, key {text} …}`. */
  private argument(): string {
    const start = this.position;
    const header = /^\{\s*([^,{}\s]+)\s*(?:,\s*(\w+)\s*)?(,)?/.exec(this.source.slice(start));
    const type = header?.[2];
    if (!header || !(type === 'plural' || type === 'select' || type === 'selectordinal')) {
      // A plain or formatted argument: nothing in it is text to translate.
      this.skipBalanced();
      return this.source.slice(start, this.position);
    }
    this.position += header[0].length;
    let out = header[0];
    const inPlural = type !== 'select';
    while (this.position < this.source.length && this.source[this.position] !== '}') {
      const keyMatch = /^[^{}]*/.exec(this.source.slice(this.position))!;
      out += keyMatch[0];
      this.position += keyMatch[0].length;
      if (this.source[this.position] !== '{') break;
      this.position++;
      out += '{' + this.text(inPlural) + '}';
      this.position++;
    }
    if (this.source[this.position] === '}') {
      out += '}';
      this.position++;
    }
    return out;
  }

  private skipBalanced(): void {
    let depth = 0;
    do {
      const char = this.source[this.position++];
      if (char === '{') depth++;
      else if (char === '}') depth--;
    } while (depth > 0 && this.position < this.source.length);
  }
}
