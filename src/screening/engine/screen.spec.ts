import type { MatchOptions, MatchResult } from '../matching/match-result';
import type { ScreeningSubject } from '../matching/screening-subject';
import type { Booking, Leg, NormalisedMessage, Traveller } from '../model';
import { compileRules } from '../rules/rule-loader';
import type { WatchlistEntry } from '../watchlists/watchlist-entry';
import { listHitSeverity } from './hit-severity';
import { screen, type SubjectMatcher } from './screen';
import { screeningSubjects } from './screening-subject-mapping';

function leg(id: string, from: string, to: string, departure: string): Leg {
  return {
    id,
    mode: 'air',
    carrier: 'XX',
    number: id.replace(/\D/g, ''),
    departure: { location: from, scheduledLocal: departure },
    arrival: { location: to },
  };
}

function traveller(id: string, overrides: Partial<Traveller> = {}): Traveller {
  return {
    id,
    role: 'passenger',
    infant: false,
    surname: 'DOE',
    givenNames: 'JOHN',
    gender: 'M',
    dateOfBirth: '1980-01-01',
    nationality: 'GBR',
    references: [],
    contacts: [],
    documents: [],
    legIds: [],
    frequentFlyer: [],
    sequence: Number(id.slice(1)),
    ...overrides,
  };
}

function message(
  travellers: Traveller[],
  overrides: Partial<NormalisedMessage> = {},
): NormalisedMessage {
  const legs = [
    leg('L1', 'LHR', 'DXB', '2026-12-01T09:00'),
    leg('L2', 'DXB', 'KBL', '2026-12-02T03:00'),
  ];
  return {
    format: 'PAXLST',
    version: 'D05B',
    controlReferences: {},
    listType: 'passenger',
    parts: 1,
    legs,
    travellers,
    bookings: [],
    declaredTotals: {},
    route: ['LHR', 'DXB', 'KBL'],
    diagnostics: [],
    messageIndex: 1,
    ...overrides,
  };
}

function entry(id: string, overrides: Partial<WatchlistEntry> = {}): WatchlistEntry {
  return {
    id,
    list: (id.split(':')[0] as WatchlistEntry['list']) ?? 'csv',
    sourceId: id.split(':')[1],
    kind: 'individual',
    names: [
      { full: 'JOHN DOE', quality: 'primary' },
      { full: 'JOHNNY DOE', quality: 'good' },
    ],
    datesOfBirth: [],
    nationalities: [],
    documents: [],
    programmes: ['TEST'],
    ...overrides,
  };
}

/** A matcher double that answers from a table keyed by surname, recording what it was asked. */
class TableMatcher implements SubjectMatcher {
  readonly asked: ScreeningSubject[] = [];
  constructor(private readonly table: Record<string, MatchResult[]>) {}
  match(subject: ScreeningSubject, _options?: MatchOptions): MatchResult[] {
    this.asked.push(subject);
    return this.table[subject.surname ?? ''] ?? [];
  }
}

function result(
  e: WatchlistEntry,
  kind: 'name' | 'document',
  score: number,
  alert = true,
): MatchResult {
  return {
    entry: e,
    kind,
    score,
    alert,
    explanation: {
      nameScore: score,
      tokens: [],
      qualifiers: [],
      summary: `${kind} ${e.id} ${score}`,
    },
  };
}

