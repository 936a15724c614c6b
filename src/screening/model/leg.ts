/**
 * A leg of a journey, transport-neutral: an air segment today, a sea voyage (the maritime
 * component), rail or road later. PAXLST TDT+LOC+DTM and PNRGOV TVL both map here.
 */

export type TransportMode = 'air' | 'sea' | 'rail' | 'road' | 'unknown';

/** One end of a leg. */
export interface LegPoint {
  /** As given: an IATA airport code (`JFK`) or UN/LOCODE (`USNYC`), or a port/station code. */
  location: string;
  /** ISO 3166 alpha-3, when the code or the message tells us (UN/LOCODE prefix, LOC country). */
  country?: string;
  /** Free-text name when the message carries one (LOC …:::name, TVL location name). */
  name?: string;
  /** Scheduled local date-time as `YYYY-MM-DDTHH:mm` (no zone: EDIFACT gives local times), or
   *  `YYYY-MM-DD` when the message gives a date only. */
  scheduledLocal?: string;
  /** Terminal or berth when given. */
  terminal?: string;
}

export interface Leg {
  /** Stable within the message: `L1`, `L2`… in message order (bookings' legs: `B1-L1`…). */
  id: string;
  mode: TransportMode;
  /** Marketing carrier (IATA/ICAO airline code, shipping line) as given. */
  carrier?: string;
  /** Flight or voyage number without the carrier prefix (`123`, `0989`); leading zeros kept. */
  number?: string;
  /** Operating carrier and number for codeshares (PNRGOV TVL `KE:SQ`, PAXLST when present). */
  operatingCarrier?: string;
  operatingNumber?: string;
  /** Vessel/aircraft identification when given (TDT transport means, IMO number…). */
  transportMeans?: string;
  departure?: LegPoint;
  arrival?: LegPoint;
  /** Booking class / reservation booking designator (PNRGOV TVL, e.g. `Y`). */
  bookingClass?: string;
  /** Reservation status (RPI, e.g. `HK`) and number in party. */
  status?: string;
  partySize?: number;
  /** Aircraft/equipment type (APD, e.g. `777`). */
  equipment?: string;
  /** PNRGOV: a non-air itinerary item (hotel, car) carried in the itinerary (MSG+8). */
  nonAir?: boolean;
  /** PAXLST LOC qualifiers seen for this leg: `125`/`87` (last departure / first arrival in the
   *  reporting country) or `92` (routing). Lets rules tell the reported leg from the others. */
  locationQualifiers?: string[];
}
