import { ageOn, daysBetween } from './rule-dates';
import type { RawFieldValue } from './field-value';
import type { RuleOperator } from './rule-types';
import type { LegFacts, RuleScope, TravellerFacts } from './rule-facts';

/**
 * The one catalogue of fields a rule may read. Validation (is the field known, is the operator
 * allowed for its type, is the value of its type), evaluation (the getter) and the
 * documentation (`describeFieldCatalogue()`, pasted into the README) all read this table, so
 * they cannot disagree.
 */

/**
 * `string` compares without regard to case; `country` is a string holding ISO 3166 alpha-3
 * (rule values may be written alpha-2, alpha-3 or as an English name and are normalised at
 * load); `date` is an ISO date or date-time; `number` and `boolean` are JSON's.
 */
export type FieldType = 'string' | 'country' | 'number' | 'date' | 'boolean';

/**
 * Which part of the message a field reads. `document` and `leg` fields make the evaluator try
 * each of the traveller's documents / legs in turn (see rule-evaluator.ts); the others have one
 * value per traveller.
 */
export type FieldScope =
  'message' | 'flight' | 'traveller' | 'document' | 'leg' | 'booking' | 'journey';

export interface FieldDefinition {
  name: string;
  type: FieldType;
  scope: FieldScope;
  /** Computed from other fields rather than read from the message. */
  derived: boolean;
  description: string;
  get(scope: RuleScope): RawFieldValue;
}

export const OPERATORS_BY_TYPE: Readonly<Record<FieldType, readonly RuleOperator[]>> = {
  string: ['=', '!=', 'in', 'starts with', 'contains', 'exists'],
  country: ['=', '!=', 'in', 'starts with', 'contains', 'exists'],
  number: ['=', '!=', '<', '>', '<=', '>=', 'in', 'between', 'exists'],
  date: ['=', '!=', '<', '>', '<=', '>=', 'in', 'between', 'exists'],
  boolean: ['=', '!=', 'exists'],
};

/** The first departure of the traveller's journey: the reference date of derived fields. */
export function firstDeparture(traveller: TravellerFacts): string | undefined {
  for (const leg of traveller.legs) if (leg.departureTime) return leg.departureTime;
  return undefined;
}

/**
 * The places of a journey in order: the first departure, then each arrival; a leg that starts
 * somewhere other than where the previous one ended (an open jaw) adds its departure too.
 */
export function routeOf(legs: readonly LegFacts[]): string[] {
  const places: string[] = [];
  for (const leg of legs) {
    const from = leg.departureLocation?.toUpperCase();
    const to = leg.arrivalLocation?.toUpperCase();
    if (from && places[places.length - 1] !== from) places.push(from);
    if (to) places.push(to);
  }
  return places;
}

function nonEmpty(values: readonly string[]): readonly string[] | undefined {
  return values.length > 0 ? values : undefined;
}

function field(
  name: string,
  type: FieldType,
  description: string,
  get: (scope: RuleScope) => RawFieldValue,
  derived = false,
): FieldDefinition {
  const scope = name.slice(0, name.indexOf('.')) as FieldScope;
  return { name, type, scope, derived, description, get };
}

