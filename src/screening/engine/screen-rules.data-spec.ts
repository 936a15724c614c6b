import { readFileSync } from 'node:fs';
import { sharedDataPath } from '../cli/evaluation/shared-data';
import type { NormalisedMessage } from '../model';
import { parseMessage } from '../parse-message';
import { compileRules } from '../rules/rule-loader';
import { messageFacts } from './message-facts';
import { screen } from './screen';

/** Targeting rules on the real GTAS samples: the facts rules read, and the hits they give. */

function sample(name: string): NormalisedMessage {
  const result = parseMessage(readFileSync(sharedDataPath('messages', name)));
  expect(result.messages).toHaveLength(1);
  return result.messages[0];
}

function routes(message: NormalisedMessage): Record<string, string> {
  const facts = messageFacts(message);
  return Object.fromEntries(
    facts.travellers.map((t) => [
      t.fullName,
      t.legs.map((l) => `${l.departureLocation}-${l.arrivalLocation}`).join(' '),
    ]),
  );
}

describe('rules on the GTAS samples', () => {
  it('gives a manifest traveller the legs from where they board to where they leave', () => {
    expect(routes(sample('gtas_apisMessage.txt'))).toEqual({
      'MICHAEL CLARK': 'ATL-ORD ORD-JFK',
      'CHERYL CLARK': 'ORD-JFK',
    });
  });

  it('knows the reported flight: the leg into the reporting country, or the PNR push flight', () => {
    const flight = (name: string) => messageFacts(sample(name)).message.flight;
    expect(flight('gtas_apisMessage.txt')).toMatchObject({
      number: 'AA124',
      arrivalLocation: 'JFK',
    });
    expect(flight('gtas_Test1.txt')).toMatchObject({ number: 'UA0989', departureLocation: 'FRA' });
    expect(flight('gtas_pnrMessageExample.txt')).toMatchObject({
      number: 'UA988',
      departureLocation: 'FRA',
      arrivalLocation: 'IAD',
    });
  });

  it('reads a PNR journey from the booked itinerary, the reported flight once', () => {
    const message = sample('gtas_pnrMessageExample.txt');
    const rules = compileRules([
      {
        id: 'CASH-LATE',
        name: 'Part paid in cash',
        severity: 'medium',
        maxHitsPerMessage: 3,
        criteria: {
          all: [
            { field: 'booking.paymentType', op: '=', value: 'CA' },
            { field: 'journey.route', op: '=', value: 'WDH-ADD-FRA-IAD' },
            { field: 'booking.daysToDeparture', op: '>', value: 30 },
            { field: 'booking.travellerCount', op: '>=', value: 5 },
          ],
        },
      },
    ]);
    const { hits, suppressedRuleHits } = screen(message, undefined, rules);
    expect(hits.map((h) => h.traveller.name)).toEqual([
      'MOLLY LOBB',
      'MATTHIAS PHILIPPS',
      expect.any(String),
    ]);
    expect(suppressedRuleHits).toEqual({ 'CASH-LATE': 2 });
    expect(hits[0].conditions?.map((c) => c.actual)).toEqual([
      ['CC', 'CA'],
      'WDH-ADD-FRA-IAD',
      35,
      5,
    ]);
  });

  it('finds a visa for a given country and a visa about to expire', () => {
    const doco = screen(
      sample('gtas_pnrWithDoco.txt'),
      undefined,
      compileRules([
        {
          id: 'VISA-LI',
          name: 'Visa for Liechtenstein',
          severity: 'low',
          criteria: {
            all: [
              { field: 'document.type', op: '=', value: 'V' },
              { field: 'document.applicableCountry', op: '=', value: 'Liechtenstein' },
            ],
          },
        },
      ]),
    );
    expect(doco.hits.map((h) => [h.traveller.name, h.explanation])).toEqual([
      [
        'CHARLES ACKARY',
        'rule VISA-LI "Visa for Liechtenstein": document.type = "V" (actual "V"); document.applicableCountry = "Liechtenstein" (actual "LIE")',
      ],
    ]);
    const flight = screen(
      sample('gtas_flight1.txt'),
      undefined,
      compileRules([
        {
          id: 'VISA-SOON',
          name: 'Visa expires within 30 days',
          severity: 'low',
          criteria: {
            all: [
              { field: 'document.type', op: '=', value: 'V' },
              { field: 'document.validityDaysLeft', op: 'between', value: [0, 30] },
            ],
          },
        },
      ]),
    );
    expect(flight.hits.map((h) => [h.traveller.name, h.conditions?.[1].actual])).toEqual([
      ['GAYLA COOKE JOSEPH', 20],
    ]);
  });
});
