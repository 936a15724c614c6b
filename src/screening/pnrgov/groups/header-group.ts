import { component, optional, type Segment } from '../../edifact/segment';
import type { PnrgovWalk } from '../pnrgov-walk';
import { parseTvl } from '../pnrgov-segments';

/**
 * Level 0, before the first SRC: the reporting party (ORG), the flight the message reports (the
 * first TVL) and the number of PNRs it declares (EQN). Other segments there are ignored.
 */
export function readHeaderSegment(walk: PnrgovWalk, segment: Segment): void {
  const message = walk.message;
  const tag = segment.tag;
  if (tag === 'ORG') {
    const name = [optional(segment, 0, 0), optional(segment, 0, 1)].filter(Boolean).join(' ');
    if (name) message.reportingParty = { name, contacts: [] };
  } else if (tag === 'TVL' && message.legs.length === 0) {
    message.legs.push(parseTvl(segment, 'L1', walk.context.reference, false));
  } else if (tag === 'EQN') {
    const count = Number.parseInt(component(segment, 0, 0), 10);
    if (Number.isFinite(count)) walk.declaredBookings = { count, segment };
  }
}
