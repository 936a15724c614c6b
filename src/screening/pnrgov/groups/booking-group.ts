import { component, optional } from '../../edifact/segment';
import type { Booking } from '../../model/booking';
import type { SegmentGroup } from '../pnrgov-walk';
import { money, parseAdd, parseOrg, pnrDateTime } from '../pnrgov-segments';

/**
 * PNR-level data after the SRC: locators (RCI), dates (DAT, also read inside the traveller and
 * history groups), originator (ORG), addresses (ADD) and excess baggage (EBD).
 */
export const BOOKING_GROUP: SegmentGroup = {
  RCI(walk, segment, current) {
    const booking = current.booking;
    if (booking.recordLocator) return;
    const reference = walk.context.reference;
    segment.elements.forEach((_, e) => {
      const locator = component(segment, e, 1);
      if (!locator) return;
      const company = optional(segment, e, 0);
      if (!booking.recordLocator) {
        booking.recordLocator = locator;
        if (company) booking.recordLocatorCarrier = company;
        // Creation date/time: components 4-5; some senders drop the type (component 3).
        const shifted = /^\d{6}$/.test(component(segment, e, 2));
        const date = shifted ? component(segment, e, 2) : component(segment, e, 3);
        const time = shifted ? component(segment, e, 3) : component(segment, e, 4);
        const created = date ? pnrDateTime(date, time, reference) : undefined;
        if (created) booking.createdAt = created;
      } else {
        booking.otherLocators.push(company ? { carrier: company, locator } : { locator });
      }
    });
  },
  DAT(walk, segment, current) {
    const booking = current.booking;
    for (let e = 0; e < segment.elements.length; e++) {
      const qualifier = component(segment, e, 0);
      const at = pnrDateTime(
        component(segment, e, 1),
        component(segment, e, 2),
        walk.context.reference,
      );
      if (!at) continue;
      if (walk.section === 'history' && qualifier === 'ZT') walk.historyAt = at;
      else if (qualifier === '700' && walk.section === 'pnr') booking.lastModifiedAt = at;
      else if (qualifier === '711') booking.createdAt ??= at;
      else if (qualifier === '710') {
        const ticket = walk.ticket;
        if (walk.section === 'traveller' && ticket && !ticket.issuedAt)
          ticket.issuedAt = at.slice(0, 10);
        if (!booking.ticketedAt || at < booking.ticketedAt) booking.ticketedAt = at;
      }
    }
  },
  ORG(walk, segment, current) {
    if (walk.section === 'pnr' && !current.booking.agency) {
      current.booking.agency = parseOrg(segment);
    }
  },
  ADD(walk, segment, current) {
    const address = parseAdd(segment);
    if (!address) return;
    current.booking.addresses.push(address);
    const traveller = walk.travellerInGroup();
    if (traveller) traveller.address ??= address;
  },
  EBD(_walk, segment, current) {
    const charge = money(component(segment, 0, 1), optional(segment, 0, 0));
    const count = Number.parseInt(component(segment, 1, 0), 10);
    const weight = Number.parseFloat(component(segment, 1, 1));
    const excess: NonNullable<Booking['excessBaggage']> = {};
    if (charge) excess.charge = charge;
    if (Number.isFinite(count)) excess.count = count;
    if (Number.isFinite(weight)) excess.weight = weight;
    const unit = optional(segment, 1, 2);
    if (unit) excess.unit = unit;
    current.booking.excessBaggage = excess;
  },
};
