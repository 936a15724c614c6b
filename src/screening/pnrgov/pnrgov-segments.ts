import { maskCardNumber, cardLastFour } from '../edifact/card-mask';
import { toAlpha3 } from '../edifact/countries';
import { isoTime, parseDmy } from '../edifact/dates';
import { legPoint } from '../edifact/model-factory';
import { component, optional, type Segment } from '../edifact/segment';
import type { BookingAgency, FormOfPayment, Money } from '../model/booking';
import type { Leg } from '../model/leg';
import type { Address } from '../model/traveller';

/** `DDMMYY` + `HHMM` → `YYYY-MM-DDTHH:mm` (or the date alone). */
export function pnrDateTime(date: string, time: string, reference: Date): string | undefined {
  const day = parseDmy(date, 'other', reference);
  if (!day) return undefined;
  const clock = isoTime(time);
  return clock ? `${day}T${clock}` : day;
}

/**
 * TVL: `dep date:dep time:arr date:arr time + from + to + marketing:operating + number:class`.
 * A level-0 TVL that skips the arrival date (`280918:1220:1505`) is read as dep date, dep
 * time, arr time on the same day; an empty arrival date means the departure date.
 */
export function parseTvl(segment: Segment, id: string, reference: Date, nonAir: boolean): Leg {
  const leg: Leg = { id, mode: nonAir ? 'unknown' : 'air' };
  if (nonAir) leg.nonAir = true;
  const departureDate = component(segment, 0, 0);
  const departureTime = component(segment, 0, 1);
  let arrivalDate = component(segment, 0, 2);
  let arrivalTime = component(segment, 0, 3);
  if (arrivalDate.length === 4 && arrivalTime === '') {
    arrivalTime = arrivalDate;
    arrivalDate = '';
  }
  if (arrivalDate === '' && arrivalTime !== '') arrivalDate = departureDate;
  const from = component(segment, 1, 0).toUpperCase();
  const to = component(segment, 2, 0).toUpperCase();
  if (from) {
    leg.departure = legPoint(from, optional(segment, 1, 1));
    const at = pnrDateTime(departureDate, departureTime, reference);
    if (at) leg.departure.scheduledLocal = at;
  }
  if (to) {
    leg.arrival = legPoint(to, optional(segment, 2, 1));
    const at = pnrDateTime(arrivalDate, arrivalTime, reference);
    if (at) leg.arrival.scheduledLocal = at;
  } else if (nonAir && arrivalDate) {
    // Hotel/car items: the second date is the end of the stay at the same place.
    const until = pnrDateTime(arrivalDate, arrivalTime, reference);
    if (until && leg.departure) leg.arrival = { ...leg.departure, scheduledLocal: until };
  }
  const carrier = optional(segment, 3, 0);
  if (carrier) leg.carrier = carrier.toUpperCase();
  const operating = optional(segment, 3, 1);
  if (operating && operating.toUpperCase() !== leg.carrier)
    leg.operatingCarrier = operating.toUpperCase();
  const number = optional(segment, 4, 0);
  if (number) leg.number = number;
  const bookingClass = optional(segment, 4, 1);
  if (bookingClass) leg.bookingClass = bookingClass;
  return leg;
}

/** ORG at PNR level: who created the booking (CRS/airline, agency, office, country, agent). */
export function parseOrg(segment: Segment): BookingAgency {
  const agency: BookingAgency = {};
  const set = (key: keyof BookingAgency, value: string | undefined): void => {
    if (value) agency[key] = value;
  };
  set('systemCode', optional(segment, 0, 0));
  set('systemLocation', optional(segment, 0, 1));
  set('iataNumber', optional(segment, 1, 0));
  set('officeId', optional(segment, 1, 1));
  set('locationCode', optional(segment, 2, 0));
  set('originatorType', optional(segment, 4, 0));
  const country = toAlpha3(optional(segment, 5, 0));
  if (country) agency.country = country;
  set('currency', optional(segment, 5, 1));
  set('agentId', optional(segment, 7, 0) ?? optional(segment, 6, 0));
  return agency;
}

/** ADD: `purpose:street:city:region:region code:country:postal code:phone`. */
export function parseAdd(segment: Segment): Address | undefined {
  const address: Address = { lines: [] };
  const purpose = optional(segment, 1, 0);
  if (purpose) address.purpose = purpose;
  const street = optional(segment, 1, 1);
  if (street) address.lines.push(street);
  const city = optional(segment, 1, 2);
  if (city) address.city = city;
  const region = optional(segment, 1, 3) ?? optional(segment, 1, 4);
  if (region) address.region = region;
  const country = toAlpha3(optional(segment, 1, 5));
  if (country) address.country = country;
  const postal = optional(segment, 1, 6);
  if (postal) address.postalCode = postal;
  const phone = optional(segment, 1, 7);
  if (phone) address.phone = phone;
  return street || city || country || phone ? address : undefined;
}

function money(amount: string, currency: string | undefined): Money | undefined {
  const value = Number.parseFloat(amount);
  if (!Number.isFinite(value)) return undefined;
  const result: Money = { amount: value };
  if (currency) result.currency = currency;
  return result;
}

/**
 * FOP: each element `type::amount:vendor:card number:expiry`. The card number is masked here,
 * the only place it is read; the clear value is never stored.
 */
export function parseFop(segment: Segment, currency: string | undefined): FormOfPayment[] {
  const payments: FormOfPayment[] = [];
  for (let e = 0; e < segment.elements.length; e++) {
    const type = component(segment, e, 0).toUpperCase();
    if (!type) continue;
    const payment: FormOfPayment = { type };
    const amount = money(component(segment, e, 2), currency);
    if (amount) payment.amount = amount;
    const vendor = optional(segment, e, 3);
    if (vendor) payment.cardVendor = vendor;
    const card = optional(segment, e, 4);
    if (card) {
      payment.cardNumberMasked = maskCardNumber(card);
      const last = cardLastFour(card);
      if (last) payment.cardLast4 = last;
    }
    const expiry = optional(segment, e, 5);
    if (expiry) payment.cardExpiry = expiry;
    payments.push(payment);
  }
  return payments;
}

export { money };
