import { maskCardNumbersInText } from '../edifact/card-mask';
import type { EdifactMessage } from '../edifact/interchange';
import type { MappingContext } from '../edifact/mapping-context';
import { newBags, newMessage, routeOf, toKilograms } from '../edifact/model-factory';
import { component, element, elementText, optional, type Segment } from '../edifact/segment';
import type { Booking, FormOfPayment, HistoryEntry, Ticket } from '../model/booking';
import type { Leg } from '../model/leg';
import type { NormalisedMessage } from '../model/normalised-message';
import type { Contact, Traveller } from '../model/traveller';
import { deriveBooking } from './booking-derived';
import { BookingBuilder } from './booking-builder';
import { money, parseAdd, parseFop, parseOrg, parseTvl, pnrDateTime } from './pnrgov-segments';
import { parseDoca, parseDoco, parseDocs, parseFqtv, parseInft, parseTkne } from './ssr-text';
import { decodeIataEmail, splitTitle } from './traveller-name';

/** SSRs that describe a traveller: worth a second try when nobody matched at first. */
const REPLAYED_SSRS = new Set(['DOCS', 'DOCO', 'DOCA', 'INFT', 'FQTV', 'TKNE']);

/** Segments that steer the history group rather than describe a changed item. */
const HISTORY_CONTROL = new Set(['ABI', 'DAT', 'SAC', 'LTS', 'SRC']);

type Section = 'pnr' | 'traveller' | 'itinerary' | 'checkin' | 'history';

/** IFT/OSI contact codes: CTCE e-mail, CTCM mobile, CTCH home, CTCB business, CTCR/CTCP phone. */
function contactFromText(text: string): Contact | undefined {
  const match = /^CTC([EMHBRPT])\s*(.*)$/.exec(text.trim());
  if (!match) return undefined;
  const code = match[1];
  const value = match[2].trim();
  if (!value) return undefined;
  if (code === 'E') return { kind: 'email', value: decodeIataEmail(value), qualifier: 'CTCE' };
  if (code === 'M') return { kind: 'mobile', value, qualifier: 'CTCM' };
  return { kind: 'phone', value, qualifier: `CTC${code}` };
}

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

/** An SSR's free text: component 9 onwards (a stray `:` in the text splits it further). */
function ssrText(segment: Segment): string {
  const parts = element(segment, 0).slice(8);
  return parts.join(':').trim();
}

/** A history item's segment written back in EDIFACT shape (`TVL+101210:0915::1230+LHR+JFK`),
 *  trailing empty parts dropped and card numbers masked. */
function summarise(segment: Segment): string {
  const elements = segment.elements.map((components) => {
    const kept = [...components];
    while (kept.length > 0 && kept[kept.length - 1]?.trim() === '') kept.pop();
    return kept.join(':');
  });
  while (elements.length > 0 && elements[elements.length - 1] === '') elements.pop();
  // Values come masked from the segment; joining with `+`/`:` cannot form a new card number.
  return [segment.tag, ...elements].join('+');
}

