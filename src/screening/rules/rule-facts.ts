/**
 * What a rule can read about one traveller: a flat, engine-neutral view of the normalised
 * message (the engine's subject mapping fills it). Rules never see the parser's model directly,
 * so the catalogue of fields stays stable when the model grows, and rules can be tested on
 * hand-made facts.
 *
 * Dates are ISO strings: `YYYY-MM-DD` for days, `YYYY-MM-DDTHH:MM` for times (local time of the
 * place, as the messages carry them). Countries are ISO 3166 alpha-3.
 */

export interface DocumentFacts {
  /** Document type code as the message gives it (P passport, I identity card, V visa …). */
  type?: string;
  number?: string;
  issuingCountry?: string;
  expiry?: string;
  issued?: string;
  /** `primary` (the first identity document) or `secondary` (visas, further documents). */
  role?: string;
  /** For a visa: the country it is valid for. */
  applicableCountry?: string;
}

export interface LegFacts {
  /** air, sea, rail, road. */
  mode?: string;
  /** Carrier code (airline, or the shipping line for voyages). */
  carrier?: string;
  /** Operating carrier of a codeshare. */
  operatingCarrier?: string;
  /** Flight or voyage number as given (`AA123`). */
  number?: string;
  departureLocation?: string;
  departureTime?: string;
  departureCountry?: string;
  arrivalLocation?: string;
  arrivalTime?: string;
  arrivalCountry?: string;
}

export interface BookingFacts {
  /** Record locator. */
  locator?: string;
  /** When the booking was made (PNR creation date). */
  createdAt?: string;
  /** When the booking was ticketed. */
  ticketedAt?: string;
  /** one-way, return, open-jaw, multi-city or unknown, from the booked itinerary. */
  tripType?: string;
  /** Forms of payment (CC card, CA cash, MS miscellaneous …), one per FOP element. */
  paymentTypes: string[];
  /** Travellers named in the booking. */
  travellerCount?: number;
  /** Booking agency or office identifier. */
  agency?: string;
  /** Itinerary of the booking, in order. */
  legs: LegFacts[];
  /** Contact phone numbers and e-mail addresses in the booking. */
  phones: string[];
  emails: string[];
  /** Checked bags in the booking. */
  bagCount?: number;
  /** Frequent-flyer numbers. */
  frequentFlyerNumbers: string[];
  /** Ticket numbers. */
  ticketNumbers: string[];
}

export interface TravellerFacts {
  /** 0-based position of the traveller in the message (the hit's traveller reference). */
  index: number;
  /** passenger, crew, in-transit-passenger, in-transit-crew. */
  type?: string;
  /** An infant on an adult's lap. */
  infant?: boolean;
  givenNames?: string;
  surname?: string;
  /** The name as an analyst reads it: given names then surname. */
  fullName: string;
  gender?: string;
  dateOfBirth?: string;
  nationality?: string;
  residence?: string;
  birthPlace?: string;
  embarkation?: string;
  debarkation?: string;
  seat?: string;
  bagCount?: number;
  documents: DocumentFacts[];
  /** The legs the traveller flies: the booking itinerary (PNR) or the manifest's legs (API). */
  legs: LegFacts[];
  booking?: BookingFacts;
}

/** The message around the travellers: kind and who sent it. */
export interface MessageFacts {
  /** PAXLST or PNRGOV. */
  type: string;
  sender?: string;
  /** passenger or crew list (PAXLST BGM). */
  listType?: string;
  /**
   * The flight (or voyage) the message reports: PAXLST the leg into or out of the reporting
   * country (LOC 125/87), else its last leg; PNRGOV the flight the push is for.
   */
  flight?: LegFacts;
}

/** One combination the evaluator tries: a traveller with one of their documents and legs. */
export interface RuleScope {
  message: MessageFacts;
  traveller: TravellerFacts;
  document?: DocumentFacts;
  leg?: LegFacts;
}
