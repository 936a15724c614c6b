/**
 * Bytes to text. UNOY and the IATA messages in the wild are UTF-8; UNOA/UNOB are ASCII subsets;
 * UNOC is ISO 8859-1. UTF-8 is tried first because it is the only one that can fail: a valid
 * UTF-8 reading of Latin-1 text with accented letters is practically impossible, and pure ASCII
 * reads the same either way.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface DecodedInput {
  text: string;
  encoding: 'utf-8' | 'latin1';
  /** Char offset → byte offset, for diagnostics on byte input; undefined for string input. */
  byteOffsetOf?: (charOffset: number) => number;
}

export function decodeInput(input: string | Uint8Array): DecodedInput {
  if (typeof input === 'string') return { text: input, encoding: 'utf-8' };
  let text: string;
  let encoding: DecodedInput['encoding'] = 'utf-8';
  try {
    text = utf8.decode(input);
  } catch {
    text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
    encoding = 'latin1';
  }
  const ascii = text.length === input.byteLength;
  const byteOffsetOf = (charOffset: number): number => {
    if (ascii || encoding === 'latin1') return charOffset;
    return Buffer.byteLength(text.slice(0, charOffset), 'utf8');
  };
  return { text, encoding, byteOffsetOf };
}
