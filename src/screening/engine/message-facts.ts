import type { Booking, Leg, NormalisedMessage, Traveller } from '../model';
import type {
  BookingFacts,
  DocumentFacts,
  LegFacts,
  MessageFacts,
  TravellerFacts,
} from '../rules/rule-facts';

/**
 * The normalised message seen the way rules read it (rules/rule-facts.ts): one flat record per
 * traveller with their documents, their legs and their booking. Kept apart from the model so
 * the rule catalogue does not change when the parsers' model grows.
 */

function legFacts(leg: Leg): LegFacts {
  return {
    mode: leg.mode,
    carrier: leg.carrier,
    operatingCarrier: leg.operatingCarrier,
    // Flight numbers read as analysts write them: carrier and number (`AA123`).
    number: leg.number !== undefined ? `${leg.carrier ?? ''}${leg.number}` : undefined,
    departureLocation: leg.departure?.location,
    departureTime: leg.departure?.scheduledLocal,
    departureCountry: leg.departure?.country,
    arrivalLocation: leg.arrival?.location,
    arrivalTime: leg.arrival?.scheduledLocal,
    arrivalCountry: leg.arrival?.country,
  };
}

/** Travel legs only: hotel and car items of a PNR itinerary are not journeys. */
function travelLegs(legs: readonly Leg[]): Leg[] {
  return legs.filter((leg) => !leg.nonAir);
}

function bookingFacts(booking: Booking): BookingFacts {
  const phones = new Set<string>();
  const emails = new Set<string>();
  for (const contact of booking.contacts) {
    if (contact.kind === 'email') emails.add(contact.value);
    else if (contact.kind !== 'other') phones.add(contact.value);
  }
  for (const address of booking.addresses) if (address.phone) phones.add(address.phone);
  const agency = booking.agency;
  return {
    locator: booking.recordLocator,
    createdAt: booking.createdAt,
    ticketedAt: booking.ticketedAt,
    tripType: booking.derived.tripType,
    paymentTypes: [...new Set(booking.payments.map((payment) => payment.type))],
    travellerCount: booking.derived.travellerCount,
    agency: agency?.officeId ?? agency?.iataNumber ?? agency?.systemCode,
    legs: travelLegs(booking.legs).map(legFacts),
    phones: [...phones],
    emails: [...emails],
    bagCount: booking.excessBaggage?.count,
    frequentFlyerNumbers: [...new Set(booking.frequentFlyer.map((card) => card.number))],
    ticketNumbers: [...new Set(booking.tickets.map((ticket) => ticket.number))],
  };
}

function documentFacts(traveller: Traveller): DocumentFacts[] {
  return traveller.documents.map((document) => ({
    type: document.type || undefined,
    number: document.number || undefined,
    issuingCountry: document.issuingCountry,
    expiry: document.expiry,
    issued: document.issueDate,
    role: document.role,
    applicableCountry: document.applicableCountry,
  }));
}

/** The name as an analyst reads it: given names, then surname. */
export function travellerName(traveller: Traveller): string {
  return [traveller.givenNames, traveller.surname].filter((part) => part.trim() !== '').join(' ');
}

/** Drops repeats of the same flight (a PNR lists the reported flight and its itinerary). */
function distinctLegs(legs: readonly Leg[]): Leg[] {
  const seen = new Set<string>();
  return legs.filter((leg) => {
    const key = [
      leg.carrier,
      leg.number,
      leg.departure?.location,
      leg.departure?.scheduledLocal,
      leg.arrival?.location,
    ].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A PNR traveller's journey is the booked itinerary in its order (TVL groups), restricted to the
 * legs the traveller is on when the message says; the reported flight is part of it, or stands
 * alone when the booking has no itinerary.
 */
function bookedJourney(traveller: Traveller, booking: Booking, message: NormalisedMessage): Leg[] {
  const itinerary = travelLegs(booking.legs);
  if (itinerary.length === 0) return distinctLegs(travelLegs(message.legs));
  const own = new Set(traveller.legIds);
  const mine = itinerary.filter((leg) => own.has(leg.id));
  return distinctLegs(mine.length > 0 ? mine : itinerary);
}

/**
 * A manifest traveller's journey: the manifest's legs from where they board to where they leave
 * (LOC 178/179), or every leg when those places are not on the route.
 */
function manifestJourney(traveller: Traveller, message: NormalisedMessage): Leg[] {
  const own = new Set(traveller.legIds);
  const listed = travelLegs(message.legs.filter((leg) => own.size === 0 || own.has(leg.id)));
  const legs = listed.length > 0 ? listed : travelLegs(message.legs);
  const from = traveller.embarkation?.toUpperCase();
  const to = traveller.debarkation?.toUpperCase();
  const first = from ? legs.findIndex((leg) => leg.departure?.location.toUpperCase() === from) : 0;
  if (first < 0) return distinctLegs(legs);
  let last = legs.length - 1;
  if (to) {
    const end = legs.findIndex(
      (leg, i) => i >= first && leg.arrival?.location.toUpperCase() === to,
    );
    if (end < 0) return distinctLegs(legs);
    last = end;
  }
  return distinctLegs(legs.slice(first, last + 1));
}

/**
 * The flight a message reports: for PAXLST the leg marked with LOC 125/87 (last departure from
 * or first arrival in the reporting country), else the manifest's last leg; for PNRGOV the
 * flight after ORG (the message's only leg).
 */
function reportedFlight(message: NormalisedMessage): LegFacts | undefined {
  const legs = travelLegs(message.legs);
  const marked = legs.find((leg) =>
    leg.locationQualifiers?.some((qualifier) => qualifier === '125' || qualifier === '87'),
  );
  const flight = marked ?? legs.at(-1);
  return flight ? legFacts(flight) : undefined;
}

export interface MessageFactSet {
  message: MessageFacts;
  travellers: TravellerFacts[];
}

export function messageFacts(message: NormalisedMessage): MessageFactSet {
  const bookings = new Map<string, { booking: Booking; facts: BookingFacts }>();
  for (const booking of message.bookings) {
    bookings.set(booking.id, { booking, facts: bookingFacts(booking) });
  }
  const travellers = message.travellers.map((traveller, index): TravellerFacts => {
    const booked = traveller.bookingId ? bookings.get(traveller.bookingId) : undefined;
    const legs = booked
      ? bookedJourney(traveller, booked.booking, message)
      : manifestJourney(traveller, message);
    const birthPlace = traveller.birthPlace;
    return {
      index,
      type: traveller.role,
      infant: traveller.infant,
      givenNames: traveller.givenNames || undefined,
      surname: traveller.surname || undefined,
      fullName: travellerName(traveller),
      gender: traveller.gender,
      dateOfBirth: traveller.dateOfBirth,
      nationality: traveller.nationality,
      residence: traveller.residence,
      birthPlace: birthPlace
        ? (birthPlace.name ?? birthPlace.code ?? birthPlace.country)
        : undefined,
      embarkation: traveller.embarkation,
      debarkation: traveller.debarkation,
      seat: traveller.seat,
      bagCount: traveller.bags?.count,
      documents: documentFacts(traveller),
      legs: legs.map(legFacts),
      booking: booked?.facts,
    };
  });
  return {
    message: {
      type: message.format,
      sender: message.sender,
      listType: message.listType,
      flight: reportedFlight(message),
    },
    travellers,
  };
}
