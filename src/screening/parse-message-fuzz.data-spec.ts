import { readdirSync, readFileSync } from 'node:fs';
import { sharedDataPath } from './cli/evaluation/shared-data';
import { EdifactSyntaxError } from './edifact/edifact-syntax-error';
import { mutateMessage, seededRandom } from './edifact/message-mutator';
import { parseMessage } from './parse-message';

/**
 * The unit fuzz test (parse-message-fuzz.spec.ts) mutates our own messages; this one mutates
 * each of the 12 third-party samples, seeded and bounded, in both modes: loose mode returns a
 * result without internal failures or full card numbers, strict mode throws only its own error.
 */
const MUTATIONS_PER_SAMPLE = 150;
const dir = sharedDataPath('messages');
const samples = readdirSync(dir)
  .filter((file) => file.startsWith('gtas_'))
  .sort()
  .map((name): [string, Buffer] => [name, readFileSync(`${dir}/${name}`)]);

it('has the 12 samples', () => {
  expect(samples).toHaveLength(12);
});

describe.each(samples)('fuzzing %s', (name, bytes) => {
  it(`survives ${MUTATIONS_PER_SAMPLE} seeded mutations`, () => {
    const random = seededRandom(bytes.length * 31 + name.length);
    for (let i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
      const input = mutateMessage(bytes, random);
      const loose = parseMessage(input);
      const diagnostics = [...loose.diagnostics, ...loose.messages.flatMap((m) => m.diagnostics)];
      const internal = diagnostics.find((d) => d.code === 'unreadable-message');
      if (internal) throw new Error(`mutation ${i}: ${internal.message}`);
      for (const message of loose.messages) {
        for (const payment of message.bookings.flatMap((booking) => booking.payments)) {
          const digits = (payment.cardNumberMasked ?? '').replace(/\D/g, '');
          expect(digits.length).toBeLessThanOrEqual(4);
        }
      }
      try {
        parseMessage(input, { strict: true });
      } catch (error) {
        if (!(error instanceof EdifactSyntaxError)) throw error;
      }
    }
  });
});
