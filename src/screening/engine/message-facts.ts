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
    paymentTypes: booking.payments.map((payment) => payment.type),
    travellerCount: booking.derived.travellerCount,
    agency: agency?.officeId ?? agency?.iataNumber ?? agency?.systemCode,
    legs: travelLegs(booking.legs).map(legFacts),
    phones: [...phones],
    emails: [...emails],
    bagCount: booking.excessBaggage?.count,
    frequentFlyerNumbers: booking.frequentFlyer.map((card) => card.number),
    ticketNumbers: booking.tickets.map((ticket) => ticket.number),
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

export interface MessageFactSet {
  message: MessageFacts;
  travellers: TravellerFacts[];
}

export function messageFacts(message: NormalisedMessage): MessageFactSet {
  const legsById = new Map<string, Leg>();
  for (const leg of message.legs) legsById.set(leg.id, leg);
  const bookings = new Map<string, { booking: Booking; facts: BookingFacts }>();
  for (const booking of message.bookings) {
    for (const leg of booking.legs) legsById.set(leg.id, leg);
    bookings.set(booking.id, { booking, facts: bookingFacts(booking) });
  }
  const travellers = message.travellers.map((traveller, index): TravellerFacts => {
    const booked = traveller.bookingId ? bookings.get(traveller.bookingId) : undefined;
    // The traveller's own legs when the message links them; else the booking's itinerary
    // (PNR) or the manifest's legs (API).
    let legs = travelLegs(
      traveller.legIds.flatMap((id) => {
        const leg = legsById.get(id);
        return leg ? [leg] : [];
      }),
    );
    if (legs.length === 0) legs = travelLegs(booked ? booked.booking.legs : message.legs);
    if (legs.length === 0) legs = travelLegs(message.legs);
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
    message: { type: message.format, sender: message.sender, listType: message.listType },
    travellers,
  };
}
