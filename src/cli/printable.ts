/** Longest error line the CLI prints; longer text keeps its start and its end. */
const MAX_LENGTH = 300;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text safe to print on a terminal as one line: control characters (which could move the
 * cursor, clear the screen or ring the bell), invisible format characters (bidirectional
 * overrides, zero-width spaces) and line separators are shown escaped (`\x1b`, `\u{202e}`), and
 * a very long text keeps its start and end around ` … `. Input files can be binary or hostile;
 * their bytes reach error messages through excerpts and file names.
 */
export function printable(text: string, maxLength = MAX_LENGTH): string {
  const escaped = text.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
  if (escaped.length <= maxLength) return escaped;
  const tail = Math.floor(maxLength / 3);
  return `${escaped.slice(0, maxLength - tail - 3)} … ${escaped.slice(escaped.length - tail)}`;
}

/** One `error: …` line for standard error. */
export function errorLine(message: string): string {
  return `error: ${printable(message) || 'unknown failure'}\n`;
}
