import { createHash } from 'node:crypto';

/**
 * The fixed split of the shared name-matching data into a development part (tuning: the
 * default threshold, the candidate count) and a held-out part (reported, never tuned on).
 *
 * A row is held out when the first 32 bits of the SHA-256 digest of its identity, read as a
 * big-endian unsigned number, are divisible by 5: about one row in five. The identity is the
 * row's identifying fields joined with `|` (see `rowIdentity` below for each file), so the split
 * does not depend on row order, is the same on every machine and run, and a row keeps its part
 * when others are added. The treated UN positives (the same people with typos and reordering)
 * follow their untreated row, so a person is in one part only.
 */
export type EvaluationPart = 'development' | 'held-out';

export const EVALUATION_PARTS: readonly EvaluationPart[] = ['development', 'held-out'];

/** The part a row belongs to, from its identity. */
export function evaluationPart(identity: string): EvaluationPart {
  const digest = createHash('sha256').update(identity, 'utf8').digest();
  return digest.readUInt32BE(0) % 5 === 0 ? 'held-out' : 'development';
}

/** The identity of a row: its identifying fields joined with `|`. */
export function rowIdentity(fields: readonly string[]): string {
  return fields.join('|');
}

/** The items of `items` in `part`, `identities[i]` being the identity of `items[i]`. */
export function inPart<T>(
  items: readonly T[],
  identities: readonly string[],
  part: EvaluationPart,
): T[] {
  if (items.length !== identities.length) {
    throw new Error(`split: ${items.length} items but ${identities.length} identities`);
  }
  return items.filter((_, index) => evaluationPart(identities[index]) === part);
}
