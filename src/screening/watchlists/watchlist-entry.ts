import type { Severity } from '../severity';

/**
 * The one shape every watchlist importer produces and the matcher indexes. Importers keep what
 * the source says (names in every script, partial dates, documents) and normalise only codes:
 * countries to ISO 3166 alpha-3, dates to ISO strings.
 */

/** Which importer a list came from; also the prefix of an entry id (`un:QDi.006`). */
export type WatchlistKind = 'un' | 'ofac' | 'csv' | 'documents';

/** Travellers are screened against individuals; the rest are kept for rules on booking data. */
export type EntryKind = 'individual' | 'entity' | 'vessel' | 'aircraft' | 'document';

/**
 * How much the source trusts a name: the primary name, a good alias (UN "Good", OFAC a.k.a.),
 * a low-quality alias (UN "Low", OFAC weak a.k.a.), or a former name (f.k.a.).
 */
export type NameQuality = 'primary' | 'good' | 'low' | 'former';

export interface EntryName {
  /** The name as one string, in the order the source writes it. */
  full: string;
  /** Name parts when the source gives them (UN FIRST_NAME…FOURTH_NAME, OFAC "LAST, First"). */
  given?: string[];
  family?: string;
  quality: NameQuality;
  /** True for a name in its original (non-Latin) script, such as UN NAME_ORIGINAL_SCRIPT. */
  originalScript?: boolean;
  /** A date of birth the source gives for this alias only (UN INDIVIDUAL_ALIAS/DATE_OF_BIRTH). */
  dateOfBirth?: BirthDate;
}

/** A date of birth as precise as the source states it. */
export type BirthDate =
  | { kind: 'exact'; date: string } // YYYY-MM-DD
  | { kind: 'year'; year: number; approximate?: boolean } // approximate: UN APPROXIMATELY, OFAC circa
  | { kind: 'range'; fromYear: number; toYear: number };

export interface EntryDocument {
  /** Free text from the source (Passport, National Identification Number, …) or a code (P, I). */
  type?: string;
  number: string;
  /** ISO 3166 alpha-3 when known. */
  issuingCountry?: string;
  /** What else the source says about it (UN TYPE_OF_DOCUMENT2 and NOTE, OFAC "expires …"). */
  note?: string;
}

export interface WatchlistEntry {
  /** `<list kind>:<source id>`: `un:` + REFERENCE_NUMBER, `ofac:` + ent_num, `csv:` + id. */
  id: string;
  list: WatchlistKind;
  sourceId: string;
  kind: EntryKind;
  /** Primary name first, then aliases. Empty only for document-list entries. */
  names: EntryName[];
  datesOfBirth: BirthDate[];
  /** ISO 3166 alpha-3. */
  nationalities: string[];
  gender?: 'M' | 'F';
  documents: EntryDocument[];
  /** National lists and document lists: category (terrorism, lost, stolen, …) and severity. */
  category?: string;
  severity?: Severity;
  /** Sanctions regime or programme (UN_LIST_TYPE, OFAC Program). */
  programmes: string[];
  listedOn?: string;
  /** Places of birth as the source writes them (UN INDIVIDUAL_PLACE_OF_BIRTH, OFAC POB). */
  placesOfBirth?: string[];
  /** ISO 3166 alpha-3 countries of the entry's known addresses (OFAC add.csv). */
  addressCountries?: string[];
  /** Titles and positions as the source gives them (OFAC Title, UN TITLE and DESIGNATION). */
  title?: string;
  /** Vessel particulars (OFAC sdn.csv vessel columns), for rules on sea voyages. */
  vessel?: VesselDetails;
  remarks?: string;
}

export interface VesselDetails {
  callSign?: string;
  type?: string;
  tonnage?: string;
  grossRegisteredTonnage?: string;
  /** ISO 3166 alpha-3 when the flag names a country, else as written. */
  flag?: string;
  owner?: string;
}

/** One skipped source row and why: the importer's report to the person who loaded the list. */
export interface SkippedRow {
  /** 1-based row number (CSV) or element position (XML). */
  row: number;
  reason: string;
}

/** What an importer returns: the entries plus the counts and the skip report. */
export interface WatchlistVersion {
  kind: WatchlistKind;
  /** Where it came from: a file path or folder. */
  source: string;
  /** The list's own date when it carries one (UN dateGenerated), else undefined. */
  generatedAt?: string;
  entries: WatchlistEntry[];
  counts: Partial<Record<EntryKind, number>> & { aliases: number };
  skipped: SkippedRow[];
}
