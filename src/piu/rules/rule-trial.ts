import type { NormalisedMessage, Traveller } from '../../screening/model';
import { screen } from '../../screening/engine/screen';
import type { TargetingRule } from '../../screening/rules/rule-types';
import type { TrialExample } from './screening-rule-trial.entity';
import type { RecentMessage } from './recent-traveller-facts';

/**
 * Counts the hits a rule would have made over a run of messages, with the engine's own
 * screen() (so the count is what screening would raise: at most maxHitsPerMessage a message),
 * within bounds: at most `maxExamples` examples kept, the rest only counted; stops at
 * `maxMessages` or when `deadline` passes and says it stopped (partial). It gives the event
 * loop back every `yieldEvery` messages, so pages keep answering while a week is counted.
 */
export interface TrialLimits {
  maxExamples: number;
  maxMessages: number;
  /** Epoch ms past which the count stops. */
  deadline: number;
  now(): number;
  yieldEvery?: number;
}

export interface TrialOutcome {
  messages: number;
  travellers: number;
  hits: number;
  examples: TrialExample[];
  partial: boolean;
}

export const TRIAL_DEFAULTS = { maxExamples: 5, maxMessages: 50_000, maxMs: 60_000 };

/** Initials of a traveller: first letters of the given names, then of the surname (`J.R.D.`). */
export function initialsOf(traveller: Traveller): string {
  const words = [...traveller.givenNames.split(/\s+/), ...traveller.surname.split(/\s+/)];
  const letters = words.map((word) => [...word][0]).filter((letter) => letter !== undefined);
  return letters.length > 0 ? `${letters.join('.').toUpperCase()}.` : '?';
}

function flightOf(message: NormalisedMessage): { flight: string; date: string | null } {
  const leg = message.legs[0];
  const flight = leg ? `${leg.carrier ?? ''}${leg.number ?? ''}` : '';
  const when = leg?.departure?.scheduledLocal;
  return { flight: flight || '?', date: when ? when.slice(0, 10) : null };
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function tryRule(
  rule: TargetingRule,
  messages: AsyncIterable<RecentMessage>,
  limits: TrialLimits,
): Promise<TrialOutcome> {
  const outcome: TrialOutcome = {
    messages: 0,
    travellers: 0,
    hits: 0,
    examples: [],
    partial: false,
  };
  const live = { ...rule, enabled: true };
  const yieldEvery = limits.yieldEvery ?? 50;
  for await (const { message } of messages) {
    if (outcome.messages >= limits.maxMessages || limits.now() > limits.deadline) {
      outcome.partial = true;
      break;
    }
    const result = screen(message, undefined, [live]);
    outcome.messages += 1;
    outcome.travellers += result.travellersScreened;
    outcome.hits += result.hits.length;
    for (const hit of result.hits) {
      if (outcome.examples.length >= limits.maxExamples) break;
      const traveller = message.travellers[hit.traveller.index];
      outcome.examples.push({ initials: initialsOf(traveller), ...flightOf(message) });
    }
    if (outcome.messages % yieldEvery === 0) await pause();
  }
  return outcome;
}
