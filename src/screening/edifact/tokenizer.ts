import type { DiagnosticCollector } from './diagnostic-collector';
import { defaultSeparators, type Separators } from './separators';
import { Segment, type SegmentSource } from './segment';

export interface TokenizeResult {
  segments: Segment[];
  separators: Separators;
  /** True when the input started with a UNA service string advice. */
  hasUna: boolean;
  /** Where the next interchange starts when another UNA/UNB follows this one's UNZ. */
  next?: number;
}

/** Where to start and how to number: a file may hold several interchanges one after another. */
export interface TokenizeStart {
  /** Character offset to start from (0: the beginning). */
  from?: number;
  /** Segment numbers continue across the interchanges of one file. */
  numberBefore?: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;
const APOSTROPHE = 0x27;
/** RIGHT SINGLE QUOTATION MARK: copy-pasting EDIFACT from PDFs turns `'` into it. */
const CURLY_APOSTROPHE = 0x2019;

/** Three tag characters as one number, for the lookup below. */
function tagKey(text: string, at: number): number {
  return (text.charCodeAt(at) << 16) | (text.charCodeAt(at + 1) << 8) | text.charCodeAt(at + 2);
}

/**
 * The tags the mappers switch on, as string literals: handing out these (internalised) strings
 * instead of slices of the input makes every `switch (segment.tag)` compare pointers, and saves
 * one allocation per segment.
 */
const KNOWN_TAGS = new Map<number, string>(
  (
    'UNA UNB UNG UNH UNT UNE UNZ BGM RFF NAD COM TDT LOC DTM ATT NAT MEA FTX DOC CNT GEI EMP QTY ' +
    'MSG ORG TVL EQN SRC RCI DAT ADD EBD TIF FTI IFT REF FAR SSR TKT MON PTK TXD FOP RPI APD TRI ' +
    'SSD TBD ABI SAC LTS CPI'
  )
    .split(' ')
    .map((tag) => [tagKey(tag, 0), tag]),
);

function isBlank(code: number): boolean {
  return code === SPACE || code === CR || code === LF || code === TAB;
}

function isTagChar(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * The syntax version from the UNB that follows (`UNB+UNOA:4`), read without tokenising, so the
 * default repetition separator (version 4: `*`) is known before the first segment is split.
 */
function peekSyntaxVersion(text: string, from: number): number {
  const at = text.indexOf('UNB', from);
  if (at < 0 || at > from + 64) return 3;
  const colon = text.indexOf(':', at);
  if (colon < 0 || colon > at + 12) return 3;
  const digit = text.charCodeAt(colon + 1) - 48;
  return digit >= 1 && digit <= 9 ? digit : 3;
}

/**
 * After a curly apostrophe: is this the end of a segment? Only when a line break and a plausible
 * next tag follow, so a `’` inside a UTF-8 name (O’BRIEN) is never taken for a terminator.
 */
function curlyEndsSegment(text: string, at: number, separators: Separators): boolean {
  let i = at + 1;
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === CR)) i++;
  if (i >= text.length) return true;
  if (text.charCodeAt(i) !== LF) return false;
  i++;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  if (i + 3 > text.length) return i >= text.length;
  if (!isTagChar(text.charCodeAt(i)) || !isTagChar(text.charCodeAt(i + 1))) return false;
  if (!isTagChar(text.charCodeAt(i + 2))) return false;
  const after = text.charCodeAt(i + 3);
  return after === separators.element || after === separators.segment || Number.isNaN(after);
}

/**
 * Reads the UNA service string advice at `at` (which points at `UNA`). Returns the separators and
 * where segments start. A UNA whose terminator never occurs again while the default `'` does is a
 * copy-paste artefact (seen with `’`): loose mode warns and uses `'`.
 */
function readUna(
  text: string,
  at: number,
  collector: DiagnosticCollector,
): { separators: Separators; next: number } {
  const una = { offset: at, tag: 'UNA', number: 0 };
  if (at + 9 > text.length) {
    collector.report('bad-una', 'UNA is shorter than its six service characters', una, 'error');
    return { separators: defaultSeparators(3), next: text.length };
  }
  const codes: number[] = [];
  for (let i = 0; i < 6; i++) codes.push(text.charCodeAt(at + 3 + i));
  const [component, element, decimal, release, repetition, segment] = codes as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const separators: Separators = {
    component,
    element,
    decimal,
    release: release === SPACE ? -1 : release,
    repetition: repetition === SPACE ? -1 : repetition,
    segment,
  };
  const structural = [component, element, segment];
  if (
    new Set(structural).size !== 3 ||
    structural.some((code) => isTagChar(code) || isBlank(code))
  ) {
    collector.report(
      'bad-una',
      'UNA separators are not distinct printable characters; using the defaults',
      una,
      'error',
    );
    return { separators: defaultSeparators(peekSyntaxVersion(text, at + 9)), next: at + 9 };
  }
  if (separators.repetition === component || separators.repetition === element) {
    separators.repetition = -1;
  }
  if (segment !== APOSTROPHE && text.indexOf(String.fromCharCode(segment), at + 9) < 0) {
    if (text.indexOf("'", at + 9) >= 0) {
      collector.report(
        'bad-una',
        `UNA declares segment terminator U+${segment.toString(16).toUpperCase().padStart(4, '0')} ` +
          `but the segments end with "'"; reading them with "'"`,
        una,
      );
      separators.segment = APOSTROPHE;
    }
  }
  return { separators, next: at + 9 };
}

