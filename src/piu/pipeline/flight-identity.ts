import type { NormalisedMessage } from '../../screening/model';
import { reportedLeg } from '../ingestion/message-facts';

/** A flight as a message names it: what makes it the same flight in another message. */
export interface FlightIdentity {
  flightKey: string;
  carrier: string | null;
  number: string | null;
  departureLocal: string | null;
  departureAt: Date | null;
  departureLocation: string | null;
  arrivalLocation: string | null;
  arrivalLocal: string | null;
}

const clip = (value: string | undefined, length: number): string | null =>
  value ? value.slice(0, length).toUpperCase() : null;

/**
 * The scheduled departure as a Date, the local time read as UTC (see ScreeningFlight); a date
 * without a time is its midnight.
 */
export function departureInstant(local: string | null): Date | null {
  if (!local) return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(local);
  if (!match) return null;
  const instant = Date.parse(`${match[1]}T${match[2] ?? '00:00'}:00Z`);
  return Number.isNaN(instant) ? null : new Date(instant);
}

/**
 * The flight a UNH message reports (its leg into or out of the State): carrier, number and
 * departure date, the three that the API and the PNR of one flight both give alike (places
 * are not: a manifest may write UN/LOCODEs where the PNR writes IATA airports). A message
 * that names no flight stands alone (`message:<id>:<unit>`).
 */
export function flightOf(
  message: NormalisedMessage,
  messageId: number,
  unit: number,
): FlightIdentity {
  const leg = reportedLeg(message.legs.filter((each) => !each.nonAir));
  const carrier = clip(leg?.carrier, 3);
  const number = leg?.number ? leg.number.replace(/^0+(?=\d)/, '').slice(0, 8) : null;
  const departureLocal = leg?.departure?.scheduledLocal?.slice(0, 16) ?? null;
  const departureLocation = clip(leg?.departure?.location, 8);
  const named = carrier !== null && number !== null && departureLocal !== null;
  return {
    flightKey: named
      ? [carrier, number, departureLocal.slice(0, 10)].join('|')
      : `message:${messageId}:${unit}`,
    carrier,
    number,
    departureLocal,
    departureAt: departureInstant(departureLocal),
    departureLocation,
    arrivalLocation: clip(leg?.arrival?.location, 8),
    arrivalLocal: leg?.arrival?.scheduledLocal?.slice(0, 16) ?? null,
  };
}
