import { NAME_VARIANTS } from './name-tables';
import { normaliseName, normaliseToken } from './name-normaliser';
import { scoreNameTokens, type NameScore } from './name-scorer';
import { DEFAULT_TOKEN_WEIGHTS, type TokenWeights } from './token-weights';
import { VariantClasses } from './variant-classes';

/** Variant classes seeded with the curated table only (name-score has no list to learn from). */
export function curatedVariants(): VariantClasses {
  const variants = new VariantClasses();
  for (const row of NAME_VARIANTS) variants.addClass(row.map((token) => normaliseToken(token)));
  return variants;
}

/** Scores two names as written: the `name-score` path. */
export function scoreNames(
  first: string,
  second: string,
  variants: VariantClasses = curatedVariants(),
  weights: TokenWeights = DEFAULT_TOKEN_WEIGHTS,
): NameScore {
  return scoreNameTokens(normaliseName(first), normaliseName(second), { variants, weights });
}