/**
 * Maps one PNRGOV message (10.1…15.1) to the normalised model: the reported flight (level-0 TVL)
 * as `legs`, one booking per SRC group (EQN counts them), every traveller of every booking in
 * `travellers`, with documents from SSR DOCS/DOCO, infants linked to their adult, check-in seats
 * and bags, tickets, masked forms of payment and history.
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

  let declaredBookings: { count: number; segment: Segment } | undefined;
  let builder: BookingBuilder | undefined;
  let section = 'pnr' as Section;
  let traveller: Traveller | undefined;
  let leg: Leg | undefined;
  let checkinTraveller: Traveller | undefined;
  let checkinReference: string | undefined;
  let nextNonAir = false;
  let lastPayments: FormOfPayment[] = [];
  let ticket: Ticket | undefined;
  let fareBasis: string | undefined;
  let currency: string | undefined;
  let historyAction: string | undefined;
  let historyAt: string | undefined;
  let historyBy: string | undefined;
  let historyEntry: HistoryEntry | undefined;
  const builders: BookingBuilder[] = [];

  const reportCountries = (segment: Segment, codes: string[]): void => {
    for (const code of codes) {
      collector.report('bad-country', `unknown country code '${code.slice(0, 20)}'`, segment);
    }
  };

  const addContact = (contact: Contact, owner: Traveller | undefined, booking: Booking): void => {
    const same = (existing: Contact): boolean =>
      existing.kind === contact.kind && existing.value === contact.value;
    if (owner && !owner.contacts.some(same)) owner.contacts.push(contact);
    if (!booking.contacts.some(same)) booking.contacts.push(contact);
  };

  /** Which traveller an SSR is about: its reference, else the TIF group it sits in, else a name. */
  const ssrTraveller = (
    segment: Segment,
    current: BookingBuilder,
    surname?: string,
    givenNames?: string,
  ): Traveller | undefined => {
    const referenced = current.byRef(optional(segment, 1, 2));
    if (referenced) return referenced;
    if (section === 'traveller' && traveller) return traveller;
    return current.byName(surname, givenNames) ?? current.soleAdult();
  };

  const handleSsr = (
    segment: Segment,
    current: BookingBuilder,
    replay?: Booking['ssrs'][number],
  ): void => {
    const booking = current.booking;
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
    if (leg && (section === 'itinerary' || section === 'checkin')) ssr.legId = leg.id;

    let owner: Traveller | undefined;
    let aboutInfant = false;
    switch (code) {
      case 'DOCS': {
        const docs = parseDocs(text, reference);
        aboutInfant = docs.infant;
        reportCountries(segment, docs.unknownCountries);
        owner = ssrTraveller(segment, current, docs.surname, docs.givenNames);
        if (owner) current.applyDocs(owner, docs);
        break;
      }
      case 'DOCO': {
        const doco = parseDoco(text, reference);
        reportCountries(segment, doco.unknownCountries);
        owner = ssrTraveller(segment, current);
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
        owner = ssrTraveller(segment, current);
        if (doca.kind === 'R' && owner && !doca.infant) {
          owner.address ??= doca.address;
          if (!owner.residence && doca.address.country) owner.residence = doca.address.country;
        }
        booking.addresses.push(doca.address);
        break;
      }
      case 'INFT': {
        owner = ssrTraveller(segment, current);
        if (owner && !owner.infant) current.infantData(owner, parseInft(text, reference));
        break;
      }
      case 'FQTV': {
        owner = ssrTraveller(segment, current);
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
        owner = ssrTraveller(segment, current);
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
          const seatOwner =
            current.byRef(optional(segment, e, 2)) ??
            (section === 'traveller' ? traveller : undefined);
          if (!seat || /^X+$/.test(seat) || !seatOwner) continue;
          if (leg) (seatOwner.seatsByLeg ??= {})[leg.id] = seat;
          seatOwner.seat ??= seat;
        }
        break;
      }
      default:
        owner =
          current.byRef(optional(segment, 1, 2)) ??
          (section === 'traveller' ? traveller : undefined);
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
  };

  /** SSRs that named nobody known yet (a TIF came later or was damaged): tried again at the end. */
  const replayUnattached = (current: BookingBuilder): void => {
    for (const pending of current.unattached.splice(0)) {
      section = 'pnr';
      traveller = undefined;
      leg = current.booking.legs.find((candidate) => candidate.id === pending.legId);
      handleSsr(pending.segment, current, pending.ssr);
    }
  };

  /** PNR-level data: locators, dates, originator, addresses, excess baggage. */
  const onBookingSegment = (segment: Segment, current: BookingBuilder): boolean => {
    const booking = current.booking;
    switch (segment.tag) {
      case 'RCI': {
        if (booking.recordLocator) break;
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
        break;
      }
      case 'DAT':
        for (let e = 0; e < segment.elements.length; e++) {
          const qualifier = component(segment, e, 0);
          const at = pnrDateTime(component(segment, e, 1), component(segment, e, 2), reference);
          if (!at) continue;
          if (section === 'history' && qualifier === 'ZT') historyAt = at;
          else if (qualifier === '700' && section === 'pnr') booking.lastModifiedAt = at;
          else if (qualifier === '711') booking.createdAt ??= at;
          else if (qualifier === '710') {
            if (section === 'traveller' && ticket && !ticket.issuedAt)
              ticket.issuedAt = at.slice(0, 10);
            if (!booking.ticketedAt || at < booking.ticketedAt) booking.ticketedAt = at;
          }
        }
        break;
      case 'ORG':
        if (section === 'pnr' && !booking.agency) booking.agency = parseOrg(segment);
        break;
      case 'ADD': {
        const address = parseAdd(segment);
        if (!address) break;
        booking.addresses.push(address);
        if (section === 'traveller' && traveller) traveller.address ??= address;
        break;
      }
      case 'EBD': {
        const charge = money(component(segment, 0, 1), optional(segment, 0, 0));
        const count = Number.parseInt(component(segment, 1, 0), 10);
        const weight = Number.parseFloat(component(segment, 1, 1));
        const excess: NonNullable<Booking['excessBaggage']> = {};
        if (charge) excess.charge = charge;
        if (Number.isFinite(count)) excess.count = count;
        if (Number.isFinite(weight)) excess.weight = weight;
        const unit = optional(segment, 1, 2);
        if (unit) excess.unit = unit;
        booking.excessBaggage = excess;
        break;
      }
      default:
        return false;
    }
    return true;
  };

  /** A TIF group: the traveller, frequent flyer, remarks, SSRs, tickets and payments. */
  const onTravellerSegment = (segment: Segment, current: BookingBuilder): boolean => {
    const booking = current.booking;
    switch (segment.tag) {
      case 'TIF': {
        const surname = component(segment, 0, 0);
        const { givenNames, title } = splitTitle(component(segment, 1, 0));
        const typeCode = optional(segment, 1, 1)?.toUpperCase();
        const referenceInBooking = optional(segment, 1, 2);
        if (section === 'checkin' || section === 'history') {
          if (section === 'history') break;
          checkinTraveller =
            current.byRef(referenceInBooking) ??
            current.byRef(checkinReference) ??
            current.byName(surname, givenNames);
          if (!checkinTraveller) {
            collector.report(
              'checkin-unknown-traveller',
              'check-in data for a traveller the PNR does not list; traveller added',
              segment,
            );
            checkinTraveller = current.addTraveller({
              surname,
              givenNames,
              ...(title ? { title } : {}),
              ...(typeCode ? { typeCode } : {}),
              ...(referenceInBooking ? { reference: referenceInBooking } : {}),
            });
          }
          break;
        }
        section = 'traveller';
        ticket = undefined;
        fareBasis = undefined;
        lastPayments = [];
        if (!surname) collector.report('missing-name', 'TIF without a surname', segment);
        traveller = current.addTraveller({
          surname,
          givenNames,
          ...(title ? { title } : {}),
          ...(typeCode ? { typeCode } : {}),
          ...(referenceInBooking ? { reference: referenceInBooking } : {}),
          withInfant: component(segment, 1, 3) === '1',
        });
        break;
      }
      case 'FTI':
        if (!traveller || section !== 'traveller') break;
        for (let e = 0; e < segment.elements.length; e++) {
          const carrier = component(segment, e, 0);
          const number = component(segment, e, 1);
          if (!carrier || !number) continue;
          const tier = element(segment, e)
            .slice(2)
            .map((value) => value.trim())
            .filter(Boolean)
            .pop();
          const entry = tier ? { carrier, number, tier } : { carrier, number };
          traveller.frequentFlyer.push(entry);
          booking.frequentFlyer.push({ ...entry, travellerId: traveller.id });
        }
        break;
      case 'REF':
        if (traveller && section === 'traveller') {
          const value = component(segment, 0, 1) || component(segment, 0, 0);
          if (value) traveller.references.push({ kind: component(segment, 0, 0) || 'REF', value });
        }
        break;
      case 'IFT': {
        const qualifier = element(segment, 0)
          .slice(0, 2)
          .map((value) => value.trim())
          .join(':');
        const texts = segment.elements
          .slice(1)
          .map((_, index) => elementText(segment, index + 1).trim());
        const owner = section === 'traveller' ? traveller : undefined;
        if (qualifier === '4:43' && lastPayments.length > 0) {
          const payment = lastPayments[0];
          if (texts[0]) payment.cardHolder = texts[0];
          if (texts[1]) payment.billingAddress = texts[1];
          if (texts[2]) payment.billingPhone = texts[2];
          break;
        }
        for (const text of texts.filter(Boolean)) {
          const contact = contactFromText(text);
          if (contact) addContact(contact, owner, booking);
          const remark: Booking['remarks'][number] = {
            qualifier,
            text,
          };
          if (owner) remark.travellerId = owner.id;
          booking.remarks.push(remark);
        }
        break;
      }
      case 'FAR':
        fareBasis = optional(segment, 5, 0) ?? fareBasis;
        break;
      case 'SSR':
        handleSsr(segment, current);
        break;
      case 'TKT': {
        const number = component(segment, 0, 0);
        if (!number) break;
        ticket = { number, taxes: [] };
        const type = optional(segment, 0, 1);
        if (type) ticket.type = type;
        if (traveller && section === 'traveller') {
          ticket.travellerId = traveller.id;
          if (traveller.infant) ticket.infant = true;
        }
        if (fareBasis) ticket.fareBasis = fareBasis;
        booking.tickets.push(ticket);
        break;
      }
      case 'MON':
        for (let e = 0; e < segment.elements.length; e++) {
          const amount = money(component(segment, e, 1), optional(segment, e, 2));
          if (!amount) continue;
          currency = amount.currency ?? currency;
          const kind = component(segment, e, 0).toUpperCase();
          if (ticket && kind === 'B') ticket.baseFare = amount;
          if (ticket && kind === 'T') ticket.totalFare = amount;
        }
        break;
      case 'PTK':
        if (ticket) {
          const issued = pnrDateTime(component(segment, 2, 0), '', reference);
          if (issued) ticket.issuedAt = issued;
          const issuer = optional(segment, 3, 0);
          if (issuer) ticket.issuingCarrier = issuer;
          const location = optional(segment, 5, 0);
          if (location) ticket.issuingLocation = location;
        }
        break;
      case 'TXD':
        if (ticket) {
          for (let e = 1; e < segment.elements.length; e++) {
            const amount = Number.parseFloat(component(segment, e, 0));
            const code = component(segment, e, 3) || component(segment, e, 1);
            if (!Number.isFinite(amount) || !code) continue;
            ticket.taxes.push(currency ? { code, amount, currency } : { code, amount });
          }
        }
        break;
      case 'FOP': {
        const payments = parseFop(segment, currency);
        if (traveller && section === 'traveller') {
          for (const payment of payments) payment.travellerId = traveller.id;
        }
        booking.payments.push(...payments);
        lastPayments = payments;
        break;
      }
      default:
        return false;
    }
    return true;
  };

  /** Itinerary (TVL), check-in (TRI/SSD/TBD) and history (ABI/SAC/LTS). */
  const onItinerarySegment = (segment: Segment, current: BookingBuilder): boolean => {
    const booking = current.booking;
    switch (segment.tag) {
      case 'MSG':
        if (component(segment, 0, 0) === '8') nextNonAir = true;
        break;
      case 'TVL': {
        const onlyNumber =
          !component(segment, 0, 0) && !component(segment, 1, 0) && optional(segment, 4, 0);
        if (onlyNumber && leg) {
          // The operating flight of a codeshare, given in its own TVL. Which number is the
          // marketing one is decided by the reported flight: it is the operating flight.
          const extra = component(segment, 4, 0);
          const reported = message.legs[0];
          if (
            reported &&
            leg.operatingCarrier === reported.carrier &&
            leg.number === reported.number
          ) {
            leg.operatingNumber = leg.number;
            leg.number = extra;
          } else {
            leg.operatingNumber = extra;
          }
          break;
        }
        if (section === 'history') {
          historyEntry = undefined;
        } else {
          section = 'itinerary';
          traveller = undefined;
          leg = parseTvl(
            segment,
            `${booking.id}-L${booking.legs.length + 1}`,
            reference,
            nextNonAir,
          );
          nextNonAir = false;
          booking.legs.push(leg);
          break;
        }
        // A TVL in the history group describes a changed segment: falls through to history.
        recordHistory(segment);
        break;
      }
      case 'RPI':
        if (section === 'itinerary' && leg) {
          const size = Number.parseInt(component(segment, 0, 0), 10);
          if (Number.isFinite(size)) leg.partySize = size;
          const status = optional(segment, 1, 0);
          if (status) leg.status = status;
        } else if (section === 'history') {
          recordHistory(segment);
        }
        break;
      case 'APD':
        if (leg && section === 'itinerary') {
          const equipment = optional(segment, 0, 0);
          if (equipment) leg.equipment = equipment;
        }
        break;
      case 'TRI':
        section = 'checkin';
        checkinTraveller = undefined;
        checkinReference = optional(segment, 1, 3);
        if (checkinReference) checkinTraveller = current.byRef(checkinReference);
        break;
      case 'SSD':
        if (section === 'checkin' && checkinTraveller) {
          const seat = component(segment, 0, 0);
          if (seat && !/^X+$/.test(seat)) {
            if (leg) (checkinTraveller.seatsByLeg ??= {})[leg.id] = seat;
            checkinTraveller.seat ??= seat;
          }
        }
        break;
      case 'TBD':
        if (section === 'checkin' && checkinTraveller) {
          const bags = (checkinTraveller.bags ??= newBags());
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
            // Component 3 is not a run length here: in the guide's examples the tags listed
            // already add up to the bag count of the TBD, so each tag is kept as given.
            const bagTag = `${component(segment, e, 0)}${serial}`;
            if (!bags.tags.includes(bagTag)) bags.tags.push(bagTag);
          }
        }
        break;
      case 'ABI':
        section = 'history';
        historyBy =
          [optional(segment, 1, 1), optional(segment, 1, 0)].filter(Boolean).join(' ') || undefined;
        historyAt = undefined;
        historyAction = undefined;
        historyEntry = undefined;
        break;
      case 'SAC':
        if (section === 'history') {
          historyAction = optional(segment, 2, 0);
          historyEntry = undefined;
        }
        break;
      case 'LTS': {
        const text = maskCardNumbersInText(
          segment.elements
            .map((_, index) => elementText(segment, index))
            .join(' ')
            .trim(),
        );
        if (text) booking.history.push({ kind: 'text', text });
        break;
      }
      default:
        return false;
    }
    return true;
  };

  for (const segment of source.segments) {
    const tag = segment.tag;

    if (tag === 'SRC') {
      const booking = newBooking(`B${builders.length + 1}`);
      builder = new BookingBuilder(booking, message.travellers);
      builders.push(builder);
      message.bookings.push(booking);
      section = 'pnr';
      traveller = undefined;
      leg = undefined;
      ticket = undefined;
      lastPayments = [];
      currency = undefined;
      historyEntry = undefined;
      continue;
    }

    if (!builder) {
      // Level 0: the message header and the flight it reports.
      if (tag === 'ORG') {
        const name = [optional(segment, 0, 0), optional(segment, 0, 1)].filter(Boolean).join(' ');
        if (name) message.reportingParty = { name, contacts: [] };
      } else if (tag === 'TVL' && message.legs.length === 0) {
        message.legs.push(parseTvl(segment, 'L1', reference, false));
      } else if (tag === 'EQN') {
        const count = Number.parseInt(component(segment, 0, 0), 10);
        if (Number.isFinite(count)) declaredBookings = { count, segment };
      }
      continue;
    }

    const current = builder;
    if (section === 'history' && !HISTORY_CONTROL.has(tag)) {
      // Inside the history group every other segment describes a past change, not the PNR now.
      recordHistory(segment);
      continue;
    }
    if (!onBookingSegment(segment, current) && !onTravellerSegment(segment, current)) {
      if (!onItinerarySegment(segment, current) && section === 'history') recordHistory(segment);
    }
  }

  function recordHistory(segment: Segment): void {
    if (!builder) return;
    if (historyEntry) {
      historyEntry.text = `${historyEntry.text}; ${summarise(segment)}`;
      return;
    }
    const entry: HistoryEntry = { kind: 'structured', text: summarise(segment) };
    if (historyAction) entry.action = historyAction;
    if (historyAt) entry.at = historyAt;
    if (historyBy) entry.by = historyBy;
    builder.booking.history.push(entry);
    historyEntry = entry;
    historyAction = undefined;
  }

  for (const current of builders) replayUnattached(current);
  finish(message, builders, declaredBookings, context);
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
