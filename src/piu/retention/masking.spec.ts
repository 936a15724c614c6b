import type { HitDetail } from '../pipeline/hit-ledger';
import type { TravellerRecord } from '../pipeline/traveller-record';
import { MASKED, maskHitDetail, maskTravellerRecord, yearOnly } from './masking';

const RECORD: TravellerRecord = {
  surname: 'QUORVEN',
  givenNames: 'ALDRIC TAMSIN',
  dateOfBirth: '1971-04-02',
  gender: 'M',
  nationality: 'KEN',
  residence: 'KEN',
  documents: [
    {
      type: 'P',
      number: 'K1234567',
      issuingCountry: 'KEN',
      expiry: '2030-12-31',
      nationality: 'KEN',
    },
    { type: 'V', number: 'V-99881' },
  ],
  contacts: [
    { kind: 'email', value: 'aldric@example.org' },
    { kind: 'phone', value: '+254700123456' },
  ],
  seat: '14C',
  embarkation: 'LHR',
  debarkation: 'NBO',
  pnrLocators: ['QRV001'],
};

const PERSONAL = [
  'QUORVEN',
  'ALDRIC',
  'TAMSIN',
  '04-02',
  'K1234567',
  'V-99881',
  'aldric',
  '254700',
  'QRV001',
  '2030-12-31',
];

const expectNone = (value: unknown) => {
  const json = JSON.stringify(value);
  for (const text of PERSONAL) expect(json).not.toContain(text);
};

describe('maskTravellerRecord', () => {
  it('masks names, document numbers, contacts and booking references; keeps what names no one', () => {
    const masked = maskTravellerRecord(RECORD);
    expectNone(masked);
    expect(masked).toEqual({
      surname: MASKED,
      givenNames: MASKED,
      dateOfBirth: '1971',
      gender: 'M',
      nationality: 'KEN',
      residence: 'KEN',
      documents: [
        { type: 'P', number: MASKED, issuingCountry: 'KEN', nationality: 'KEN' },
        { type: 'V', number: MASKED },
      ],
      contacts: [
        { kind: 'email', value: MASKED },
        { kind: 'phone', value: MASKED },
      ],
      seat: '14C',
      embarkation: 'LHR',
      debarkation: 'NBO',
      pnrLocators: [MASKED],
      depersonalised: true,
    });
  });

  it('changes nothing the second time', () => {
    const once = maskTravellerRecord(RECORD);
    expect(maskTravellerRecord(once)).toEqual(once);
  });

  it('leaves out what the record did not have', () => {
    const masked = maskTravellerRecord({
      surname: 'ΠΑΠΑΔΟΠΟΥΛΟΣ',
      givenNames: '',
      documents: [],
      contacts: [],
      pnrLocators: [],
    });
    expect(masked).toEqual({
      surname: MASKED,
      givenNames: MASKED,
      documents: [],
      contacts: [],
      pnrLocators: [],
      depersonalised: true,
    });
  });
});

describe('yearOnly', () => {
  it('keeps the year of a full or partial date, masks what has none', () => {
    expect(yearOnly('1971-04-02')).toBe('1971');
    expect(yearOnly('1971')).toBe('1971');
    expect(yearOnly('02APR71')).toBe(MASKED);
    expect(yearOnly(undefined)).toBeUndefined();
  });
});

