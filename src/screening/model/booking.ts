/**
 * PNRGOV booking data (one PNR). The engine never holds a full card number: the tokeniser hands
 * the FOP card component to the masker before anything is stored, so `cardNumberMasked` keeps
 * the last four digits only and the rest is `X`.
 */
import type { Leg } from './leg';
import type { Address, Contact, FrequentFlyer } from './traveller';

export interface Money {
  amount: number;
  /** ISO 4217 as given. */
  currency?: string;
}

export interface Tax {
  code: string;
  amount: number;
  currency?: string;
}

export interface Ticket {
  /** Ticket/document number as given (TKT, SSR TKNE). */
  number: string;
  /** TKT type as given (`T` ticket, `E` e-ticket, `J`…); infant tickets flagged. */
  type?: string;
  infant?: boolean;
  travellerId?: string;
  /** MON `B` base fare and `T` total. */
  baseFare?: Money;
  totalFare?: Money;
  taxes: Tax[];
  /** PTK issue date `YYYY-MM-DD` and issuing carrier / location. */
  issuedAt?: string;
  issuingCarrier?: string;
  issuingLocation?: string;
  /** Fare basis / fare info (FAR). */
  fareBasis?: string;
}

/** PNRGOV FOP type: `CC` credit card, `CA` cash, `MS` miscellaneous, `CK` cheque, … as given. */
export interface FormOfPayment {
  type: string;
  amount?: Money;
  /** Card vendor code (`VI`, `AX`, `CA`…). */
  cardVendor?: string;
  /** Card number with every digit but the last four replaced by `X`. Never the full number. */
  cardNumberMasked?: string;
  cardLast4?: string;
  /** Expiry as given, `MMYY`. */
  cardExpiry?: string;
  /** Card holder and billing address when the PNR gives them (IFT 43 after the FOP). */
  cardHolder?: string;
  billingAddress?: string;
  billingPhone?: string;
  travellerId?: string;
}

export interface Ssr {
  /** SSR code (`DOCS`, `DOCO`, `DOCA`, `INFT`, `FQTV`, `TKNE`, `SEAT`, `OTHS`, `AVML`…). */
  code: string;
  status?: string;
  quantity?: number;
  carrier?: string;
  /** Free text of the SSR (card numbers masked). */
  text?: string;
  from?: string;
  to?: string;
  travellerId?: string;
  legId?: string;
}

/** A remark (IFT) kept as text: the PNRGOV guide uses them for contacts, fare calc, OSIs. */
export interface Remark {
  /** IFT text subject qualifier and function as given (`4:28`, `4:43`…). */
  qualifier: string;
  text: string;
  travellerId?: string;
}

/** One history item: ABI/DAT/SAC structured history or LTS free text. */
export interface HistoryEntry {
  /** `structured` (ABI group) or `text` (LTS). */
  kind: 'structured' | 'text';
  /** SAC action code as given (`A` added, `X` cancelled…), when structured. */
  action?: string;
  /** `YYYY-MM-DDTHH:mm` when the history carries a date. */
  at?: string;
  /** What changed, as text (LTS content; for structured history the item summary). Masked. */
  text: string;
  /** Originator (ABI) as given. */
  by?: string;
}

export interface BookingAgency {
  /** ORG originator: airline/CRS code (`1A`, `DL`) and its location. */
  systemCode?: string;
  systemLocation?: string;
  /** Travel agency / office id and IATA/ARC number, location, country, currency. */
  officeId?: string;
  iataNumber?: string;
  locationCode?: string;
  country?: string;
  currency?: string;
  /** Agent sign / originator type and language as given. */
  agentId?: string;
  originatorType?: string;
}

export type TripType = 'one-way' | 'return' | 'open-jaw' | 'multi-city' | 'unknown';

/** Fields a rule engine needs that are not in the message as such; computed at parse time. */
export interface BookingDerived {
  /** Whole days from booking creation to the first departure of the itinerary (or of the
   *  message's flight when the booking has no dated leg). Undefined when a date is missing. */
  daysBookingToDeparture?: number;
  /** Whole days from ticketing (first ticket issue / DAT 710) to the first departure. */
  daysTicketingToDeparture?: number;
  /** Shape of the itinerary, from its air legs in order. */
  tripType: TripType;
  /** Airports in order, consecutive duplicates removed: `['LHR','JFK','YVR']`. */
  route: string[];
  /** Number of travellers in the booking. */
  travellerCount: number;
  /** True when any form of payment is cash. */
  paidCash: boolean;
}

export interface Booking {
  /** Stable within the message: `B1`, `B2`… (EQN counts the bookings). */
  id: string;
  /** Record locator (RCI) of the reporting carrier; `otherLocators` for the CRS and others. */
  recordLocator: string;
  recordLocatorCarrier?: string;
  otherLocators: { carrier?: string; locator: string }[];
  /** `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD` (RCI creation / DAT 700). */
  createdAt?: string;
  /** DAT 710 / first ticket issue date. */
  ticketedAt?: string;
  /** DAT 700 last PNR transaction date when distinct from creation. */
  lastModifiedAt?: string;
  agency?: BookingAgency;
  contacts: Contact[];
  addresses: Address[];
  payments: FormOfPayment[];
  tickets: Ticket[];
  frequentFlyer: (FrequentFlyer & { travellerId?: string })[];
  ssrs: Ssr[];
  remarks: Remark[];
  history: HistoryEntry[];
  /** Excess baggage (EBD) as given. */
  excessBaggage?: { count?: number; weight?: number; unit?: string; charge?: Money };
  /** Traveller ids (into NormalisedMessage.travellers) and leg ids (into `legs`) of this PNR. */
  travellerIds: string[];
  /** The booking's own itinerary (TVL groups), ids `B1-L1`…, in order. */
  legs: Leg[];
  derived: BookingDerived;
}
