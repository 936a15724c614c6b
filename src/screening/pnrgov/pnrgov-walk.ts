import type { MappingContext } from '../edifact/mapping-context';
import type { Segment } from '../edifact/segment';
import type { Booking, FormOfPayment, HistoryEntry, Ticket } from '../model/booking';
import type { Leg } from '../model/leg';
import type { NormalisedMessage } from '../model/normalised-message';
import type { Traveller } from '../model/traveller';
import { BookingBuilder } from './booking-builder';

/** Which group of the current PNR the walk is in: it decides what a segment is about. */
export type PnrgovSection = 'pnr' | 'traveller' | 'itinerary' | 'checkin' | 'history';

/**
 * Everything the walk over one PNRGOV message remembers between segments. Each segment group
 * (groups/*.ts) reads and updates it; nothing else carries state from one segment to the next.
 */
export class PnrgovWalk {
  /** One builder per SRC group, in message order. */
  readonly builders: BookingBuilder[] = [];
  /** The PNR being read; undefined at level 0 (header and reported flight, before any SRC). */
  builder: BookingBuilder | undefined;
  /** The EQN count of PNRs, checked against the SRC groups at the end. */
  declaredBookings: { count: number; segment: Segment } | undefined;
  section: PnrgovSection = 'pnr';
  /** The traveller of the current TIF group. */
  traveller: Traveller | undefined;
  /** The leg of the current TVL group (SSRs and seats of the itinerary refer to it). */
  leg: Leg | undefined;
  /** The traveller a check-in group (TRI) is about. */
  checkinTraveller: Traveller | undefined;
  /** The traveller reference the TRI gave, tried again when the group's TIF has none. */
  checkinReference: string | undefined;
  /** MSG `8` announces that the next TVL is not a flight (a train, a hotel…). */
  nextNonAir = false;
  /** Forms of payment of the last FOP: a following IFT 4:43 gives the card holder. */
  lastPayments: FormOfPayment[] = [];
  /** The ticket of the last TKT: MON, PTK and TXD complete it. */
  ticket: Ticket | undefined;
  /** The fare basis of the last FAR, given to the next ticket. */
  fareBasis: string | undefined;
  /** The currency of the last MON amount, for taxes and payments given without one. */
  currency: string | undefined;
  /** History group (ABI): the action (SAC), time (DAT ZT) and author of the next change. */
  historyAction: string | undefined;
  historyAt: string | undefined;
  historyBy: string | undefined;
  /** The change being described: further segments of the same item extend its text. */
  historyEntry: HistoryEntry | undefined;

  constructor(
    readonly message: NormalisedMessage,
    readonly context: MappingContext,
  ) {}

  /**
   * An SRC opens a new PNR. The fare basis, check-in and history attribution are not reset
   * here: their own opening segment (TIF, TRI, ABI) resets them.
   */
  startBooking(booking: Booking): BookingBuilder {
    const builder = new BookingBuilder(booking, this.message.travellers);
    this.builder = builder;
    this.builders.push(builder);
    this.message.bookings.push(booking);
    this.section = 'pnr';
    this.traveller = undefined;
    this.leg = undefined;
    this.ticket = undefined;
    this.lastPayments = [];
    this.currency = undefined;
    this.historyEntry = undefined;
    return builder;
  }

  /** The traveller of the TIF group being read, when the walk is inside one. */
  travellerInGroup(): Traveller | undefined {
    return this.section === 'traveller' ? this.traveller : undefined;
  }

  reportCountries(segment: Segment, codes: readonly string[]): void {
    for (const code of codes) {
      this.context.collector.report(
        'bad-country',
        `unknown country code '${code.slice(0, 20)}'`,
        segment,
      );
    }
  }
}

/** What a segment group does with one of its segments, inside the PNR being read. */
export type SegmentHandler = (walk: PnrgovWalk, segment: Segment, current: BookingBuilder) => void;

/** A segment group: the tags it reads and what it does with each. */
export type SegmentGroup = Readonly<Record<string, SegmentHandler>>;
