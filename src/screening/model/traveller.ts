/**
 * A person on a manifest or in a booking, with everything screening and rules look at.
 * Names are kept as the message gives them (upper/mixed case, no folding): the matcher folds.
 */

/** PAXLST NAD FL = passenger, FM = crew, DDT = in-transit passenger, DDU = in-transit crew. */
export type TravellerRole = 'passenger' | 'crew' | 'in-transit-passenger' | 'in-transit-crew';

/** M, F; U = unspecified/unknown; X = non-binary/other (ICAO 9303 `X` / `<`). */
export type Gender = 'M' | 'F' | 'U' | 'X';

/** A place of birth or residence as given: a code, a country and/or a free-text name. */
export interface Place {
  /** Location code as given (IATA, UN/LOCODE). */
  code?: string;
  /** ISO 3166 alpha-3. */
  country?: string;
  name?: string;
}

export type ContactKind = 'phone' | 'fax' | 'email' | 'mobile' | 'other';

export interface Contact {
  kind: ContactKind;
  value: string;
  /** The code the message used (COM `TE`, `EM`; IFT `CTCE`…). */
  qualifier?: string;
}

export interface Address {
  /** Purpose as given (PNRGOV ADD `702` = home, `700` = billing…; PAXLST NAD address). */
  purpose?: string;
  lines: string[];
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166 alpha-3 when recognised. */
  country?: string;
  /** Phone carried in the address (PNRGOV ADD last component). */
  phone?: string;
}

/** An RFF reference: kind is the qualifier (`AVF` = PNR locator, `SEA` = seat, `ABO`, `AEA`,
 *  `CR`, `TN`…), value as given. */
export interface Reference {
  kind: string;
  value: string;
}

export interface Bags {
  count?: number;
  /** Total weight and its unit as given (`KGM`, `LBR`); weightKg is converted when the unit is known. */
  weight?: number;
  weightUnit?: string;
  weightKg?: number;
  /** Bag tag numbers (FTX BAG, PNRGOV TBD); a tag with a count `2660009:2` expands to 2660009, 2660010. */
  tags: string[];
}

export type DocumentRole = 'primary' | 'secondary';

/** Where a document came from in the message. */
export type DocumentSource = 'DOC' | 'SSR DOCS' | 'SSR DOCO';

export interface TravelDocument {
  /** Document type code as given: `P` passport, `V` visa, `I`/`ID` identity card, `A`, `C`,
   *  `IP`, `AC` (crew member certificate)… Empty string when the message gives none. */
  type: string;
  /** Document number as given (spaces trimmed, no other change). */
  number: string;
  /** ISO 3166 alpha-3 (LOC 91 in PAXLST, DOCS issuing state in PNRGOV). */
  issuingCountry?: string;
  /** Place of issue as given (DOCO). */
  issuingPlace?: string;
  /** `YYYY-MM-DD`. Two-digit years: in this century (see dates.ts). */
  expiry?: string;
  issueDate?: string;
  /** Nationality stated on the document (DOCS), ISO alpha-3. */
  nationality?: string;
  /** Names as on the document (PNRGOV SSR DOCS): the passport spelling, often fuller than the
   *  booking name (TIF); screen them too. Titles glued by the sender are removed. */
  surname?: string;
  givenNames?: string;
  /** `primary` for the first identity document, `secondary` for visas and further documents. */
  role: DocumentRole;
  source: DocumentSource;
  /** For DOCO: the country the document is valid for (visa destination), ISO alpha-3. */
  applicableCountry?: string;
}

export interface Traveller {
  /** Stable within the message: `T1`, `T2`… in message order. */
  id: string;
  role: TravellerRole;
  /** True for an infant travelling on an adult's lap (PNRGOV TIF `IN`, SSR INFT, DOCS `FI`/`MI`). */
  infant: boolean;
  /** For an infant: the id of the accompanying adult. */
  accompanyingAdultId?: string;
  /** For an adult with an infant: the infant's traveller id. */
  infantId?: string;
  /** Family name as given. Empty string only when the message has none (diagnostic raised). */
  surname: string;
  /** Given names as one space-separated string, title removed (`JOHN ROBERT`). May be empty. */
  givenNames: string;
  /** Title stripped from the given name (`MR`, `MRS`, `MS`, `MSTR`, `MISS`, `DR`). */
  title?: string;
  gender?: Gender;
  /** `YYYY-MM-DD`. Two-digit years: never in the future (see dates.ts). */
  dateOfBirth?: string;
  /** ISO 3166 alpha-3. */
  nationality?: string;
  residence?: string;
  birthPlace?: Place;
  /** Location codes as given. PAXLST: LOC 178/179, else the first departure / last arrival of
   *  the manifest's legs. PNRGOV: the first departure and last arrival of the booking's air
   *  itinerary (the journey), else the reported flight's. */
  embarkation?: string;
  debarkation?: string;
  /** Seat (PAXLST RFF SEA, PNRGOV SSD/SSR SEAT); seats per leg id when the message says. */
  /** PAXLST LOC 22: place of customs clearance / final destination of the traveller, as given. */
  customsClearance?: string;
  seat?: string;
  seatsByLeg?: Record<string, string>;
  bags?: Bags;
  references: Reference[];
  /** Booking reference: PAXLST RFF AVF, PNRGOV the record locator. */
  pnrLocator?: string;
  contacts: Contact[];
  address?: Address;
  documents: TravelDocument[];
  /** PNRGOV: id of the booking this traveller belongs to (`B1`…). */
  bookingId?: string;
  /** PNRGOV: the traveller reference number inside the PNR (TIF `1`, `1.1`). */
  referenceInBooking?: string;
  /** PNRGOV: traveller type code as given (TIF `A` adult, `IN` infant, `C` child…). */
  typeCode?: string;
  /** Ids of the legs this traveller is on. PAXLST: every leg of the manifest. PNRGOV: the
   *  reported flight (`L1`) and the booking's air legs (`B1-L1`…). */
  legIds: string[];
  /** Frequent flyer numbers (PNRGOV FTI, SSR FQTV). */
  frequentFlyer: FrequentFlyer[];
  /** PAXLST: the traveller's position in the message (1-based NAD order), for the analyst. */
  sequence: number;
}

export interface FrequentFlyer {
  carrier: string;
  number: string;
  tier?: string;
}
