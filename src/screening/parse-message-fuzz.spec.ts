import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EdifactSyntaxError } from './edifact/edifact-syntax-error';
import { parseMessage } from './parse-message';

/**
 * Robustness: each of our own sample messages is mutated many times (seeded, so a failure is
 * reproducible) and parsed in both modes. Loose mode must return a result and its mappers must
 * never fail internally; strict mode may only throw its own EdifactSyntaxError.
 */
const fixtures = join(__dirname, '..', '..', 'test', 'fixtures', 'screening', 'messages');
const MUTATIONS_PER_SAMPLE = 300;

/** mulberry32: a tiny seeded PRNG, enough for reproducible fuzzing. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

function mutate(bytes: Buffer, random: () => number): Buffer | string {
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

const samples: [string, Buffer][] = [
  [
    'paxlst-d15b-multipart-unoy.edi',
    readFileSync(join(fixtures, 'paxlst-d15b-multipart-unoy.edi')),
  ],
  ['pnrgov-15-1-family.edi', readFileSync(join(fixtures, 'pnrgov-15-1-family.edi'))],
];

describe.each(samples)('fuzzing %s', (name, bytes) => {
  it(`survives ${MUTATIONS_PER_SAMPLE} seeded mutations in loose and strict mode`, () => {
    const random = prng(name.length * 7919 + bytes.length);
    let strictFailures = 0;
    for (let i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
      const input = mutate(bytes, random);
      const loose = parseMessage(input);
      expect(Array.isArray(loose.messages)).toBe(true);
      const internal = [
        ...loose.diagnostics,
        ...loose.messages.flatMap((m) => m.diagnostics),
      ].filter((d) => d.code === 'unreadable-message');
      if (internal.length > 0) throw new Error(`mutation ${i}: ${internal[0].message}`);
      expect(JSON.stringify(loose)).not.toMatch(/4111\s?1111\s?1111\s?1111/);
      try {
        parseMessage(input, { strict: true });
      } catch (error) {
        if (!(error instanceof EdifactSyntaxError)) throw error;
        strictFailures++;
      }
    }
    // The mutations do break messages: most fail strict parsing.
    expect(strictFailures).toBeGreaterThan(MUTATIONS_PER_SAMPLE / 2);
  });
});