describe('maskHitDetail', () => {
  const listHit: HitDetail = {
    explanation:
      'name "ALDRIC TAMSIN QUORVEN" ~ "Aldric Tamsin QUORVEN" (primary) 1.00; date of birth 1971-04-02 matches (+0.05)',
    traveller: {
      id: 'T1',
      index: 0,
      name: 'ALDRIC TAMSIN QUORVEN',
      role: 'passenger',
      dateOfBirth: '1971-04-02',
      nationality: 'KEN',
      bookingId: 'B1',
      pnrLocator: 'QRV001',
    },
    entry: {
      id: 'csv:NAT-1',
      list: 'csv',
      names: ['Aldric Tamsin QUORVEN', 'Al QUORVEN'],
      category: 'terrorism',
      programmes: [],
    },
    match: {
      queryName: 'ALDRIC TAMSIN QUORVEN',
      entryName: 'Aldric Tamsin QUORVEN',
      entryNameQuality: 'primary',
      nameScore: 1,
      tokens: [
        { query: 'aldric', entry: 'aldric', similarity: 1, weight: 2, method: 'equal' },
        { entry: 'tamsin', similarity: 0, weight: 1, method: 'none' },
        { query: 'quorven', entry: 'quorven', similarity: 1, weight: 3, method: 'equal' },
      ],
      qualifiers: [
        { qualifier: 'dob', effect: 0.05, reason: 'date of birth 1971-04-02 matches' },
        { qualifier: 'nationality', effect: 0.02, reason: 'nationality KEN matches' },
        { qualifier: 'document', effect: 1, reason: 'document K1234567 issued by KEN is listed' },
      ],
      summary: 'name "ALDRIC TAMSIN QUORVEN" ~ "Aldric Tamsin QUORVEN"',
    },
  };

  it('keeps the list entry and the score’s parts, masks what quotes the traveller', () => {
    const masked = maskHitDetail(listHit);
    // The entry's names and tokens are the list's data: only the traveller's side is checked.
    // (For an exact match they spell the traveller's name as the list does: that a traveller
    // matched a listed person is what a hit is, and stays so.)
    const travellerSide = {
      ...masked,
      entry: undefined,
      match: {
        ...masked.match,
        entryName: undefined,
        tokens: masked.match!.tokens.map((pair) => ({ ...pair, entry: undefined })),
      },
    };
    expect(JSON.stringify(travellerSide)).not.toMatch(
      /ALDRIC|aldric|QUORVEN|quorven|QRV001|04-02|K1234567/,
    );
    expect(masked.entry).toEqual(listHit.entry);
    expect(masked.traveller).toEqual({
      id: 'T1',
      index: 0,
      name: MASKED,
      role: 'passenger',
      dateOfBirth: '1971',
      nationality: 'KEN',
      bookingId: 'B1',
    });
    expect(masked.explanation).toBe(MASKED);
    expect(masked.match).toMatchObject({
      queryName: MASKED,
      entryName: 'Aldric Tamsin QUORVEN',
      nameScore: 1,
      summary: MASKED,
    });
    expect(masked.match!.tokens.map((pair) => [pair.entry, pair.similarity, pair.weight])).toEqual([
      ['aldric', 1, 2],
      ['tamsin', 0, 1],
      ['quorven', 1, 3],
    ]);
    expect(masked.match!.qualifiers).toEqual([
      { qualifier: 'dob', effect: 0.05, reason: MASKED },
      { qualifier: 'nationality', effect: 0.02, reason: 'nationality KEN matches' },
      { qualifier: 'document', effect: 1, reason: MASKED },
    ]);
    expect(maskHitDetail(masked)).toEqual(masked);
  });

  it('masks a rule condition’s actual value unless the field names no one', () => {
    const ruleHit: HitDetail = {
      explanation: 'rule "Cash and one-way" holds for QUORVEN',
      traveller: { id: 'T2', index: 1, name: 'ALDRIC QUORVEN', role: 'passenger' },
      rule: { id: 'rule:4', name: 'Cash and one-way', description: 'Cash, one way' },
      conditions: [
        {
          path: 'all[0]',
          field: 'booking.paymentType',
          op: '=',
          expected: 'CA',
          actual: 'CA',
          negated: false,
        },
        {
          path: 'all[1]',
          field: 'journey.oneWay',
          op: '=',
          expected: true,
          actual: true,
          negated: false,
        },
        {
          path: 'all[2]',
          field: 'booking.email',
          op: 'exists',
          expected: true,
          actual: ['a@example.org'],
          negated: false,
        },
        {
          path: 'all[3]',
          field: 'traveller.surname',
          op: '=',
          expected: 'QUORVEN',
          actual: 'QUORVEN',
          negated: false,
        },
        {
          path: 'all[4]',
          field: 'document.number',
          op: 'exists',
          expected: false,
          actual: undefined,
          negated: true,
        },
      ],
    };
    const masked = maskHitDetail(ruleHit);
    expect(masked.rule).toEqual(ruleHit.rule);
    expect(masked.conditions!.map((condition) => condition.actual)).toEqual([
      'CA',
      true,
      MASKED,
      MASKED,
      undefined,
    ]);
    // What the rule itself says is the rule's, not the traveller's.
    expect(masked.conditions![3].expected).toBe('QUORVEN');
    expect(masked.explanation).toBe(MASKED);
    expect(masked.traveller.name).toBe(MASKED);
  });
});
