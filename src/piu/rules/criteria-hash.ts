import { createHash } from 'node:crypto';

/** Identifies a rule's criteria exactly (a trial is valid for the criteria it tried, no other). */
export function criteriaHash(criteriaJson: string): string {
  return createHash('sha256').update(criteriaJson).digest('hex');
}
