import type { NormalisedMessage, Traveller } from '../../src/screening/model';

/**
 * Small parsed messages with invented people, for trying rules on: a flight (carrier, number,
 * route, date) and its travellers. No real data, nothing parsed from EDIFACT.
 */
export interface SyntheticTraveller {
  given: string;
  surname: string;
  nationality?: string;
  dateOfBirth?: string;
  bags?: number;
}

export function syntheticMessage(
  flight: { carrier: string; number: string; from: string; to: string; date: string },
  travellers: SyntheticTraveller[],
): NormalisedMessage {
  return {
    format: 'PAXLST',
    version: 'D05B',
    controlReferences: {},
    listType: 'passenger',
    parts: 1,
    legs: [
      {
        id: 'L1',
        mode: 'air',
        carrier: flight.carrier,
        number: flight.number,
        departure: { location: flight.from, scheduledLocal: `${flight.date}T09:30` },
        arrival: { location: flight.to },
      },
    ],
    travellers: travellers.map((person, i): Traveller => ({
      id: `T${i + 1}`,
      role: 'passenger',
      infant: false,
      surname: person.surname,
      givenNames: person.given,
      dateOfBirth: person.dateOfBirth,
      nationality: person.nationality,
      bags: person.bags === undefined ? undefined : { count: person.bags, tags: [] },
      references: [],
      contacts: [],
      documents: [],
      legIds: ['L1'],
      frequentFlyer: [],
      sequence: i + 1,
    })),
    bookings: [],
    declaredTotals: {},
    route: [flight.from, flight.to],
    diagnostics: [],
    messageIndex: 1,
  };
}
