/**
 * Why an analyst is working with passenger data in this session. Chosen before the first
 * personal record is shown, kept with the session, and written with every audited read, so a
 * data-protection officer can tell routine screening from an investigation.
 */
export const WORK_PURPOSES = [
  'screening',
  'investigation',
  'lawful-request',
  'data-quality',
  'audit',
  'other',
] as const;

export type WorkPurposeCode = (typeof WORK_PURPOSES)[number];

/** Purposes that are not self-explanatory without a case reference or a few words. */
export const PURPOSES_NEEDING_NOTE: ReadonlySet<WorkPurposeCode> = new Set([
  'investigation',
  'lawful-request',
  'other',
]);

export const PURPOSE_NOTE_MAX = 200;

export interface WorkPurpose {
  readonly code: WorkPurposeCode;
  /** A case or request reference, or what "other" means; empty when none was needed. */
  readonly note: string;
  /** Epoch ms it was chosen. */
  readonly chosenAt: number;
}

export function isWorkPurposeCode(value: unknown): value is WorkPurposeCode {
  return typeof value === 'string' && (WORK_PURPOSES as readonly string[]).includes(value);
}
