/**
 * One tokenised segment. Values are already unescaped (release characters removed) and line
 * breaks inside a segment dropped. `elements[0]` is the first data element after the tag; each
 * element is its list of components. Repeated elements (syntax 4 repetition separator) keep
 * their first repetition in `elements` and all of them in `repetitions`.
 */
export interface Segment {
  tag: string;
  elements: string[][];
  /** Per element index, every repetition (only when the element was repeated). */
  repetitions?: (string[][] | undefined)[];
  /** 1-based position in the interchange (UNA not counted). */
  number: number;
  /** Character offset of the tag's first character in the decoded text. */
  offset: number;
}

/** Component `c` (0-based) of element `e` (0-based, after the tag), trimmed; '' when absent. */
export function component(segment: Segment, e: number, c = 0): string {
  const element = segment.elements[e];
  if (element === undefined) return '';
  const value = element[c];
  return value === undefined ? '' : value.trim();
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
