import { syntheticMessage } from '../../../test/support/synthetic-messages';
import { compileRules } from '../../screening/rules/rule-loader';
import { InMemoryTravellerFacts } from './recent-traveller-facts';
import { initialsOf, tryRule, type TrialLimits } from './rule-trial';

const rule = (criteria: unknown, maxHitsPerMessage = 25) =>
  compileRules([{ id: 'R', name: 'R', severity: 'high', criteria, maxHitsPerMessage }]).rules[0];

const HEAVY = rule({ field: 'traveller.bagCount', op: '>=', value: 3 });

function limits(overrides: Partial<TrialLimits> = {}): TrialLimits {
  return { maxExamples: 2, maxMessages: 1000, deadline: Infinity, now: () => 0, ...overrides };
}

const STATE = 7;
const flight = (n: number) => ({
  carrier: 'XQ',
  number: String(100 + n),
  from: 'AAA',
  to: 'BBB',
  date: `2026-11-${String(20 + n).padStart(2, '0')}`,
});

function source(): InMemoryTravellerFacts {
  const facts = new InMemoryTravellerFacts();
  for (let n = 1; n <= 5; n++) {
    facts.add(STATE, {
      messageId: n,
      receivedAt: new Date(Date.UTC(2026, 10, 20 + n)),
      message: syntheticMessage(flight(n), [
        { given: 'ZARA ANN', surname: 'QUILL', bags: n },
        { given: 'YUSUF', surname: 'PELL', bags: 0 },
      ]),
    });
  }
  facts.add(STATE + 1, {
    messageId: 99,
    receivedAt: new Date(Date.UTC(2026, 10, 25)),
    message: syntheticMessage(flight(9), [{ given: 'ELSE', surname: 'WHERE', bags: 9 }]),
  });
  return facts;
}

describe('trying a rule on recent messages', () => {
  it("counts the State's hits since the date, keeping only the first few examples", async () => {
    const outcome = await tryRule(
      HEAVY,
      source().messagesSince(STATE, new Date(Date.UTC(2026, 10, 22))),
      limits(),
    );
    // Messages 2..5 (received from the 22nd), bags 2, 3, 4, 5: three hits.
    expect(outcome).toEqual({
      messages: 4,
      travellers: 8,
      hits: 3,
      partial: false,
      examples: [
        { initials: 'Z.A.Q.', flight: 'XQ103', date: '2026-11-23' },
        { initials: 'Z.A.Q.', flight: 'XQ104', date: '2026-11-24' },
      ],
    });
  });

  it('counts as screening would: at most maxHitsPerMessage a message', async () => {
    const anyone = rule({ field: 'traveller.surname', op: 'exists', value: true }, 1);
    const outcome = await tryRule(anyone, source().messagesSince(STATE, new Date(0)), limits());
    expect(outcome.hits).toBe(5);
  });

  it('stops at its limits and says the count is partial', async () => {
    const capped = await tryRule(
      HEAVY,
      source().messagesSince(STATE, new Date(0)),
      limits({ maxMessages: 3 }),
    );
    expect(capped).toMatchObject({ messages: 3, hits: 1, partial: true });
    let clock = 0;
    const timed = await tryRule(
      HEAVY,
      source().messagesSince(STATE, new Date(0)),
      limits({ deadline: 2, now: () => clock++, yieldEvery: 1 }),
    );
    expect(timed.partial).toBe(true);
    expect(timed.messages).toBeLessThan(5);
  });

  it('finds nothing without stored messages', async () => {
    const outcome = await tryRule(
      HEAVY,
      new InMemoryTravellerFacts().messagesSince(STATE, new Date(0)),
      limits(),
    );
    expect(outcome).toMatchObject({ messages: 0, hits: 0, examples: [] });
  });

  it('shows initials only', () => {
    const [traveller] = syntheticMessage(flight(1), [
      { given: 'émile  jean', surname: 'DE LA CROIX' },
    ]).travellers;
    expect(initialsOf(traveller)).toBe('É.J.D.L.C.');
  });
});
