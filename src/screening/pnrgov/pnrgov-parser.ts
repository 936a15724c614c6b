import type { EdifactMessage } from '../edifact/interchange';
import type { MappingContext } from '../edifact/mapping-context';
import { newMessage, routeOf } from '../edifact/model-factory';
import type { Segment } from '../edifact/segment';
import type { Booking } from '../model/booking';
import type { NormalisedMessage } from '../model/normalised-message';
import { deriveBooking } from './booking-derived';
import type { BookingBuilder } from './booking-builder';
import { BOOKING_GROUP } from './groups/booking-group';
import { CHECKIN_GROUP } from './groups/checkin-group';
import { readHeaderSegment } from './groups/header-group';
import { HISTORY_CONTROL, HISTORY_GROUP, recordHistory } from './groups/history-group';
import { ITINERARY_GROUP } from './groups/itinerary-group';
import { replayUnattached } from './groups/ssr-segment';
import { TRAVELLER_GROUP } from './groups/traveller-group';
import { PnrgovWalk, type SegmentGroup, type SegmentHandler } from './pnrgov-walk';

/** What each tag inside a PNR means, from the segment groups; a tag belongs to one group. */
export function segmentHandlers(
  groups: readonly SegmentGroup[],
): ReadonlyMap<string, SegmentHandler> {
  const handlers = new Map<string, SegmentHandler>();
  for (const group of groups) {
    for (const [tag, handler] of Object.entries(group)) {
      if (handlers.has(tag)) throw new Error(`PNRGOV segment ${tag} is read by two groups`);
      handlers.set(tag, handler);
    }
  }
  return handlers;
}

const HANDLERS = segmentHandlers([
  BOOKING_GROUP,
  TRAVELLER_GROUP,
  ITINERARY_GROUP,
  CHECKIN_GROUP,
  HISTORY_GROUP,
]);

function newBooking(id: string): Booking {
  return {
    id,
    recordLocator: '',
    otherLocators: [],
    contacts: [],
    addresses: [],
    payments: [],
    tickets: [],
    frequentFlyer: [],
    ssrs: [],
    remarks: [],
    history: [],
    travellerIds: [],
    legs: [],
    derived: { tripType: 'unknown', route: [], travellerCount: 0, paidCash: false },
  };
}

/** One segment in the walk: SRC opens a PNR; before the first, the header; then its group. */
export function walkSegment(walk: PnrgovWalk, segment: Segment): void {
  const tag = segment.tag;
  if (tag === 'SRC') {
    walk.startBooking(newBooking(`B${walk.builders.length + 1}`));
    return;
  }
  const current = walk.builder;
  if (!current) {
    readHeaderSegment(walk, segment);
    return;
  }
  if (walk.section === 'history' && !HISTORY_CONTROL.has(tag)) {
    // Inside the history group every other segment (a TIF, a TVL, an SSR…) describes a past
    // change, not the PNR now: no group reads it.
    recordHistory(walk, segment);
    return;
  }
  // A tag no group reads is skipped.
  HANDLERS.get(tag)?.(walk, segment, current);
}

/**
 * Maps one PNRGOV message (10.1…15.1) to the normalised model: the reported flight (level-0 TVL)
 * as `legs`, one booking per SRC group (EQN counts them), every traveller of every booking in
 * `travellers`, with documents from SSR DOCS/DOCO, infants linked to their adult, check-in seats
 * and bags, tickets, masked forms of payment and history. The walk's state is a PnrgovWalk; each
 * segment group (groups/) reads its own tags.
 */
export function mapPnrgov(source: EdifactMessage, context: MappingContext): NormalisedMessage {
  const { collector, reference } = context;
  collector.messageIndex = source.index;
  const message = newMessage({
    format: 'PNRGOV',
    version: `${source.version}.${source.release}`,
    parts: [source],
    interchange: context.interchange,
    reference,
  });
  const walk = new PnrgovWalk(message, context);
  for (const segment of source.segments) walkSegment(walk, segment);
  for (const current of walk.builders) replayUnattached(walk, current);
  finish(message, walk.builders, walk.declaredBookings, context);
  return message;
}

/** After the walk: infants, legs and journey ends per traveller, derived fields, EQN check. */
function finish(
  message: NormalisedMessage,
  builders: readonly BookingBuilder[],
  declared: { count: number; segment: Segment } | undefined,
  context: MappingContext,
): void {
  const { collector } = context;
  const reported = message.legs[0];
  for (const builder of builders) {
    builder.finishInfants();
    const booking = builder.booking;
    const air = booking.legs.filter((leg) => !leg.nonAir);
    for (const traveller of builder.travellers) {
      traveller.legIds = reported
        ? [reported.id, ...air.map((leg) => leg.id)]
        : air.map((leg) => leg.id);
      if (booking.recordLocator) traveller.pnrLocator = booking.recordLocator;
      const first = air[0]?.departure?.location ?? reported?.departure?.location;
      const last = air[air.length - 1]?.arrival?.location ?? reported?.arrival?.location;
      if (first) traveller.embarkation = first;
      if (last) traveller.debarkation = last;
    }
    // Infant tickets read before the infant's TIF point at the adult: move them to the infant.
    for (const ticket of booking.tickets) {
      if (!ticket.infant || !ticket.travellerId) continue;
      const holder = builder.travellers.find((traveller) => traveller.id === ticket.travellerId);
      if (holder && !holder.infant && holder.infantId) ticket.travellerId = holder.infantId;
    }
    booking.derived = deriveBooking(booking, reported?.departure?.scheduledLocal);
  }
  message.route = routeOf(message.legs);
  if (declared && declared.count !== builders.length) {
    collector.messageIndex = message.messageIndex;
    collector.report(
      'eqn-count',
      `EQN declares ${declared.count} PNRs, the message has ${builders.length}`,
      declared.segment,
    );
  }
  collector.messageIndex = undefined;
}
