import { maskCardNumbersInText, mayHoldCardNumber } from './card-mask';
import type { Separators } from './separators';

const CR = 0x0d;
const LF = 0x0a;

/** What a segment needs to split itself: the decoded text and its service characters. */
export interface SegmentSource {
  text: string;
  separators: Separators;
}

/**
 * One segment of an interchange. The tokeniser only finds where segments start and end and reads
 * their tags; a segment's data elements are split the first time someone asks for them (most
 * readers of the envelope never do), then kept. Values are unescaped (release characters
 * removed), line breaks inside a segment are dropped, and card numbers are masked: no value
 * leaves this class with a full card number (ticket numbers in TKT excepted, see below).
 * `elements[0]` is the first data element after the tag; each element is its list of
 * components. Repeated elements (syntax 4 repetition separator) keep their first repetition in
 * `elements` and all of them in `repetitions`.
 */
export class Segment {
  private split?: { elements: string[][]; repetitions?: (string[][] | undefined)[] };

  constructor(
    readonly tag: string,
    /** 1-based position in the interchange (UNA not counted). */
    readonly number: number,
    /** Character offset of the tag's first character in the decoded text. */
    readonly offset: number,
    private readonly source: SegmentSource,
    /** Where the first data element starts (after the tag's element separator), or -1. */
    private readonly bodyStart: number,
    /** Offset of the terminator (or end of input). */
    private readonly end: number,
    /** True when the segment has no release character, line break or repetition: its values
     *  can then be sliced straight from the text without splitting the whole segment. */
    private readonly simple = false,
  ) {}

  /**
   * Component `c` of element `e` (0-based, after the tag) as given, '' when absent. For a simple
   * segment this slices the one value from the text, allocating nothing else; mappers that read
   * a few values of most segments stay clear of the garbage collector.
   */
  value(e: number, c = 0): string {
    if (this.split || !this.simple) {
      const element = this.elements[e];
      return element === undefined ? '' : (element[c] ?? '');
    }
    if (this.bodyStart < 0) return '';
    const { text, separators } = this.source;
    const end = this.end;
    let i = this.bodyStart;
    for (let element = 0; element < e; element++) {
      while (i < end && text.charCodeAt(i) !== separators.element) i++;
      if (i >= end) return '';
      i++;
    }
    for (let component = 0; component < c; component++) {
      let code = 0;
      while (i < end && (code = text.charCodeAt(i)) !== separators.component) {
        if (code === separators.element) return '';
        i++;
      }
      if (i >= end) return '';
      i++;
    }
    const start = i;
    let code = 0;
    while (
      i < end &&
      (code = text.charCodeAt(i)) !== separators.component &&
      code !== separators.element
    )
      i++;
    const value = text.slice(start, i);
    if (this.tag !== 'TKT' && value.length >= 14 && mayHoldCardNumber(value)) {
      return maskCardNumbersInText(value);
    }
    return value;
  }

  get elements(): string[][] {
    return (this.split ??= this.splitBody()).elements;
  }

  /** Per element index, every repetition (only when an element was repeated). */
  get repetitions(): (string[][] | undefined)[] | undefined {
    return (this.split ??= this.splitBody()).repetitions;
  }

  /** Plain data for JSON and test output. */
  toJSON(): { tag: string; number: number; offset: number; elements: string[][] } {
    return { tag: this.tag, number: this.number, offset: this.offset, elements: this.elements };
  }

  private splitBody(): { elements: string[][]; repetitions?: (string[][] | undefined)[] } {
    const elements: string[][] = [];
    if (this.bodyStart < 0) return { elements };
    const { text, separators } = this.source;
    const COMPONENT = separators.component;
    const ELEMENT = separators.element;
    const RELEASE = separators.release;
    const REPETITION = separators.repetition;
    // TKT carries ticket numbers (13–15 digits) that may pass Luhn by chance: never masked.
    const mask = this.tag !== 'TKT';
    let repetitions: (string[][] | undefined)[] | undefined;
    let components: string[] = [];
    let elementRepeats: string[][] | undefined;
    let pieceStart = this.bodyStart;
    let pending = '';
    let hasPending = false;
    const end = this.end;

    const take = (at: number): string => {
      let value = hasPending ? pending + text.slice(pieceStart, at) : text.slice(pieceStart, at);
      if (mask && value.length >= 14 && mayHoldCardNumber(value))
        value = maskCardNumbersInText(value);
      pending = '';
      hasPending = false;
      return value;
    };
    const closeElement = (): void => {
      if (elementRepeats) {
        elementRepeats.push(components);
        (repetitions ??= [])[elements.length] = elementRepeats;
        elements.push(elementRepeats[0]);
        elementRepeats = undefined;
      } else {
        elements.push(components);
      }
      components = [];
    };

    for (let i = this.bodyStart; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === RELEASE) {
        pending += text.slice(pieceStart, i);
        hasPending = true;
        if (i + 1 < end) {
          i++;
          pending += text[i];
        }
        pieceStart = i + 1;
      } else if (code === COMPONENT) {
        components.push(take(i));
        pieceStart = i + 1;
      } else if (code === ELEMENT) {
        components.push(take(i));
        pieceStart = i + 1;
        closeElement();
      } else if (code === REPETITION) {
        components.push(take(i));
        pieceStart = i + 1;
        (elementRepeats ??= []).push(components);
        components = [];
      } else if (code === LF || code === CR) {
        // A line break inside a segment is a transport artefact (folded lines): drop it.
        pending += text.slice(pieceStart, i);
        hasPending = true;
        pieceStart = i + 1;
      }
    }
    components.push(take(end));
    closeElement();
    return repetitions ? { elements, repetitions } : { elements };
  }
}

/** Component `c` (0-based) of element `e` (0-based, after the tag), trimmed; '' when absent. */
export function component(segment: Segment, e: number, c = 0): string {
  return segment.value(e, c).trim();
}

/** Component value or undefined when empty. */
export function optional(segment: Segment, e: number, c = 0): string | undefined {
  const value = component(segment, e, c);
  return value === '' ? undefined : value;
}

/** An element's components as given (no trim); [] when absent. */
export function element(segment: Segment, e: number): string[] {
  return segment.elements[e] ?? [];
}

/**
 * An element as one text: its components joined with `:` and its repetitions with `*`, as the
 * sender most likely meant for free text that was not escaped properly (LTS, IFT).
 */
export function elementText(segment: Segment, e: number): string {
  const repetitions = segment.repetitions?.[e];
  if (repetitions) return repetitions.map((components) => components.join(':')).join('*');
  return (segment.elements[e] ?? []).join(':');
}
