import { component, element, optional, type Segment } from '../../edifact/segment';
import type { Booking, Ssr, Ticket } from '../../model/booking';
import type { Traveller } from '../../model/traveller';
import type { BookingBuilder } from '../booking-builder';
import type { PnrgovWalk } from '../pnrgov-walk';
import { parseDoca, parseDoco, parseDocs, parseFqtv, parseInft, parseTkne } from '../ssr-text';

/** SSRs that describe a traveller: worth a second try when nobody matched at first. */
const REPLAYED_SSRS = new Set(['DOCS', 'DOCO', 'DOCA', 'INFT', 'FQTV', 'TKNE']);

/** An SSR's free text: component 9 onwards (a stray `:` in the text splits it further). */
function ssrText(segment: Segment): string {
  const parts = element(segment, 0).slice(8);
  return parts.join(':').trim();
}

/** Which traveller an SSR is about: its reference, else the TIF group it sits in, else a name. */
function ssrTraveller(
  walk: PnrgovWalk,
  segment: Segment,
  current: BookingBuilder,
  surname?: string,
  givenNames?: string,
): Traveller | undefined {
  const referenced = current.byRef(optional(segment, 1, 2));
  if (referenced) return referenced;
  const inGroup = walk.travellerInGroup();
  if (inGroup) return inGroup;
  return current.byName(surname, givenNames) ?? current.soleAdult();
}

/**
 * One SSR, wherever it sits (PNR level, a TIF group, a TVL group): recorded on the booking and,
 * for the SSRs that describe a traveller (documents, infant, frequent flyer, e-ticket, seats),
 * applied to that traveller. With `replay`, a second try at an SSR recorded earlier: only its
 * traveller is filled in.
 */
export function handleSsr(
  walk: PnrgovWalk,
  segment: Segment,
  current: BookingBuilder,
  replay?: Ssr,
): void {
  const booking = current.booking;
  const reference = walk.context.reference;
  const leg = walk.leg;
  const code = component(segment, 0, 0).toUpperCase();
  const text = ssrText(segment);
  const carrier = optional(segment, 0, 3);
  const ssr: Booking['ssrs'][number] = { code };
  const status = optional(segment, 0, 1);
  if (status) ssr.status = status;
  const quantity = Number.parseInt(component(segment, 0, 2), 10);
  if (Number.isFinite(quantity)) ssr.quantity = quantity;
  if (carrier) ssr.carrier = carrier;
  const from = optional(segment, 0, 6);
  const to = optional(segment, 0, 7);
  if (from) ssr.from = from;
  if (to) ssr.to = to;
  if (text) ssr.text = text;
  if (leg && (walk.section === 'itinerary' || walk.section === 'checkin')) ssr.legId = leg.id;

  let owner: Traveller | undefined;
  let aboutInfant = false;
  switch (code) {
    case 'DOCS': {
      const docs = parseDocs(text, reference);
      aboutInfant = docs.infant;
      walk.reportCountries(segment, docs.unknownCountries);
      owner = ssrTraveller(walk, segment, current, docs.surname, docs.givenNames);
      if (owner) current.applyDocs(owner, docs);
      break;
    }
    case 'DOCO': {
      const doco = parseDoco(text, reference);
      walk.reportCountries(segment, doco.unknownCountries);
      owner = ssrTraveller(walk, segment, current);
      if (owner && doco.infant && !owner.infant) {
        current.infantData(owner, doco.document ? { document: doco.document } : {});
      } else if (owner) {
        if (doco.document) current.addDocument(owner, doco.document);
        if (doco.birthPlace && !owner.birthPlace) owner.birthPlace = { name: doco.birthPlace };
      }
      break;
    }
    case 'DOCA': {
      const doca = parseDoca(text);
      owner = ssrTraveller(walk, segment, current);
      if (doca.kind === 'R' && owner && !doca.infant) {
        owner.address ??= doca.address;
        if (!owner.residence && doca.address.country) owner.residence = doca.address.country;
      }
      booking.addresses.push(doca.address);
      break;
    }
    case 'INFT': {
      owner = ssrTraveller(walk, segment, current);
      if (owner && !owner.infant) current.infantData(owner, parseInft(text, reference));
      break;
    }
    case 'FQTV': {
      owner = ssrTraveller(walk, segment, current);
      const fqtv = parseFqtv(text, carrier);
      if (fqtv) {
        const known = booking.frequentFlyer.some(
          (entry) => entry.carrier === fqtv.carrier && entry.number === fqtv.number,
        );
        if (!known) booking.frequentFlyer.push(owner ? { ...fqtv, travellerId: owner.id } : fqtv);
        if (owner && !owner.frequentFlyer.some((entry) => entry.number === fqtv.number)) {
          owner.frequentFlyer.push(fqtv);
        }
      }
      break;
    }
    case 'TKNE': {
      owner = ssrTraveller(walk, segment, current);
      const tkne = parseTkne(text);
      const known = (existing: Ticket): boolean =>
        tkne !== undefined &&
        existing.number === tkne.number &&
        Boolean(existing.infant) === tkne.infant;
      if (tkne && !booking.tickets.some(known)) {
        const eTicket: Ticket = { number: tkne.number, type: 'E', taxes: [] };
        if (tkne.infant) eTicket.infant = true;
        const holder =
          tkne.infant && owner?.infantId ? owner.infantId : owner ? owner.id : undefined;
        if (holder) eTicket.travellerId = holder;
        booking.tickets.push(eTicket);
      }
      break;
    }
    case 'SEAT':
    case 'RQST': {
      for (let e = 1; e < segment.elements.length; e++) {
        const seat = component(segment, e, 0);
        const seatOwner = current.byRef(optional(segment, e, 2)) ?? walk.travellerInGroup();
        if (!seat || /^X+$/.test(seat) || !seatOwner) continue;
        if (leg) (seatOwner.seatsByLeg ??= {})[leg.id] = seat;
        seatOwner.seat ??= seat;
      }
      break;
    }
    default:
      owner = current.byRef(optional(segment, 1, 2)) ?? walk.travellerInGroup();
  }
  const about = owner && aboutInfant ? owner.infantId : undefined;
  if (owner) ssr.travellerId = about ?? owner.id;
  if (replay) {
    if (ssr.travellerId) replay.travellerId = ssr.travellerId;
    return;
  }
  booking.ssrs.push(ssr);
  if (!owner && REPLAYED_SSRS.has(code)) {
    current.unattached.push({ segment, ssr, ...(ssr.legId ? { legId: ssr.legId } : {}) });
  }
}

/**
 * SSRs that named nobody known yet (a TIF came later or was damaged): tried again once the
 * whole message is read, as if they sat at PNR level of their leg.
 */
export function replayUnattached(walk: PnrgovWalk, current: BookingBuilder): void {
  for (const pending of current.unattached.splice(0)) {
    walk.section = 'pnr';
    walk.traveller = undefined;
    walk.leg = current.booking.legs.find((candidate) => candidate.id === pending.legId);
    handleSsr(walk, pending.segment, current, pending.ssr);
  }
}
