import { component, optional } from '../../edifact/segment';
import type { SegmentGroup } from '../pnrgov-walk';
import { parseTvl } from '../pnrgov-segments';

/** The itinerary group: one TVL per leg of the PNR, with its party (RPI) and equipment (APD). */
export const ITINERARY_GROUP: SegmentGroup = {
  MSG(walk, segment) {
    if (component(segment, 0, 0) === '8') walk.nextNonAir = true;
  },
  TVL(walk, segment, current) {
    const booking = current.booking;
    const leg = walk.leg;
    const onlyNumber =
      !component(segment, 0, 0) && !component(segment, 1, 0) && optional(segment, 4, 0);
    if (onlyNumber && leg) {
      // The operating flight of a codeshare, given in its own TVL. Which number is the
      // marketing one is decided by the reported flight: it is the operating flight.
      const extra = component(segment, 4, 0);
      const reported = walk.message.legs[0];
      if (reported && leg.operatingCarrier === reported.carrier && leg.number === reported.number) {
        leg.operatingNumber = leg.number;
        leg.number = extra;
      } else {
        leg.operatingNumber = extra;
      }
      return;
    }
    walk.section = 'itinerary';
    walk.traveller = undefined;
    const parsed = parseTvl(
      segment,
      `${booking.id}-L${booking.legs.length + 1}`,
      walk.context.reference,
      walk.nextNonAir,
    );
    walk.leg = parsed;
    walk.nextNonAir = false;
    booking.legs.push(parsed);
  },
  RPI(walk, segment) {
    const leg = walk.leg;
    if (walk.section === 'itinerary' && leg) {
      const size = Number.parseInt(component(segment, 0, 0), 10);
      if (Number.isFinite(size)) leg.partySize = size;
      const status = optional(segment, 1, 0);
      if (status) leg.status = status;
    }
  },
  APD(walk, segment) {
    const leg = walk.leg;
    if (leg && walk.section === 'itinerary') {
      const equipment = optional(segment, 0, 0);
      if (equipment) leg.equipment = equipment;
    }
  },
};
