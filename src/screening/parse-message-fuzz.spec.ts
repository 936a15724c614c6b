import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EdifactSyntaxError } from './edifact/edifact-syntax-error';
import { mutateMessage, seededRandom } from './edifact/message-mutator';
import { parseMessage } from './parse-message';

/**
 * Robustness: each of our own sample messages is mutated many times (seeded, so a failure is
 * reproducible) and parsed in both modes. Loose mode must return a result and its mappers must
 * never fail internally; strict mode may only throw its own EdifactSyntaxError.
 */
const fixtures = join(__dirname, '..', '..', 'test', 'fixtures', 'screening', 'messages');
const MUTATIONS_PER_SAMPLE = 300;

const samples: [string, Buffer][] = [
  [
    'paxlst-d15b-multipart-unoy.edi',
    readFileSync(join(fixtures, 'paxlst-d15b-multipart-unoy.edi')),
  ],
  ['pnrgov-15-1-family.edi', readFileSync(join(fixtures, 'pnrgov-15-1-family.edi'))],
];

describe.each(samples)('fuzzing %s', (name, bytes) => {
  it(`survives ${MUTATIONS_PER_SAMPLE} seeded mutations in loose and strict mode`, () => {
    const random = seededRandom(name.length * 7919 + bytes.length);
    let strictFailures = 0;
    for (let i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
      const input = mutateMessage(bytes, random);
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
