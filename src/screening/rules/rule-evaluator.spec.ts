import { compileRules } from './rule-loader';
import { evaluateRule } from './rule-evaluator';
import type { BookingFacts, MessageFacts, TravellerFacts } from './rule-facts';

const paxlst: MessageFacts = { type: 'PAXLST', listType: 'passenger' };
const pnr: MessageFacts = { type: 'PNRGOV' };

function traveller(overrides: Partial<TravellerFacts> = {}): TravellerFacts {
  return {
    index: 0,
    givenNames: 'JOHN',
    surname: 'DOE',
    fullName: 'JOHN DOE',
    gender: 'M',
    dateOfBirth: '1990-06-15',
    nationality: 'GBR',
    documents: [{ type: 'P', number: '123456789', issuingCountry: 'GBR', expiry: '2030-01-01' }],
    legs: [
      {
        carrier: 'EK',
        number: 'EK2',
        departureLocation: 'LHR',
        departureTime: '2026-12-01T09:15',
        arrivalLocation: 'DXB',
        arrivalTime: '2026-12-01T19:30',
      },
      {
        carrier: 'FG',
        number: 'FG302',
        departureLocation: 'DXB',
        departureTime: '2026-12-02T03:00',
        arrivalLocation: 'KBL',
      },
    ],
    ...overrides,
  };
}

function booking(overrides: Partial<BookingFacts> = {}): BookingFacts {
  return {
    locator: 'ABC123',
    createdAt: '2026-11-30',
    paymentTypes: ['CA'],
    travellerCount: 1,
    legs: [],
    phones: [],
    emails: [],
    frequentFlyerNumbers: [],
    ticketNumbers: [],
    ...overrides,
  };
}

function one(criteria: unknown) {
  return compileRules([{ id: 'R1', name: 'rule', severity: 'high', criteria }]).rules[0];
}

