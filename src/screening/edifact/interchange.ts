import type { Diagnostic } from '../model/diagnostic';
import type { Segment } from './segment';
import type { Separators } from './separators';

/** S010 status of the transfer: multi-part PAXLST `01:C` … `nn:F`. */
export interface TransferStatus {
  sequence: number;
  /** `C` creation/continuation, `F` final, as given. */
  marker: string;
}

/** One UNH…UNT message, its segments in between (UNH and UNT excluded). */
export interface EdifactMessage {
  /** 1-based position among the interchange's messages. */
  index: number;
  header: Segment;
  trailer?: Segment;
  /** The UNG that opened this message's group, when there is one. */
  group?: Segment;
  segments: Segment[];
  /** UNH S009: `PAXLST`, `PNRGOV`; version `D`/`11`, release `05B`/`1`, agency `UN`/`IA`. */
  type: string;
  version: string;
  release: string;
  agency: string;
  association?: string;
  reference: string;
  commonAccess?: string;
  transfer?: TransferStatus;
}

export interface Interchange {
  separators: Separators;
  hasUna: boolean;
  /** UNB syntax identifier and version: `UNOA` / 4, `IATA` / 1. */
  syntaxIdentifier?: string;
  syntaxVersion?: number;
  header?: Segment;
  trailer?: Segment;
  messages: EdifactMessage[];
  diagnostics: Diagnostic[];
  /** How the bytes were decoded (string input: `utf-8`). */
  encoding: 'utf-8' | 'latin1';
  /** Length of the decoded text, for throughput figures. */
  length: number;
  /** Where another interchange starts in the same input (after this one's UNZ), if any. */
  next?: number;
  /** Number of the last segment read (numbering continues in the next interchange). */
  lastSegmentNumber: number;
}
