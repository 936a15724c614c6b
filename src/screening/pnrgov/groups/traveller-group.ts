import { component, element, elementText, optional } from '../../edifact/segment';
import type { Booking, Ticket } from '../../model/booking';
import type { Contact, Traveller } from '../../model/traveller';
import type { SegmentGroup } from '../pnrgov-walk';
import { money, parseFop, pnrDateTime } from '../pnrgov-segments';
import { decodeIataEmail, splitTitle } from '../traveller-name';
import { handleSsr } from './ssr-segment';

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

/** A contact on the booking and, when it is about one traveller, on that traveller; once each. */
function addContact(contact: Contact, owner: Traveller | undefined, booking: Booking): void {
  const same = (existing: Contact): boolean =>
    existing.kind === contact.kind && existing.value === contact.value;
  if (owner && !owner.contacts.some(same)) owner.contacts.push(contact);
  if (!booking.contacts.some(same)) booking.contacts.push(contact);
}

/**
 * The traveller group: a TIF opens it (or, inside a check-in group, names who checked in), then
 * the traveller's frequent flyer numbers, references, remarks, SSRs, fares, tickets and payments.
 */
export const TRAVELLER_GROUP: SegmentGroup = {
  TIF(walk, segment, current) {
    const surname = component(segment, 0, 0);
    const { givenNames, title } = splitTitle(component(segment, 1, 0));
    const typeCode = optional(segment, 1, 1)?.toUpperCase();
    const referenceInBooking = optional(segment, 1, 2);
    if (walk.section === 'checkin') {
      walk.checkinTraveller =
        current.byRef(referenceInBooking) ??
        current.byRef(walk.checkinReference) ??
        current.byName(surname, givenNames);
      if (!walk.checkinTraveller) {
        walk.context.collector.report(
          'checkin-unknown-traveller',
          'check-in data for a traveller the PNR does not list; traveller added',
          segment,
        );
        walk.checkinTraveller = current.addTraveller({
          surname,
          givenNames,
          ...(title ? { title } : {}),
          ...(typeCode ? { typeCode } : {}),
          ...(referenceInBooking ? { reference: referenceInBooking } : {}),
        });
      }
      return;
    }
    walk.section = 'traveller';
    walk.ticket = undefined;
    walk.fareBasis = undefined;
    walk.lastPayments = [];
    if (!surname) walk.context.collector.report('missing-name', 'TIF without a surname', segment);
    walk.traveller = current.addTraveller({
      surname,
      givenNames,
      ...(title ? { title } : {}),
      ...(typeCode ? { typeCode } : {}),
      ...(referenceInBooking ? { reference: referenceInBooking } : {}),
      withInfant: component(segment, 1, 3) === '1',
    });
  },
  FTI(walk, segment, current) {
    const traveller = walk.travellerInGroup();
    if (!traveller) return;
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
      current.booking.frequentFlyer.push({ ...entry, travellerId: traveller.id });
    }
  },
  REF(walk, segment) {
    const traveller = walk.travellerInGroup();
    if (traveller) {
      const value = component(segment, 0, 1) || component(segment, 0, 0);
      if (value) traveller.references.push({ kind: component(segment, 0, 0) || 'REF', value });
    }
  },
  IFT(walk, segment, current) {
    const booking = current.booking;
    const qualifier = element(segment, 0)
      .slice(0, 2)
      .map((value) => value.trim())
      .join(':');
    const texts = segment.elements
      .slice(1)
      .map((_, index) => elementText(segment, index + 1).trim());
    const owner = walk.travellerInGroup();
    if (qualifier === '4:43' && walk.lastPayments.length > 0) {
      const payment = walk.lastPayments[0];
      if (texts[0]) payment.cardHolder = texts[0];
      if (texts[1]) payment.billingAddress = texts[1];
      if (texts[2]) payment.billingPhone = texts[2];
      return;
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
  },
  FAR(walk, segment) {
    walk.fareBasis = optional(segment, 5, 0) ?? walk.fareBasis;
  },
  SSR(walk, segment, current) {
    handleSsr(walk, segment, current);
  },
  TKT(walk, segment, current) {
    const number = component(segment, 0, 0);
    if (!number) return;
    const ticket: Ticket = { number, taxes: [] };
    walk.ticket = ticket;
    const type = optional(segment, 0, 1);
    if (type) ticket.type = type;
    const traveller = walk.travellerInGroup();
    if (traveller) {
      ticket.travellerId = traveller.id;
      if (traveller.infant) ticket.infant = true;
    }
    if (walk.fareBasis) ticket.fareBasis = walk.fareBasis;
    current.booking.tickets.push(ticket);
  },
  MON(walk, segment) {
    for (let e = 0; e < segment.elements.length; e++) {
      const amount = money(component(segment, e, 1), optional(segment, e, 2));
      if (!amount) continue;
      walk.currency = amount.currency ?? walk.currency;
      const kind = component(segment, e, 0).toUpperCase();
      if (walk.ticket && kind === 'B') walk.ticket.baseFare = amount;
      if (walk.ticket && kind === 'T') walk.ticket.totalFare = amount;
    }
  },
  PTK(walk, segment) {
    const ticket = walk.ticket;
    if (ticket) {
      const issued = pnrDateTime(component(segment, 2, 0), '', walk.context.reference);
      if (issued) ticket.issuedAt = issued;
      const issuer = optional(segment, 3, 0);
      if (issuer) ticket.issuingCarrier = issuer;
      const location = optional(segment, 5, 0);
      if (location) ticket.issuingLocation = location;
    }
  },
  TXD(walk, segment) {
    const ticket = walk.ticket;
    if (ticket) {
      for (let e = 1; e < segment.elements.length; e++) {
        const amount = Number.parseFloat(component(segment, e, 0));
        const code = component(segment, e, 3) || component(segment, e, 1);
        if (!Number.isFinite(amount) || !code) continue;
        const currency = walk.currency;
        ticket.taxes.push(currency ? { code, amount, currency } : { code, amount });
      }
    }
  },
  FOP(walk, segment, current) {
    const payments = parseFop(segment, walk.currency);
    const traveller = walk.travellerInGroup();
    if (traveller) {
      for (const payment of payments) payment.travellerId = traveller.id;
    }
    current.booking.payments.push(...payments);
    walk.lastPayments = payments;
  },
};
