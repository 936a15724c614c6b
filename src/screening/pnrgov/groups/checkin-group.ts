import { newBags, toKilograms } from '../../edifact/model-factory';
import { component, optional } from '../../edifact/segment';
import type { SegmentGroup } from '../pnrgov-walk';

/** The check-in group: TRI names the traveller (or a TIF in the group does), SSD the seat, TBD
 *  the bags. */
export const CHECKIN_GROUP: SegmentGroup = {
  TRI(walk, segment, current) {
    walk.section = 'checkin';
    walk.checkinTraveller = undefined;
    walk.checkinReference = optional(segment, 1, 3);
    if (walk.checkinReference) walk.checkinTraveller = current.byRef(walk.checkinReference);
  },
  SSD(walk, segment) {
    const traveller = walk.checkinTraveller;
    if (walk.section === 'checkin' && traveller) {
      const seat = component(segment, 0, 0);
      if (seat && !/^X+$/.test(seat)) {
        if (walk.leg) (traveller.seatsByLeg ??= {})[walk.leg.id] = seat;
        traveller.seat ??= seat;
      }
    }
  },
  TBD(walk, segment) {
    const traveller = walk.checkinTraveller;
    if (walk.section === 'checkin' && traveller) {
      const bags = (traveller.bags ??= newBags());
      const count = Number.parseInt(component(segment, 1, 0), 10);
      if (Number.isFinite(count)) bags.count = Math.max(bags.count ?? 0, count);
      const weight = Number.parseFloat(component(segment, 1, 1));
      if (Number.isFinite(weight)) {
        const unit = optional(segment, 1, 2);
        bags.weight = Math.max(bags.weight ?? 0, weight);
        if (unit) bags.weightUnit = unit;
        const kilograms = toKilograms(bags.weight, unit);
        if (kilograms !== undefined) bags.weightKg = kilograms;
      }
      for (let e = 4; e < segment.elements.length; e++) {
        const serial = component(segment, e, 1).replace(/\s+/g, '');
        if (!serial) continue;
        // Component 3 is not a run length here: in the PNRGOV guide's examples the tags listed
        // already add up to the bag count of the TBD, so each tag is kept as given.
        const bagTag = `${component(segment, e, 0)}${serial}`;
        if (!bags.tags.includes(bagTag)) bags.tags.push(bagTag);
      }
    }
  },
};
