/**
 * The service characters of an interchange (ISO 9735 UNA). `repetition` is -1 when the
 * interchange has none (syntax version 3 reserves the UNA position and it is a space).
 * Stored as char codes: the tokeniser compares codes, never strings, per character.
 */
export interface Separators {
  component: number;
  element: number;
  decimal: number;
  release: number;
  repetition: number;
  segment: number;
}

/** ISO 9735 defaults (UNOA/UNOB/IATA without UNA): `:` `+` `.` `?` and `'`. Syntax version 4
 *  adds `*` as the repetition separator; version 3 has none. */
export function defaultSeparators(syntaxVersion: number): Separators {
  return {
    component: 0x3a,
    element: 0x2b,
    decimal: 0x2e,
    release: 0x3f,
    repetition: syntaxVersion >= 4 ? 0x2a : -1,
    segment: 0x27,
  };
}

/** Printable form for diagnostics and the CLI: `:+.?*'`. */
export function describeSeparators(separators: Separators): string {
  const chars = [
    separators.component,
    separators.element,
    separators.decimal,
    separators.release,
    separators.repetition,
    separators.segment,
  ];
  return chars.map((code) => (code < 0 ? ' ' : String.fromCharCode(code))).join('');
}
