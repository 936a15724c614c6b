/**
 * Why and where JSON text stops being JSON, for a message a rule author can act on:
 * `not valid JSON at line 3, column 5: expected double-quoted property name`. The reason is the JSON parser's own
 * (without its excerpt of the text, which may hold line breaks or control characters); the
 * place is the parser's position when it gives one, else found by `firstSyntaxErrorOffset`.
 */
export function describeJsonSyntaxError(text: string, error: Error): string {
  const stated = /at position (\d+)/.exec(error.message);
  const offset = stated ? Number(stated[1]) : firstSyntaxErrorOffset(text);
  const reason = error.message
    .replace(/,\s*".*is not valid JSON$/s, '')
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/\s*at position \d+.*$/s, '')
    .replace(/^\w/, (first) => first.toLowerCase());
  const place = offset === undefined ? '' : ` at ${lineAndColumn(text, offset)}`;
  return `not valid JSON${place}: ${reason}`;
}

/** `line L, column C`, both counted from 1. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

class JsonSyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at offset ${offset}`);
  }
}

/**
 * The offset of the first character that breaks the JSON grammar (RFC 8259), the length of the
 * text when it ends too early, or undefined for valid JSON (or nesting too deep to follow).
 */
export function firstSyntaxErrorOffset(text: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(at);
  };
  const space = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at += 1;
  };
  const expect = (literal: string): void => {
    for (const char of literal) {
      if (text[at] !== char) fail();
      at += 1;
    }
  };
  const digits = (): void => {
    if (!/[0-9]/.test(text[at] ?? '')) fail();
    while (/[0-9]/.test(text[at] ?? '')) at += 1;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      const char = text[at];
      if (char === undefined || char < ' ') fail();
      at += 1;
      if (char === '"') return;
      if (char === '\\') {
        const escaped = text[at];
        if (escaped === 'u') {
          at += 1;
          for (let i = 0; i < 4; i += 1) {
            if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail();
            at += 1;
          }
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) at += 1;
        else fail();
      }
    }
  };
  const number = (): void => {
    if (text[at] === '-') at += 1;
    if (text[at] === '0') at += 1;
    else digits();
    if (text[at] === '.') {
      at += 1;
      digits();
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at += 1;
      if (text[at] === '+' || text[at] === '-') at += 1;
      digits();
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      at += 1;
      space();
      if (text[at] === '}') {
        at += 1;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        expect(':');
        value();
        space();
        if (text[at] === '}') {
          at += 1;
          return;
        }
        expect(',');
      }
    } else if (char === '[') {
      at += 1;
      space();
      if (text[at] === ']') {
        at += 1;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[at] === ']') {
          at += 1;
          return;
        }
        expect(',');
      }
    } else if (char === '"') string();
    else if (char === '-' || /[0-9]/.test(char ?? '')) number();
    else if (char === 't') expect('true');
    else if (char === 'f') expect('false');
    else if (char === 'n') expect('null');
    else fail();
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return error.offset;
    return undefined; // RangeError: nesting deeper than the stack; no place to show.
  }
}
