import { setImmediate as nextTurn } from 'node:timers/promises';
import { screen, type ScreenOptions, type SubjectMatcher } from '../../screening/engine/screen';
import type { ScreeningHit } from '../../screening/engine/screening-hit';
import type { NormalisedMessage } from '../../screening/model';
import type { TargetingRule } from '../../screening/rules/rule-types';

/** Travellers screened between two turns of the event loop (about 20 ms of work). */
const SLICE = 64;

/**
 * The engine's `screen` over one message, a slice of travellers at a time with a turn of the
 * event loop between slices: a manifest of 500 travellers is a few hundred milliseconds of
 * matching, and the portal's pages must not wait that long behind it (a re-screening of a
 * thousand flights would stall every request for as long). The result is the engine's: hits
 * in traveller order, each rule's hits capped at its maximum per message.
 */
export async function screenInSlices(
  message: NormalisedMessage,
  index: SubjectMatcher | undefined,
  rules: readonly TargetingRule[],
  options: ScreenOptions = {},
): Promise<ScreeningHit[]> {
  const hits: ScreeningHit[] = [];
  for (let start = 0; start < message.travellers.length; start += SLICE) {
    if (start > 0) await nextTurn();
    const slice = { ...message, travellers: message.travellers.slice(start, start + SLICE) };
    for (const hit of screen(slice, index, rules, options).hits) {
      const position = hit.traveller.index + start;
      hits.push({ ...hit, traveller: { ...hit.traveller, index: position } });
    }
  }
  const perRule = new Map<string, number>();
  const limits = new Map(rules.map((rule) => [rule.id, rule.maxHitsPerMessage]));
  return hits.filter((hit) => {
    if (!hit.rule) return true;
    const count = (perRule.get(hit.rule.id) ?? 0) + 1;
    perRule.set(hit.rule.id, count);
    return count <= (limits.get(hit.rule.id) ?? Infinity);
  });
}
