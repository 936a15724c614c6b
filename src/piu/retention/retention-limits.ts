import type { FieldErrors } from '../../common/forms/form-error';

/** A State's three retention periods, in days. */
export interface RetentionPeriods {
  depersonaliseAfterDays: number;
  deleteAfterDays: number;
  confirmedHitDays: number;
}

/**
 * The defaults (product principle 3): depersonalised after 6 months, deleted after 5 years, as
 * the EU PNR Directive (2016/681, art. 12) has it; records of a confirmed hit kept whole for
 * those 5 years too, as the evidence of a case.
 */
export const DEFAULT_RETENTION: RetentionPeriods = {
  depersonaliseAfterDays: 180,
  deleteAfterDays: 1826,
  confirmedHitDays: 1826,
};

/**
 * What a supervisor may set. The law is the State's; these bounds keep a setting within what
 * the programme's guidance and the case law it follows can support:
 * - depersonalise after 1 to 365 days: from a day (the EU API Directive, 2004/82, has API data
 *   deleted 24 hours after arrival) to a year, twice the 6 months that the EU PNR Directive sets
 *   and that the Court of Justice accepted for every traveller's data without a link to a case
 *   (Ligue des droits humains, C-817/19, 2022);
 * - delete after more days than that, and at most 10 years (3,653 days): room for a State
 *   whose law keeps data longer than the Directive's 5 years, and a ceiling that keeps a typo
 *   from holding passenger data for decades;
 * - keep the records of a confirmed or escalated hit whole for at least as long as the others
 *   stay whole, and at most 10 years; after that they follow the ordinary periods (masked, and
 *   deleted once older than the deletion period).
 */
export const RETENTION_LIMITS = {
  depersonaliseAfterDays: { min: 1, max: 365 },
  deleteAfterDays: { min: 2, max: 3653 },
  confirmedHitDays: { min: 1, max: 3653 },
} as const;

export type RetentionField = keyof RetentionPeriods;

export const RETENTION_FIELDS: readonly RetentionField[] = [
  'depersonaliseAfterDays',
  'deleteAfterDays',
  'confirmedHitDays',
];

/** What a form typed: whole numbers of days, or text that is not one. */
export type RetentionInput = Record<RetentionField, string | undefined>;

/**
 * The periods a supervisor typed, or the problems with them, each next to its field: a whole
 * number of days within its bounds, deletion after depersonalisation, a confirmed hit's records
 * kept at least as long as ordinary ones stay whole.
 */
export function checkRetention(
  input: RetentionInput,
): { periods: RetentionPeriods } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const values: Partial<RetentionPeriods> = {};
  for (const field of RETENTION_FIELDS) {
    const text = (input[field] ?? '').trim();
    const { min, max } = RETENTION_LIMITS[field];
    if (!/^\d{1,6}$/.test(text)) {
      errors[field] = [{ key: 'retention.form.notDays', params: { min, max } }];
      continue;
    }
    const days = Number(text);
    if (days < min || days > max) {
      errors[field] = [{ key: 'retention.form.outOfBounds', params: { min, max } }];
      continue;
    }
    values[field] = days;
  }
  const { depersonaliseAfterDays, deleteAfterDays, confirmedHitDays } = values;
  if (
    depersonaliseAfterDays !== undefined &&
    deleteAfterDays !== undefined &&
    deleteAfterDays <= depersonaliseAfterDays
  ) {
    errors.deleteAfterDays = [
      { key: 'retention.form.deleteAfterDepersonalise', params: { days: depersonaliseAfterDays } },
    ];
  }
  if (
    depersonaliseAfterDays !== undefined &&
    confirmedHitDays !== undefined &&
    confirmedHitDays < depersonaliseAfterDays
  ) {
    errors.confirmedHitDays = [
      { key: 'retention.form.confirmedAtLeast', params: { days: depersonaliseAfterDays } },
    ];
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { periods: values as RetentionPeriods };
}
