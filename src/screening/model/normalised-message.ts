/**
 * The one model both parsers produce (message → legs → travellers → documents, plus bookings for
 * PNR). The screening engine and the rule engine read it, the `parse` command prints it as JSON,
 * and whatever stores or shows messages reads the same names: fields may be added, never renamed.
 */
import type { Booking } from './booking';
import type { Diagnostic } from './diagnostic';
import type { Leg } from './leg';
import type { Contact, Traveller } from './traveller';

export type MessageFormat = 'PAXLST' | 'PNRGOV';

/** PAXLST BGM: 745 passenger list, 250 crew list, 266 flight close-out etc. mapped to passenger
 *  or crew; `mixed` when a message lists both (seen in practice); PNRGOV is always `passenger`. */
export type ListType = 'passenger' | 'crew' | 'mixed';

export interface ReportingParty {
  name?: string;
  contacts: Contact[];
}

export interface ControlReferences {
  /** UNB interchange control reference (data element 0020). */
  interchange?: string;
  /** UNG group reference. */
  group?: string;
  /** UNH message reference number; for multi-part PAXLST, the first part's. */
  message?: string;
  /** UNH common access reference (PAXLST flight id `AA346`, PNRGOV `LH474/270513/0000`). */
  commonAccess?: string;
  /** PAXLST BGM document identifier / RFF TN transaction reference, as given. */
  transaction?: string;
}

export interface NormalisedMessage {
  format: MessageFormat;
  /** PAXLST directory `D02B`…`D15B`; PNRGOV version `10.1`…`15.1`. */
  version: string;
  /** UNB syntax identifier and version (`UNOA:4`, `IATA:1`). */
  syntax?: string;
  /** UNB/UNG sender and recipient identifications as given. */
  sender?: string;
  recipient?: string;
  /** UNB preparation date-time `YYYY-MM-DDTHH:mm`. */
  preparedAt?: string;
  controlReferences: ControlReferences;
  /** PAXLST BGM document name code as given (`745`, `250`, `266`…). */
  documentCode?: string;
  listType: ListType;
  /** PAXLST multi-part: how many UNH parts were reassembled (1 when not multi-part). */
  parts: number;
  reportingParty?: ReportingParty;
  /** PAXLST: the manifest's legs. PNRGOV: the flight the message reports (TVL after ORG). */
  legs: Leg[];
  /** Every traveller in the message; PNRGOV travellers of every booking (see bookingId). */
  travellers: Traveller[];
  /** PNRGOV only; empty for PAXLST. */
  bookings: Booking[];
  /** PAXLST CNT totals as given (`42` passengers, `41` crew), keyed by qualifier. */
  declaredTotals: Record<string, number>;
  /** Airports of the message's legs in order, consecutive duplicates removed. */
  route: string[];
  /** Warnings (loose mode) and, for a message that could not be mapped, its error. */
  diagnostics: Diagnostic[];
  /** Set when the message could not be read at all (loose mode keeps it with its error). */
  error?: Diagnostic;
  /** 1-based position of this message's (first) UNH in the interchange. */
  messageIndex: number;
}
