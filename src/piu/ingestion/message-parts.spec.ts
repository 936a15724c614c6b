import { paxlst, syntheticTravellers } from '../../demo/synthetic-messages';
import { parseMessage } from '../../screening/parse-message';
import { messageFacts, leadMinutes } from './message-facts';
import { partOf, partsState, reassemble, ReassemblyError } from './message-parts';
import { maskCardNumbersInRaw } from './raw-card-mask';
import { safeDiagnostic } from './safe-diagnostics';

const base = {
  carrier: 'KQ',
  flight: '101',
  from: 'GBLHR',
  to: 'KEMBA',
  departure: '202603011200',
  arrival: '202603012100',
};
const travellers = syntheticTravellers(6);
const part = (sequence: number, final: boolean) =>
  Buffer.from(
    paxlst({
      ...base,
      reference: `P${sequence}`,
      travellers: travellers.slice((sequence - 1) * 2, sequence * 2),
      part: { sequence, final },
    }),
  );

describe('multi-part PAXLST', () => {
  it('tells a part from a whole message, with its sequence and flight', () => {
    expect(partOf(part(1, false))).toEqual({
      sequence: 1,
      final: false,
      commonAccess: 'KQ101/260301/1200',
      sender: 'KQDCS',
    });
    expect(partOf(part(3, true))).toMatchObject({ sequence: 3, final: true });
    expect(partOf(Buffer.from(paxlst({ ...base, reference: 'W', travellers })))).toBeNull();
    expect(partOf(part(1, true))).toBeNull();
    expect(partOf(Buffer.from('{"json": true}'))).toBeNull();
  });

  it('knows what is missing, and when the group is complete', () => {
    expect(partsState([{ sequence: 2, final: false }])).toEqual({
      received: [2],
      expected: null,
      missing: [1],
      complete: false,
    });
    expect(
      partsState([
        { sequence: 3, final: true },
        { sequence: 1, final: false },
      ]),
    ).toEqual({ received: [1, 3], expected: 3, missing: [2], complete: false });
    expect(
      partsState([
        { sequence: 2, final: true },
        { sequence: 1, final: false },
      ]).complete,
    ).toBe(true);
  });

  it('reassembles parts received in any order into the message the engine reads whole', () => {
    const text = reassemble([
      { sequence: 3, bytes: part(3, true) },
      { sequence: 1, bytes: part(1, false) },
      { sequence: 2, bytes: part(2, false) },
    ]);
    const result = parseMessage(text);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0].parts).toBe(3);
    expect(result.messages[0].diagnostics).toEqual([]);
    expect(result.messages[0].travellers.map((t) => t.surname)).toEqual(
      travellers.map((t) => t.surname),
    );
  });

  it('refuses parts written with different service characters', () => {
    const other = Buffer.from(
      part(2, true)
        .toString()
        .replace("UNA:+.? '", "UNA:+.? '")
        .replace(/'/g, '~')
        .replace('UNA:+.? ~', 'UNA:+.? ~'),
    );
    expect(() =>
      reassemble([
        { sequence: 1, bytes: part(1, false) },
        { sequence: 2, bytes: other },
      ]),
    ).toThrow(ReassemblyError);
  });
});

describe('raw messages as stored', () => {
  it('masks card numbers in the raw bytes, keeping ticket numbers and every other byte', () => {
    const raw = Buffer.from(
      paxlst({
        ...base,
        reference: 'C1',
        travellers: [{ surname: 'ÖZDEMİR', givenNames: 'ŞULE' }],
        extra: ['FTX+AAI+++PAID WITH 4111 1111 1111 1111', 'TKT+4111111111111111'],
      }),
    );
    const masked = maskCardNumbersInRaw(raw);
    const text = masked.toString('utf8');
    expect(text).toContain('PAID WITH XXXX XXXX XXXX 1111');
    expect(text).toContain('TKT+4111111111111111');
    expect(text).toContain('ÖZDEMİR:ŞULE');
    expect(masked.length).toBe(raw.length);
    const plain = Buffer.from(paxlst({ ...base, reference: 'C2', travellers }));
    expect(maskCardNumbersInRaw(plain)).toBe(plain);
  });

  it('keeps no traveller value in a stored diagnostic', () => {
    expect(
      safeDiagnostic({
        severity: 'warning',
        code: 'bad-country',
        message: "unknown country code 'JANE DOE'",
        segmentNumber: 12,
        segmentTag: 'NAT',
      }),
    ).toEqual({
      severity: 'warning',
      code: 'bad-country',
      message: 'unknown country code',
      segmentNumber: 12,
      segmentTag: 'NAT',
    });
  });

  it('reads the flight and the completeness counts, with countries from UN/LOCODEs', () => {
    const facts = messageFacts(
      parseMessage(
        paxlst({
          ...base,
          reference: 'F1',
          travellers: [...travellers.slice(0, 2), { surname: 'NODOC', givenNames: 'ANNA' }],
        }),
      ),
    );
    expect(facts).toMatchObject({
      kind: 'PAXLST',
      flightCarrier: 'KQ',
      flightNumber: '101',
      departureLocal: '2026-03-01T12:00',
      departureLocation: 'GBLHR',
      departureCountry: 'GBR',
      arrivalCountry: 'KEN',
      travellerCount: 3,
      withDocument: 2,
      withDateOfBirth: 2,
      withNationality: 2,
    });
    expect(facts.countries.sort()).toEqual(['GBR', 'KEN']);
    expect(leadMinutes('2026-03-01T12:00', new Date('2026-03-01T10:30:00Z'))).toBe(90);
    expect(leadMinutes('2026-03-01', new Date())).toBeNull();
  });
});