/**
 * Splits an EDIFACT text into segments in a single pass over char codes, with no regular
 * expression and no string building: it finds where each segment starts and ends (honouring
 * release characters) and reads its tag; a segment splits its elements only when asked (see
 * Segment). Card numbers stop there: every value a segment hands out is masked.
 */
export function tokenize(
  text: string,
  collector: DiagnosticCollector,
  start: TokenizeStart = {},
): TokenizeResult {
  const n = text.length;
  let pos = start.from ?? 0;
  if (pos === 0 && n > 0 && text.charCodeAt(0) === BOM) pos = 1;
  while (pos < n && isBlank(text.charCodeAt(pos))) pos++;

  let separators: Separators;
  let hasUna = false;
  if (text.startsWith('UNA', pos)) {
    const una = readUna(text, pos, collector);
    separators = una.separators;
    pos = una.next;
    hasUna = true;
  } else {
    separators = defaultSeparators(peekSyntaxVersion(text, pos));
  }

  const COMPONENT = separators.component;
  const ELEMENT = separators.element;
  const RELEASE = separators.release;
  const REPETITION = separators.repetition;
  const TERMINATOR = separators.segment;
  const curlyTolerated = TERMINATOR === APOSTROPHE;
  const source: SegmentSource = { text, separators };

  const segments: Segment[] = [];
  let number = start.numberBefore ?? 0;
  let next: number | undefined;

  while (pos < n) {
    const first = text.charCodeAt(pos);
    if (isBlank(first)) {
      pos++;
      continue;
    }
    if (first === TERMINATOR) {
      collector.report('stray-terminator', 'segment terminator with no segment before it', {
        offset: pos,
        number: number + 1,
      });
      pos++;
      continue;
    }

    const start = pos;
    number++;
    // The tag ends at the first separator; the data elements start after the first element one.
    let tagEnd = -1;
    let bodyStart = -1;
    let terminated = false;
    let curly = false;
    let simple = true;
    let i = pos;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code === TERMINATOR) {
        terminated = true;
        break;
      }
      if (code === RELEASE) {
        simple = false;
        if (i + 1 < n) {
          i++;
        } else {
          collector.report('release-at-end', 'release character at the end of the input', {
            offset: i,
            number,
          });
        }
      } else if (code === ELEMENT) {
        if (tagEnd < 0) tagEnd = i;
        if (bodyStart < 0) bodyStart = i + 1;
      } else if (code === COMPONENT) {
        if (tagEnd < 0) tagEnd = i;
      } else if (code === REPETITION || code === LF || code === CR) {
        if (tagEnd < 0 && code === REPETITION) tagEnd = i;
        simple = false;
      } else if (
        code === CURLY_APOSTROPHE &&
        curlyTolerated &&
        curlyEndsSegment(text, i, separators)
      ) {
        curly = true;
        terminated = true;
        break;
      }
    }
    const end = i;
    const tagLength = (tagEnd < 0 ? end : tagEnd) - start;
    let tag =
      (tagLength === 3 ? KNOWN_TAGS.get(tagKey(text, start)) : undefined) ??
      text.slice(start, start + tagLength);
    if (
      tag.length !== 3 ||
      !isTagChar(tag.charCodeAt(0)) ||
      !isTagChar(tag.charCodeAt(1)) ||
      !isTagChar(tag.charCodeAt(2))
    ) {
      const trimmed = tag
        .replace(/[\r\n]/g, '')
        .trim()
        .toUpperCase();
      collector.report(
        'bad-tag',
        trimmed.length === 3
          ? 'segment tag has surrounding blanks or lower case'
          : 'segment tag is not three letters or digits',
        { offset: start, number, tag: trimmed.slice(0, 8) },
      );
      tag = trimmed;
    }
    const segment = new Segment(tag, number, start, source, bodyStart, end, simple);
    if (curly) {
      collector.report('odd-terminator', "segment ends with '’' instead of \"'\"", segment);
    }
    if (!terminated) {
      collector.report(
        'missing-terminator',
        'input ends inside a segment (no terminator)',
        segment,
      );
    }
    segments.push(segment);
    pos = terminated ? i + 1 : n;
    if (tag === 'UNZ') {
      // The interchange is over: anything but blanks after it is junk (seen: a date line).
      while (pos < n && isBlank(text.charCodeAt(pos))) pos++;
      if (text.startsWith('UNA', pos) || text.startsWith('UNB', pos)) {
        // Another interchange follows in the same input: read it separately, nothing is lost.
        next = pos;
      } else if (pos < n) {
        collector.report('trailing-data', 'data after UNZ ignored', {
          offset: pos,
          number: number + 1,
        });
      }
      break;
    }
  }

  return next === undefined
    ? { segments, separators, hasUna }
    : { segments, separators, hasUna, next };
}