describe('evaluateRule', () => {
  it('matches derived fields: route, age, days to departure, one-way, cash', () => {
    const rule = one({
      all: [
        { field: 'journey.route', op: '=', value: 'lhr-dxb-kbl' },
        { field: 'traveller.ageAtDeparture', op: 'between', value: [18, 40] },
        { field: 'booking.daysToDeparture', op: '<=', value: 2 },
        { field: 'journey.oneWay', op: '=', value: true },
        { field: 'booking.paymentType', op: 'in', value: ['CA', 'MS'] },
      ],
    });
    const match = evaluateRule(rule, pnr, traveller({ booking: booking() }));
    expect(match?.conditions.map((c) => c.actual)).toEqual(['LHR-DXB-KBL', 36, 1, true, ['CA']]);
    expect(match?.summary).toBe(
      'rule R1 "rule": journey.route = "lhr-dxb-kbl" (actual "LHR-DXB-KBL"); ' +
        'traveller.ageAtDeparture between [18, 40] (actual 36); booking.daysToDeparture <= 2 (actual 1); ' +
        'journey.oneWay = true (actual true); booking.paymentType in ["CA", "MS"] (actual ["CA"])',
    );
    // Without a booking the booking fields are absent and the rule does not hold.
    expect(evaluateRule(rule, paxlst, traveller())).toBeUndefined();
  });

  it('computes age on the day of the first departure', () => {
    const rule = one({ field: 'traveller.ageAtDeparture', op: '<', value: 18 });
    expect(evaluateRule(rule, paxlst, traveller({ dateOfBirth: '2008-12-01' }))).toBeUndefined();
    expect(evaluateRule(rule, paxlst, traveller({ dateOfBirth: '2008-12-02' }))).toBeDefined();
    expect(evaluateRule(rule, paxlst, traveller({ dateOfBirth: '2008' }))).toBeUndefined();
  });

  it('needs one document to satisfy every document condition', () => {
    const rule = one({
      all: [
        { field: 'document.issuingCountry', op: '=', value: 'FR' },
        { field: 'document.validityDaysLeft', op: '<', value: 30 },
      ],
    });
    const split = traveller({
      documents: [
        { type: 'P', number: 'A1', issuingCountry: 'FRA', expiry: '2031-01-01' },
        { type: 'P', number: 'B2', issuingCountry: 'GBR', expiry: '2026-12-10' },
      ],
    });
    expect(evaluateRule(rule, paxlst, split)).toBeUndefined();
    const both = traveller({
      documents: [
        { type: 'V', number: 'A1', issuingCountry: 'USA', expiry: '2031-01-01' },
        { type: 'P', number: 'B2', issuingCountry: 'FRA', expiry: '2026-12-10' },
      ],
    });
    const match = evaluateRule(rule, paxlst, both);
    expect(match?.document?.number).toBe('B2');
    expect(match?.conditions.map((c) => c.actual)).toEqual(['FRA', 9]);
  });

  it('explains not, any and exists with the actual values', () => {
    const rule = one({
      all: [
        { not: { field: 'document.type', op: '=', value: 'v' } },
        {
          any: [
            { field: 'traveller.nationality', op: '=', value: 'DE' },
            { field: 'leg.arrival.location', op: 'starts with', value: 'KB' },
          ],
        },
        { field: 'traveller.residence', op: 'exists', value: false },
        {
          not: {
            any: [
              { field: 'traveller.gender', op: '=', value: 'F' },
              { field: 'traveller.surname', op: 'contains', value: 'XX' },
            ],
          },
        },
      ],
    });
    const match = evaluateRule(rule, paxlst, traveller());
    expect(match?.leg?.number).toBe('FG302');
    expect(match?.conditions).toEqual([
      expect.objectContaining({ field: 'document.type', actual: 'P', negated: true }),
      expect.objectContaining({ field: 'leg.arrival.location', actual: 'KBL', negated: false }),
      expect.objectContaining({ field: 'traveller.residence', actual: undefined, negated: false }),
      expect.objectContaining({ field: 'traveller.gender', actual: 'M', negated: true }),
      expect.objectContaining({ field: 'traveller.surname', actual: 'DOE', negated: true }),
    ]);
    expect(match?.summary).toContain('NOT document.type = "v" (actual "P")');
    expect(match?.summary).toContain('traveller.residence exists false (actual absent)');
  });

  it('treats != as "present and no value equals" and absent fields as false', () => {
    const rule = one({ field: 'booking.paymentType', op: '!=', value: 'CC' });
    expect(
      evaluateRule(rule, pnr, traveller({ booking: booking({ paymentTypes: ['CA'] }) })),
    ).toBeDefined();
    expect(
      evaluateRule(rule, pnr, traveller({ booking: booking({ paymentTypes: ['CA', 'CC'] }) })),
    ).toBeUndefined();
    expect(
      evaluateRule(rule, pnr, traveller({ booking: booking({ paymentTypes: [] }) })),
    ).toBeUndefined();
    const nationality = one({ field: 'traveller.nationality', op: '!=', value: 'GBR' });
    expect(
      evaluateRule(nationality, paxlst, traveller({ nationality: undefined })),
    ).toBeUndefined();
  });

  it('compares strings without case and dates at the precision of the rule value', () => {
    expect(
      evaluateRule(one({ field: 'traveller.surname', op: '=', value: 'doe' }), paxlst, traveller()),
    ).toBeDefined();
    const sameDay = one({ field: 'leg.departure.time', op: '=', value: '2026-12-02' });
    expect(evaluateRule(sameDay, paxlst, traveller())?.conditions[0].actual).toBe(
      '2026-12-02T03:00',
    );
    const night = one({
      field: 'leg.departure.time',
      op: 'between',
      value: ['2026-12-02T00:00', '2026-12-02T05:00'],
    });
    expect(evaluateRule(night, paxlst, traveller())?.leg?.number).toBe('FG302');
    const dates = one({ field: 'document.expiry', op: 'in', value: ['2030-01-01', '2031-01-01'] });
    expect(evaluateRule(dates, paxlst, traveller())).toBeDefined();
  });

  it('tries a traveller without documents once, with the document absent', () => {
    const rule = one({ field: 'document.number', op: 'exists', value: false });
    expect(evaluateRule(rule, paxlst, traveller({ documents: [] }))).toBeDefined();
    expect(evaluateRule(rule, paxlst, traveller())).toBeUndefined();
  });

  it('counts journey places for transit rules and knows a return trip', () => {
    const transit = one({ field: 'journey.place', op: 'in', value: ['DXB', 'IST'] });
    expect(evaluateRule(transit, paxlst, traveller())?.conditions[0].actual).toEqual([
      'LHR',
      'DXB',
      'KBL',
    ]);
    const back = traveller({
      booking: booking(),
      legs: [
        { departureLocation: 'LHR', arrivalLocation: 'JFK', departureTime: '2026-12-01T09:00' },
        { departureLocation: 'JFK', arrivalLocation: 'LHR', departureTime: '2026-12-08T09:00' },
      ],
    });
    expect(
      evaluateRule(one({ field: 'journey.oneWay', op: '=', value: false }), pnr, back),
    ).toBeDefined();
  });
});
