/**
 * What the parsers report about their input. Every diagnostic names where it happened (segment
 * number within the interchange, segment tag, character offset) so an analyst can find the spot,
 * and never quotes a card number: messages are built from codes and positions, and any excerpt
 * of the input goes through the card masker first.
 */

/** `error`: the message (or interchange) could not be read as required; `warning`: read anyway. */
export type DiagnosticSeverity = 'error' | 'warning';

/**
 * Stable machine-readable codes. Tests and later pages key on them; the text may change.
 * - syntax: `bad-una`, `stray-terminator`, `odd-terminator` (’ used as terminator), `bad-tag`,
 *   `missing-terminator`, `release-at-end`, `trailing-data`, `unexpected-end`, `unknown-syntax`
 * - envelope: `missing-unb`, `missing-unh`, `missing-unt`, `missing-une`, `missing-unz`,
 *   `unt-count`, `unt-reference`, `une-count`, `une-reference`, `unz-count`, `unz-reference`,
 *   `segment-outside-message`, `unexpected-segment`, `unknown-message-type`
 * - content: `cnt-total`, `cnt-format`, `eqn-count`, `multipart-incomplete`, `bad-date`,
 *   `bad-country`, `missing-name`, `checkin-unknown-traveller`
 * - `unreadable-message`: the mapper failed on a message (kept with this error, loose mode).
 */
export type DiagnosticCode = string;

export interface Diagnostic {
  severity: DiagnosticSeverity;
  code: DiagnosticCode;
  /** One line of human-readable text. Never contains a card number. */
  message: string;
  /** 1-based position of the segment in the interchange (UNA not counted), when known. */
  segmentNumber?: number;
  /** The segment tag (`UNT`, `NAD`, …), when known. */
  segmentTag?: string;
  /** 0-based character offset of the segment's first character in the decoded input. */
  offset?: number;
  /** 0-based byte offset in the raw input, when the input was bytes (UTF-8). */
  byteOffset?: number;
  /** 1-based index of the message inside the interchange (UNH count), when inside one. */
  messageIndex?: number;
}
