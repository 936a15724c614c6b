import { tokenise } from './tokens';

/** A piece of text and whether it is a found word (the view wraps those in <mark>). */
export interface TextSegment {
  text: string;
  mark: boolean;
}

export interface Snippet {
  segments: TextSegment[];
  /** Text was left out before / after the snippet. */
  before: boolean;
  after: boolean;
}

/** The whole of `text` with the words of `terms` marked (a title). */
export function highlight(text: string, terms: readonly string[]): TextSegment[] {
  return segmentsOf(text, 0, text.length, new Set(terms));
}

/**
 * About `length` characters of `text` around its first found word (the start when none is
 * found), cut at word boundaries, with the found words marked. Plain text in and out: the
 * view escapes every segment, so a document's own markup can never become HTML.
 */
export function snippet(text: string, terms: readonly string[], length = 220): Snippet {
  const wanted = new Set(terms);
  const tokens = tokenise(text);
  const first = tokens.find((token) => wanted.has(token.term));
  let start = first ? Math.max(0, first.start - Math.floor(length / 4)) : 0;
  let end = Math.min(text.length, start + length);
  if (start > 0) {
    const boundary = tokens.find((token) => token.start >= start);
    start = boundary && boundary.start <= (first?.start ?? start) ? boundary.start : start;
  }
  if (end < text.length) {
    const last = [...tokens].reverse().find((token) => token.end <= end && token.start >= start);
    if (last && last.end > start + length / 2) end = last.end;
  }
  return {
    segments: segmentsOf(text, start, end, wanted),
    before: start > 0,
    after: end < text.length,
  };
}

function segmentsOf(text: string, from: number, to: number, wanted: Set<string>): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = from;
  const push = (end: number, mark: boolean) => {
    if (end <= at) return;
    const piece = text.slice(at, end).replace(/\s+/g, ' ');
    const previous = segments[segments.length - 1];
    if (previous && previous.mark === mark) previous.text += piece;
    else segments.push({ text: piece, mark });
    at = end;
  };
  for (const token of tokenise(text.slice(from, to))) {
    if (!wanted.has(token.term)) continue;
    push(from + token.start, false);
    push(from + token.end, true);
  }
  push(to, false);
  return segments;
}
