import type { NameToken } from './name-normaliser';

/** How much a token says about identity. */
export interface TokenWeights {
  weight(token: NameToken): number;
}

/** Weights by kind: particles, legal forms and initials say little about who is named. */
export const KIND_WEIGHTS: Readonly<Record<NameToken['kind'], number>> = {
  name: 1,
  // Series numbers (Partners III / Partners IV, Series 2006-1) tell apart members of one family that
  // lists often treat alike; they count, but less than a name word.
  number: 0.5,
  initial: 0.3,
  particle: 0.2,
  legal: 0.15,
  stop: 0.1,
};

/** Without a list to learn from: kind weights, and very short name words weigh a little less. */
export const DEFAULT_TOKEN_WEIGHTS: TokenWeights = {
  weight(token) {
    const base = KIND_WEIGHTS[token.kind];
    return token.kind === 'name' && token.text.length <= 2 ? base * 0.7 : base;
  },
};
