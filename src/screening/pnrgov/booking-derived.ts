import { daysBetween } from '../edifact/dates';
import { routeOf } from '../edifact/model-factory';
import type { Booking, BookingDerived, TripType } from '../model/booking';
import type { Leg } from '../model/leg';

/**
 * Shape of an itinerary from its air legs in order: one leg or a connected chain that ends
 * elsewhere → one-way; ends where it started → return; one surface gap (arrive at one place,
 * leave from another) → open-jaw; more gaps → multi-city.
 */
export function tripType(legs: readonly Leg[]): TripType {
  const air = legs.filter((leg) => !leg.nonAir && leg.departure && leg.arrival);
  if (air.length === 0) return 'unknown';
  const origin = air[0]?.departure?.location;
  const destination = air[air.length - 1]?.arrival?.location;
  if (air.length > 1 && origin === destination) return 'return';
  let gaps = 0;
  for (let i = 1; i < air.length; i++) {
    if (air[i]?.departure?.location !== air[i - 1]?.arrival?.location) gaps++;
  }
  if (gaps === 0) return 'one-way';
  return gaps === 1 ? 'open-jaw' : 'multi-city';
}

/** The derived fields rules read; `fallbackDeparture` is the reported flight's departure. */
export function deriveBooking(
  booking: Booking,
  fallbackDeparture: string | undefined,
): BookingDerived {
  const air = booking.legs.filter((leg) => !leg.nonAir);
  const firstDeparture =
    air.find((leg) => leg.departure?.scheduledLocal)?.departure?.scheduledLocal ??
    fallbackDeparture;
  const derived: BookingDerived = {
    tripType: tripType(air),
    route: routeOf(air),
    travellerCount: booking.travellerIds.length,
    paidCash: booking.payments.some((payment) => payment.type === 'CA'),
  };
  if (booking.createdAt && firstDeparture) {
    const days = daysBetween(booking.createdAt, firstDeparture);
    if (days !== undefined) derived.daysBookingToDeparture = days;
  }
  const ticketed =
    booking.ticketedAt ??
    booking.tickets
      .map((ticket) => ticket.issuedAt)
      .filter((value): value is string => Boolean(value))
      .sort()[0];
  if (ticketed && firstDeparture) {
    const days = daysBetween(ticketed, firstDeparture);
    if (days !== undefined) derived.daysTicketingToDeparture = days;
  }
  return derived;
}
