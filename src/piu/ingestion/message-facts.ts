import type { Leg } from '../../screening/model/leg';
import type { ParseResult } from '../../screening/model/parse-result';

/**
 * What a message says about its flight and its completeness, without a single personal
 * value: what the list of messages, the flights and the carrier dashboard read. Stored in
 * plain columns beside the encrypted raw message.
 */
export interface MessageFacts {
  kind: 'PAXLST' | 'PNRGOV' | null;
  flightCarrier: string | null;
  flightNumber: string | null;
  /** Scheduled departure, local time of the departure point as the message gives it. */
  departureLocal: string | null;
  departureLocation: string | null;
  departureCountry: string | null;
  arrivalLocation: string | null;
  arrivalCountry: string | null;
  travellerCount: number;
  withDocument: number;
  withDateOfBirth: number;
  withNationality: number;
  /** Every country the message's legs name (when their codes tell it). */
  countries: string[];
}

/** The leg the message reports: PAXLST's leg into or out of the reporting State, else the first. */
export function reportedLeg(legs: readonly Leg[]): Leg | undefined {
  return (
    legs.find((leg) => leg.locationQualifiers?.some((q) => q === '125' || q === '87')) ?? legs[0]
  );
}

const clip = (value: string | undefined, length: number): string | null =>
  value ? value.slice(0, length) : null;

export function messageFacts(result: ParseResult): MessageFacts {
  const [first] = result.messages;
  const leg = first ? reportedLeg(first.legs) : undefined;
  const countries = new Set<string>();
  let travellerCount = 0;
  let withDocument = 0;
  let withDateOfBirth = 0;
  let withNationality = 0;
  for (const message of result.messages) {
    for (const each of message.legs) {
      if (each.nonAir) continue;
      if (each.departure?.country) countries.add(each.departure.country);
      if (each.arrival?.country) countries.add(each.arrival.country);
    }
    for (const traveller of message.travellers) {
      travellerCount++;
      if (traveller.documents.some((document) => document.number !== '')) withDocument++;
      if (traveller.dateOfBirth) withDateOfBirth++;
      if (traveller.nationality || traveller.documents.some((document) => document.nationality))
        withNationality++;
    }
  }
  return {
    kind: first?.format ?? null,
    flightCarrier: clip(leg?.carrier, 3),
    flightNumber: clip(leg?.number, 8),
    departureLocal: clip(leg?.departure?.scheduledLocal, 16),
    departureLocation: clip(leg?.departure?.location, 8),
    departureCountry: clip(leg?.departure?.country, 3),
    arrivalLocation: clip(leg?.arrival?.location, 8),
    arrivalCountry: clip(leg?.arrival?.country, 3),
    travellerCount,
    withDocument,
    withDateOfBirth,
    withNationality,
    countries: [...countries],
  };
}

/**
 * Minutes from receipt to the scheduled departure (negative: received after it), when the
 * message gives a departure time. EDIFACT times are local without a zone and the portal has no
 * airport table: the local time is read as UTC, so the figure may be off by the departure
 * point's UTC offset (at most a few hours).
 */
export function leadMinutes(departureLocal: string | null, receivedAt: Date): number | null {
  if (!departureLocal || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(departureLocal)) return null;
  const departure = Date.parse(`${departureLocal}:00Z`);
  if (Number.isNaN(departure)) return null;
  return Math.round((departure - receivedAt.getTime()) / 60_000);
}