describe('screen', () => {
  it('turns alerting candidates into list hits with severity, entry and traveller reference', () => {
    const national = entry('csv:NL-1', { severity: 'critical', category: 'terrorism' });
    const un = entry('un:QDi.001');
    const company = entry('ofac:9', { kind: 'entity' });
    const matcher = new TableMatcher({
      DOE: [
        result(un, 'name', 0.9),
        result(national, 'name', 0.97),
        result(company, 'name', 0.99),
        result(entry('un:QDi.002'), 'name', 0.6, false),
      ],
      ROE: [result(entry('documents:LS-1', { kind: 'document', names: [] }), 'document', 1)],
    });
    const msg = message([
      traveller('T1'),
      traveller('T2', {
        surname: 'ROE',
        documents: [
          { type: 'P', number: 'X123', issuingCountry: 'FRA', role: 'primary', source: 'DOC' },
        ],
      }),
    ]);
    const { hits, travellersScreened } = screen(msg, matcher, undefined);
    expect(travellersScreened).toBe(2);
    expect(hits.map((h) => [h.traveller.id, h.kind, h.entry?.id, h.severity, h.score])).toEqual([
      ['T1', 'name', 'csv:NL-1', 'critical', 0.97],
      ['T1', 'name', 'un:QDi.001', 'medium', 0.9],
      ['T2', 'document', 'documents:LS-1', 'critical', 1],
    ]);
    expect(hits[0]).toMatchObject({
      traveller: { name: 'JOHN DOE', index: 0, role: 'passenger' },
      entry: { list: 'csv', names: ['JOHN DOE', 'JOHNNY DOE'], category: 'terrorism' },
      explanation: 'name csv:NL-1 0.97',
    });
    expect(matcher.asked[1]).toMatchObject({
      surname: 'ROE',
      documents: [{ number: 'X123', issuingCountry: 'FRA', type: 'P' }],
    });
  });

  it('also screens the name on a document when it differs, keeping the best score per entry', () => {
    const un = entry('un:QDi.003');
    const matcher = new TableMatcher({
      DOE: [result(un, 'name', 0.85)],
      SMITH: [result(un, 'name', 0.96)],
    });
    const msg = message([
      traveller('T1', {
        documents: [
          {
            type: 'P',
            number: 'P1',
            role: 'primary',
            source: 'SSR DOCS',
            surname: 'SMITH',
            givenNames: 'JOHN',
          },
          {
            type: 'P',
            number: 'P1',
            role: 'secondary',
            source: 'SSR DOCO',
            surname: 'DOE',
            givenNames: 'JOHN',
          },
        ],
      }),
    ]);
    const { hits } = screen(msg, matcher, undefined);
    expect(matcher.asked.map((s) => s.fullName)).toEqual(['JOHN DOE', 'JOHN SMITH']);
    expect(matcher.asked[1].documents).toBeUndefined();
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ score: 0.96, severity: 'high' });
  });

  it('evaluates enabled rules per traveller, capped per message, with explanations', () => {
    const rules = compileRules([
      {
        id: 'KBL',
        name: 'Kabul via Dubai',
        severity: 'medium',
        maxHitsPerMessage: 2,
        criteria: { all: [{ field: 'journey.route', op: 'contains', value: 'DXB-KBL' }] },
      },
      {
        id: 'OFF',
        name: 'disabled',
        severity: 'low',
        enabled: false,
        criteria: { field: 'traveller.surname', op: 'exists' },
      },
      {
        id: 'MINOR',
        name: 'Minor travelling',
        severity: 'low',
        criteria: { field: 'traveller.ageAtDeparture', op: '<', value: 18 },
      },
    ]);
    const msg = message([
      traveller('T1'),
      traveller('T2', { dateOfBirth: '2015-05-05' }),
      traveller('T3'),
    ]);
    const { hits, suppressedRuleHits } = screen(msg, undefined, rules);
    expect(hits.map((h) => [h.traveller.id, h.rule?.id, h.severity, h.score])).toEqual([
      ['T1', 'KBL', 'medium', 1],
      ['T2', 'KBL', 'medium', 1],
      ['T2', 'MINOR', 'low', 1],
    ]);
    expect(suppressedRuleHits).toEqual({ KBL: 1 });
    expect(hits[2].explanation).toBe(
      'rule MINOR "Minor travelling": traveller.ageAtDeparture < 18 (actual 11)',
    );
  });

  it('reads booking fields of a PNR traveller from their own booking', () => {
    const booking: Booking = {
      id: 'B1',
      recordLocator: 'ABC123',
      otherLocators: [],
      createdAt: '2026-11-30T10:00',
      contacts: [{ kind: 'email', value: 'x@example.org' }],
      addresses: [],
      payments: [{ type: 'CA' }],
      tickets: [],
      frequentFlyer: [],
      ssrs: [],
      remarks: [],
      history: [],
      travellerIds: ['T1'],
      legs: [leg('B1-L1', 'LHR', 'IST', '2026-12-01T09:00')],
      derived: { tripType: 'one-way', route: ['LHR', 'IST'], travellerCount: 1, paidCash: true },
    };
    const rules = compileRules([
      {
        id: 'CASH',
        name: 'Cash, booked late, one way',
        severity: 'high',
        criteria: {
          all: [
            { field: 'booking.paymentType', op: '=', value: 'CA' },
            { field: 'booking.daysToDeparture', op: '<', value: 3 },
            { field: 'journey.oneWay', op: '=', value: true },
            { field: 'booking.tripType', op: '=', value: 'one-way' },
            { field: 'booking.email', op: 'contains', value: 'example' },
          ],
        },
      },
    ]);
    const msg = message(
      [traveller('T1', { bookingId: 'B1', legIds: ['B1-L1'] }), traveller('T2')],
      {
        format: 'PNRGOV',
        bookings: [booking],
      },
    );
    const { hits } = screen(msg, undefined, rules);
    expect(hits).toHaveLength(1);
    expect(hits[0].traveller.id).toBe('T1');
    expect(hits[0].conditions?.map((c) => c.actual)).toEqual([
      ['CA'],
      1,
      true,
      'one-way',
      ['x@example.org'],
    ]);
  });
});

describe('listHitSeverity', () => {
  it.each([
    ['document', 0.5, undefined, 'critical'],
    ['name', 0.99, undefined, 'high'],
    ['name', 0.9, undefined, 'medium'],
    ['name', 0.81, undefined, 'low'],
    ['name', 0.96, 'critical', 'critical'],
    ['name', 0.9, 'critical', 'high'],
    ['name', 0.82, 'critical', 'medium'],
    ['name', 0.82, 'low', 'low'],
  ] as const)(
    '%s hit scoring %d on an entry of severity %s is %s',
    (kind, score, severity, expected) => {
      expect(listHitSeverity(kind, score, { severity })).toBe(expected);
    },
  );
});

describe('screeningSubjects', () => {
  it('falls back to the document nationality and leaves unspecified genders out', () => {
    const [subject] = screeningSubjects(
      traveller('T1', {
        nationality: undefined,
        gender: 'U',
        documents: [{ type: 'P', number: ' ', nationality: 'DEU', role: 'primary', source: 'DOC' }],
      }),
    );
    expect(subject).toMatchObject({ nationality: 'DEU', gender: undefined, documents: [] });
  });
});
