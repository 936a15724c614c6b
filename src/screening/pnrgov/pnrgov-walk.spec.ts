import { DiagnosticCollector } from '../edifact/diagnostic-collector';
import { readInterchange } from '../edifact/interchange-reader';
import type { MappingContext } from '../edifact/mapping-context';
import { newMessage } from '../edifact/model-factory';
import type { Segment } from '../edifact/segment';
import { segmentHandlers, walkSegment } from './pnrgov-parser';
import { PnrgovWalk } from './pnrgov-walk';

/** Two PNRs in one message: the second's SRC must not inherit the first's traveller, leg or
 *  ticket, while history and check-in groups keep their own state. */
const TWO_PNRS = [
  "UNA:+.?*'",
  "UNB+IATA:1+XX+NATPIU+260301:0800+PNR00002++PNRGOV'",
  "UNH+1+PNRGOV:15:1:IA+XX123/010326/1200'",
  "ORG+XX:GVA'",
  "TVL+010326:1200:010326:1500+GVA+JFK+XX+123'",
  "EQN+2'",
  "SRC'",
  "RCI+XX:AAA111'",
  "TIF+ALPHA+ANNA MRS:A:1'",
  "TKT+0571111111111:T:1'",
  "MON+T:500.00:CHF'",
  "TVL+010326:1200:010326:1500+GVA+JFK+XX+123'",
  "TRI++:::1'",
  "SSD+14C'",
  "ABI+1+:GVA1A'",
  "SAC+++X'",
  "TVL+050326:0900:050326:1100+GVA+LHR+XX+200'",
  "RPI+1+XX'",
  "SRC'",
  "RCI+XX:BBB222'",
  "TIF+BETA+BORIS MR:A:1'",
  "TXD++10.00:::YQ'",
  "UNT+21+1'",
  "UNZ+1+PNR00002'",
].join('\n');

function walkOf(text: string) {
  const collector = new DiagnosticCollector(false);
  const interchange = readInterchange(text, { collector });
  const source = interchange.messages[0];
  const context: MappingContext = {
    collector,
    interchange,
    reference: new Date('2026-03-01T00:00:00Z'),
  };
  const message = newMessage({
    format: 'PNRGOV',
    version: '15.1',
    parts: [source],
    interchange,
    reference: context.reference,
  });
  return { walk: new PnrgovWalk(message, context), segments: source.segments };
}

/** Walks segments up to and including the `count`-th one tagged `tag`. */
function walkThrough(walk: PnrgovWalk, segments: readonly Segment[], tag: string, count = 1) {
  let seen = 0;
  for (const segment of segments) {
    walkSegment(walk, segment);
    if (segment.tag === tag && ++seen === count) return segments.indexOf(segment) + 1;
  }
  throw new Error(`no ${tag} #${count}`);
}

describe('PnrgovWalk', () => {
  it('reads the header at level 0 and opens a booking at each SRC', () => {
    const { walk, segments } = walkOf(TWO_PNRS);
    const rest = segments.slice(walkThrough(walk, segments, 'EQN'));
    expect(walk.builder).toBeUndefined();
    expect(walk.message.reportingParty?.name).toBe('XX GVA');
    expect(walk.message.legs).toHaveLength(1);
    expect(walk.declaredBookings?.count).toBe(2);

    walkThrough(walk, rest, 'MON');
    expect(walk.section).toBe('traveller');
    expect(walk.traveller?.surname).toBe('ALPHA');
    expect(walk.ticket?.number).toBe('0571111111111');
    expect(walk.currency).toBe('CHF');
  });

  it('moves through itinerary, check-in and history, and resets per-PNR state at the next SRC', () => {
    const { walk, segments } = walkOf(TWO_PNRS);
    let at = walkThrough(walk, segments, 'TVL', 2);
    expect(walk.section).toBe('itinerary');
    expect(walk.traveller).toBeUndefined();
    expect(walk.leg?.id).toBe('B1-L1');

    at += walkThrough(walk, segments.slice(at), 'SSD');
    expect(walk.section).toBe('checkin');
    expect(walk.checkinTraveller?.surname).toBe('ALPHA');
    expect(walk.checkinTraveller?.seat).toBe('14C');

    at += walkThrough(walk, segments.slice(at), 'RPI');
    expect(walk.section).toBe('history');
    expect(walk.historyBy).toBe('GVA1A');
    // The TVL and RPI of the history group describe one changed segment, not a new leg.
    expect(walk.builder?.booking.legs).toHaveLength(1);
    expect(walk.builder?.booking.history).toEqual([
      {
        kind: 'structured',
        action: 'X',
        by: 'GVA1A',
        text: 'TVL+050326:0900:050326:1100+GVA+LHR+XX+200; RPI+1+XX',
      },
    ]);

    at += walkThrough(walk, segments.slice(at), 'SRC');
    expect(walk.builders).toHaveLength(2);
    expect(walk.builder?.booking.id).toBe('B2');
    expect(walk.section).toBe('pnr');
    expect(walk.traveller).toBeUndefined();
    expect(walk.leg).toBeUndefined();
    expect(walk.ticket).toBeUndefined();
    expect(walk.currency).toBeUndefined();
    expect(walk.historyEntry).toBeUndefined();

    walkThrough(walk, segments.slice(at), 'TXD');
    // No ticket in this PNR yet: the tax of the first PNR's ticket is not carried over.
    expect(walk.message.bookings[1].tickets).toEqual([]);
    expect(walk.message.bookings[0].tickets[0].taxes).toEqual([]);
    expect(walk.message.travellers.map((traveller) => traveller.bookingId)).toEqual(['B1', 'B2']);
  });

  it('refuses two groups that read the same tag', () => {
    const read = () => undefined;
    expect(() => segmentHandlers([{ TIF: read }, { TIF: read }])).toThrow(/TIF is read by two/);
    expect([...segmentHandlers([{ TIF: read }, { TVL: read }]).keys()]).toEqual(['TIF', 'TVL']);
  });
});
