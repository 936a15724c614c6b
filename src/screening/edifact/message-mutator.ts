/**
 * Seeded mutations of EDIFACT messages, for the robustness tests and the bench: the same seed
 * gives the same damaged messages on every run, so a failure can be replayed. Mutations are
 * the damage transport and hand-editing cause: deleted, inserted, replaced, repeated and swapped
 * spans, service characters and segment tags in odd places, truncation and random bytes
 * (invalid UTF-8).
 *
 * It sits in src/ although no product code calls it: the robustness tests and the benches both
 * use it, and neither may import the other's folder (tests do not import bench/, benches do not
 * depend on test/).
 */

/** mulberry32: a tiny seeded PRNG, enough for reproducible fuzzing. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters and fragments that upset a reader most: separators, tags, odd bytes. */
const PALETTE = [
  "'",
  '+',
  ':',
  '?',
  '*',
  '\\',
  '.',
  ' ',
  '\n',
  '\r',
  'UNA',
  'UNH',
  'UNT',
  'UNZ',
  'UNB',
  'SRC',
  'TIF',
  'TVL',
  'NAD+FL',
  'DOC',
  'DTM+329:',
  'ÿ',
  '’',
  'Ж',
  '0',
  '9',
  '\u0000',
];

export function mutateMessage(bytes: Buffer, random: () => number): Buffer | string {
  const text = bytes.toString('latin1');
  const at = Math.floor(random() * text.length);
  const span = 1 + Math.floor(random() * 40);
  const pick = (): string => PALETTE[Math.floor(random() * PALETTE.length)];
  switch (Math.floor(random() * 8)) {
    case 0:
      return Buffer.from(text.slice(0, at) + text.slice(at + span), 'latin1');
    case 1:
      return Buffer.from(text.slice(0, at) + pick() + text.slice(at), 'latin1');
    case 2:
      return Buffer.from(text.slice(0, at) + pick() + text.slice(at + 1), 'latin1');
    case 3:
      return Buffer.from(
        text.slice(0, at) + text.slice(at, at + span).repeat(3) + text.slice(at),
        'latin1',
      );
    case 4:
      return Buffer.from(text.slice(0, at), 'latin1');
    case 5: {
      const copy = Buffer.from(bytes);
      for (let i = 0; i < 4; i++)
        copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      return copy;
    }
    case 6: {
      const other = Math.floor(random() * text.length);
      const [a, b] = at < other ? [at, other] : [other, at];
      return (
        text.slice(0, a) +
        text.slice(b, b + span) +
        text.slice(a + span, b) +
        text.slice(a, a + span) +
        text.slice(b + span)
      );
    }
    default: {
      let out = text;
      for (let i = 0; i < 5; i++) {
        const p = Math.floor(random() * out.length);
        out = out.slice(0, p) + pick() + out.slice(p + 1);
      }
      return out;
    }
  }
}