const FIELDS: FieldDefinition[] = [
  // The message
  field('message.type', 'string', 'PAXLST or PNRGOV', (s) => s.message.type),
  field('message.sender', 'string', 'Sender of the interchange (UNB)', (s) => s.message.sender),
  field('message.listType', 'string', 'passenger or crew (PAXLST)', (s) => s.message.listType),

  // The reported flight
  field(
    'flight.carrier',
    'string',
    'Carrier of the reported flight',
    (s) => s.message.flight?.carrier,
  ),
  field(
    'flight.number',
    'string',
    'Reported flight number (`AA123`)',
    (s) => s.message.flight?.number,
  ),
  field(
    'flight.departure.location',
    'string',
    'Where the reported flight leaves from',
    (s) => s.message.flight?.departureLocation,
  ),
  field(
    'flight.departure.time',
    'date',
    'Scheduled departure of the reported flight',
    (s) => s.message.flight?.departureTime,
  ),
  field(
    'flight.arrival.location',
    'string',
    'Where the reported flight arrives',
    (s) => s.message.flight?.arrivalLocation,
  ),

  // The traveller
  field(
    'traveller.type',
    'string',
    'passenger, crew, in-transit-passenger, in-transit-crew',
    (s) => s.traveller.type,
  ),
  field('traveller.infant', 'boolean', "An infant on an adult's lap", (s) => s.traveller.infant),
  field('traveller.givenNames', 'string', 'Given names', (s) => s.traveller.givenNames),
  field('traveller.surname', 'string', 'Surname', (s) => s.traveller.surname),
  field('traveller.fullName', 'string', 'Given names and surname', (s) => s.traveller.fullName),
  field('traveller.gender', 'string', 'M, F or U/X', (s) => s.traveller.gender),
  field('traveller.dateOfBirth', 'date', 'Date of birth', (s) => s.traveller.dateOfBirth),
  field('traveller.nationality', 'country', 'Nationality', (s) => s.traveller.nationality),
  field('traveller.residence', 'country', 'Country of residence', (s) => s.traveller.residence),
  field('traveller.birthPlace', 'string', 'Place of birth', (s) => s.traveller.birthPlace),
  field(
    'traveller.embarkation',
    'string',
    'Where the traveller boards',
    (s) => s.traveller.embarkation,
  ),
  field(
    'traveller.debarkation',
    'string',
    'Where the traveller leaves',
    (s) => s.traveller.debarkation,
  ),
  field('traveller.seat', 'string', 'Seat number', (s) => s.traveller.seat),
  field('traveller.bagCount', 'number', 'Checked bags (API)', (s) => s.traveller.bagCount),
  field(
    'traveller.ageAtDeparture',
    'number',
    'Whole years of age on the day of the first departure (needs a full date of birth)',
    (s) => ageOn(s.traveller.dateOfBirth, firstDeparture(s.traveller)),
    true,
  ),
  field(
    'traveller.documentCount',
    'number',
    'Number of travel documents the traveller carries in the message',
    (s) => s.traveller.documents.length,
    true,
  ),

  // One travel document
  field(
    'document.type',
    'string',
    'P passport, I identity card, V visa …',
    (s) => s.document?.type,
  ),
  field('document.number', 'string', 'Document number', (s) => s.document?.number),
  field('document.issuingCountry', 'country', 'Issuing country', (s) => s.document?.issuingCountry),
  field('document.expiry', 'date', 'Expiry date', (s) => s.document?.expiry),
  field('document.issued', 'date', 'Date of issue', (s) => s.document?.issued),
  field(
    'document.role',
    'string',
    'primary or secondary (visas, further documents)',
    (s) => s.document?.role,
  ),
  field(
    'document.applicableCountry',
    'country',
    'For a visa: the country it is valid for',
    (s) => s.document?.applicableCountry,
  ),
  field(
    'document.validityDaysLeft',
    'number',
    'Days from the first departure to the expiry date (negative: expired when travelling)',
    (s) => daysBetween(firstDeparture(s.traveller), s.document?.expiry),
    true,
  ),
  field(
    'document.issuedByNationality',
    'boolean',
    "The document's issuing country is the traveller's nationality",
    (s) =>
      s.document?.issuingCountry && s.traveller.nationality
        ? s.document.issuingCountry.toUpperCase() === s.traveller.nationality.toUpperCase()
        : undefined,
    true,
  ),

  // One leg of the journey
  field('leg.mode', 'string', 'air, sea, rail or road', (s) => s.leg?.mode),
  field('leg.carrier', 'string', 'Carrier code', (s) => s.leg?.carrier),
  field(
    'leg.operatingCarrier',
    'string',
    'Operating carrier of a codeshare',
    (s) => s.leg?.operatingCarrier,
  ),
  field('leg.number', 'string', 'Flight or voyage number', (s) => s.leg?.number),
  field(
    'leg.departure.location',
    'string',
    'Departure airport or port',
    (s) => s.leg?.departureLocation,
  ),
  field(
    'leg.departure.time',
    'date',
    'Scheduled departure (local time)',
    (s) => s.leg?.departureTime,
  ),
  field(
    'leg.departure.country',
    'country',
    'Country of departure, when known',
    (s) => s.leg?.departureCountry,
  ),
  field('leg.arrival.location', 'string', 'Arrival airport or port', (s) => s.leg?.arrivalLocation),
  field(
    'leg.arrival.country',
    'country',
    'Country of arrival, when known',
    (s) => s.leg?.arrivalCountry,
  ),
  field('leg.arrival.time', 'date', 'Scheduled arrival (local time)', (s) => s.leg?.arrivalTime),

  // The booking (PNR only)
  field('booking.locator', 'string', 'Record locator', (s) => s.traveller.booking?.locator),
  field(
    'booking.createdAt',
    'date',
    'When the booking was made',
    (s) => s.traveller.booking?.createdAt,
  ),
  field(
    'booking.ticketedAt',
    'date',
    'When the booking was ticketed',
    (s) => s.traveller.booking?.ticketedAt,
  ),
  field(
    'booking.tripType',
    'string',
    'one-way, return, open-jaw, multi-city or unknown (from the booked itinerary)',
    (s) => s.traveller.booking?.tripType,
  ),
  field(
    'booking.paymentType',
    'string',
    'Form of payment code (CC card, CA cash, MS …); several when the booking has several',
    (s) => (s.traveller.booking ? nonEmpty(s.traveller.booking.paymentTypes) : undefined),
  ),
  field('booking.agency', 'string', 'Booking agency or office', (s) => s.traveller.booking?.agency),
  field(
    'booking.travellerCount',
    'number',
    'Travellers named in the booking',
    (s) => s.traveller.booking?.travellerCount,
  ),
  field(
    'booking.bagCount',
    'number',
    'Checked bags in the booking',
    (s) => s.traveller.booking?.bagCount,
  ),
  field('booking.phone', 'string', 'Contact phone numbers', (s) =>
    s.traveller.booking ? nonEmpty(s.traveller.booking.phones) : undefined,
  ),
  field('booking.email', 'string', 'Contact e-mail addresses', (s) =>
    s.traveller.booking ? nonEmpty(s.traveller.booking.emails) : undefined,
  ),
  field('booking.frequentFlyerNumber', 'string', 'Frequent-flyer numbers', (s) =>
    s.traveller.booking ? nonEmpty(s.traveller.booking.frequentFlyerNumbers) : undefined,
  ),
  field('booking.ticketNumber', 'string', 'Ticket numbers', (s) =>
    s.traveller.booking ? nonEmpty(s.traveller.booking.ticketNumbers) : undefined,
  ),
  field(
    'booking.daysToDeparture',
    'number',
    'Days from the booking to the first departure (0: booked on the day)',
    (s) => daysBetween(s.traveller.booking?.createdAt, firstDeparture(s.traveller)),
    true,
  ),
  field(
    'booking.daysTicketingToDeparture',
    'number',
    'Days from ticketing to the first departure',
    (s) => daysBetween(s.traveller.booking?.ticketedAt, firstDeparture(s.traveller)),
    true,
  ),

  // The journey as a whole
  field(
    'journey.route',
    'string',
    'Places in order, joined by "-" (LHR-DXB-KBL)',
    (s) => {
      const places = routeOf(s.traveller.legs);
      return places.length > 0 ? places.join('-') : undefined;
    },
    true,
  ),
  field(
    'journey.place',
    'string',
    'Every place of the journey (origin, transits, destination): one must satisfy',
    (s) => {
      const places = routeOf(s.traveller.legs);
      return places.length > 0 ? places : undefined;
    },
    true,
  ),
  field(
    'journey.country',
    'country',
    'Every country the journey touches, when the legs say: one must satisfy',
    (s) => {
      const seen = new Set<string>();
      for (const leg of s.traveller.legs) {
        if (leg.departureCountry) seen.add(leg.departureCountry.toUpperCase());
        if (leg.arrivalCountry) seen.add(leg.arrivalCountry.toUpperCase());
      }
      return seen.size > 0 ? [...seen] : undefined;
    },
    true,
  ),
  field(
    'journey.origin',
    'string',
    'Where the journey starts',
    (s) => routeOf(s.traveller.legs)[0],
    true,
  ),
  field(
    'journey.destination',
    'string',
    'Where the journey ends',
    (s) => routeOf(s.traveller.legs).at(-1),
    true,
  ),
  field(
    'journey.legCount',
    'number',
    'Number of legs',
    (s) => (s.traveller.legs.length > 0 ? s.traveller.legs.length : undefined),
    true,
  ),
  field(
    'journey.oneWay',
    'boolean',
    'The booked itinerary does not return to its origin (PNR only: a manifest shows one flight)',
    (s) => {
      if (!s.traveller.booking) return undefined;
      const places = routeOf(s.traveller.legs);
      return places.length > 1 ? places[0] !== places[places.length - 1] : undefined;
    },
    true,
  ),
  field(
    'journey.departure',
    'date',
    'First departure of the journey',
    (s) => firstDeparture(s.traveller),
    true,
  ),
];

/** The catalogue, by field name. */
export const FIELD_CATALOGUE: ReadonlyMap<string, FieldDefinition> = new Map(
  FIELDS.map((definition) => [definition.name, definition]),
);

/** The catalogue as markdown (operators by type, then the fields), for the README. */
export function describeFieldCatalogue(): string {
  const types = Object.entries(OPERATORS_BY_TYPE).map(
    ([type, operators]) => `| ${type} | ${operators.map((op) => `\`${op}\``).join(' ')} |`,
  );
  const fields = FIELDS.map(
    (f) => `| \`${f.name}\` | ${f.type} | ${f.derived ? 'yes' : ''} | ${f.description} |`,
  );
  return [
    '| type | operators |',
    '|---|---|',
    ...types,
    '',
    '| field | type | derived | meaning |',
    '|---|---|---|---|',
    ...fields,
  ].join('\n');
}
