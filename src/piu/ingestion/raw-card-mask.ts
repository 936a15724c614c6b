import { maskCardNumbersInText, mayHoldCardNumber } from '../../screening/edifact/card-mask';
import { DiagnosticCollector } from '../../screening/edifact/diagnostic-collector';
import { tokenize } from '../../screening/edifact/tokenizer';

/**
 * The raw message as it may be stored: every payment card number masked (all but the last four
 * digits become `X`), by the engine's own rule (14–19 digits starting 2–6 that pass Luhn), in
 * every segment but TKT, whose ticket numbers may pass Luhn by chance (as the engine does for
 * its parsed values). The engine masks only what it parses; the raw text kept for the analyst
 * must not hold a card number either.
 *
 * Works on the bytes seen as Latin-1 (one character per byte): digits and separators are ASCII,
 * and no byte of a multi-byte UTF-8 character is, so the bytes of names in any script are kept
 * as they were and every offset stays the same.
 */
export function maskCardNumbersInRaw(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1');
  if (!mayHoldCardNumber(text)) return bytes;
  const tickets: [number, number][] = [];
  const collector = new DiagnosticCollector(false);
  let from = 0;
  let numberBefore = 0;
  for (;;) {
    const { segments, next } = tokenize(text, collector, { from, numberBefore });
    segments.forEach((segment, index) => {
      if (segment.tag === 'TKT') {
        tickets.push([segment.offset, segments[index + 1]?.offset ?? next ?? text.length]);
      }
    });
    if (next === undefined || next <= from) break;
    from = next;
    numberBefore = segments[segments.length - 1]?.number ?? numberBefore;
  }
  let out = '';
  let at = 0;
  for (const [start, end] of tickets) {
    out += maskCardNumbersInText(text.slice(at, start)) + text.slice(start, end);
    at = end;
  }
  out += maskCardNumbersInText(text.slice(at));
  return out === text ? bytes : Buffer.from(out, 'latin1');
}
