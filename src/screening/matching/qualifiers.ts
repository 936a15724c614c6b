import type { BirthDate } from '../watchlists/watchlist-entry';
import type { QualifierExplanation } from './match-result';

/** Score changes applied by the qualifiers; configuration, tuned on the evaluation data. */
export const QUALIFIER_EFFECTS = {
  dobExact: 0.08,
  dobYear: 0.05,
  dobRange: 0.03,
  /** Same year, but the stated day or month differs (often a transcription or swap). */
  dobSameYearOtherDay: -0.05,
  /** One year apart: could be a rounding of an approximate date on the list. */
  dobNearYear: -0.06,
  dobMismatch: -0.2,
  nationalityMatch: 0.03,
  nationalityMismatch: -0.05,
  genderMismatch: -0.15,
};

/** Reasons are only written out for the results a caller sees (see withoutReasons). */
let explaining = true;

interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** YYYY, YYYY-MM or YYYY-MM-DD; undefined for anything else. */
export function parsePartialDate(value: string | undefined): PartialDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const date: PartialDate = { year: Number(match[1]) };
  if (match[2]) date.month = Number(match[2]);
  if (match[3]) date.day = Number(match[3]);
  return date;
}

/** Compares the traveller's date of birth with every date the entry states; the best one counts. */
export function dateOfBirthQualifier(
  value: string | undefined,
  dates: readonly BirthDate[],
): QualifierExplanation | undefined {
  const subject = parsePartialDate(value);
  if (!subject || dates.length === 0) return undefined;
  let best: QualifierExplanation | undefined;
  for (const date of dates) {
    const candidate = compareDate(subject, date);
    if (!best || candidate.effect > best.effect) best = candidate;
  }
  return best;
}

function compareDate(subject: PartialDate, date: BirthDate): QualifierExplanation {
  const effects = QUALIFIER_EFFECTS;
  if (date.kind === 'range') {
    const within = subject.year >= date.fromYear && subject.year <= date.toYear;
    const near = subject.year >= date.fromYear - 1 && subject.year <= date.toYear + 1;
    const span = `${date.fromYear}-${date.toYear}`;
    if (within) return dob(effects.dobRange, () => `year of birth ${subject.year} within ${span}`);
    if (near)
      return dob(effects.dobNearYear, () => `year of birth ${subject.year} next to ${span}`);
    return dob(effects.dobMismatch, () => `year of birth ${subject.year} outside ${span}`);
  }
  const listed = date.kind === 'exact' ? parsePartialDate(date.date) : { year: date.year };
  if (!listed) return dob(0, () => 'listed date of birth unreadable');
  const label = date.kind === 'exact' ? date.date : String(date.year);
  if (listed.year !== subject.year) {
    return Math.abs(listed.year - subject.year) === 1
      ? dob(
          effects.dobNearYear,
          () => `date of birth ${formatDate(subject)} one year from ${label}`,
        )
      : dob(
          effects.dobMismatch,
          () => `date of birth ${formatDate(subject)} differs from ${label}`,
        );
  }
  if (listed.month === undefined || subject.month === undefined) {
    return dob(effects.dobYear, () => `year of birth ${subject.year} matches ${label}`);
  }
  const sameDay =
    listed.month === subject.month &&
    (listed.day === undefined || subject.day === undefined || listed.day === subject.day);
  // A day and month swapped (03-04 / 04-03) is the classic transcription error.
  const swapped = listed.month === subject.day && listed.day === subject.month;
  if (sameDay) return dob(effects.dobExact, () => `date of birth ${formatDate(subject)} matches`);
  if (swapped)
    return dob(
      effects.dobYear,
      () => `date of birth ${formatDate(subject)}: day and month swapped against ${label}`,
    );
  return dob(effects.dobSameYearOtherDay, () => `same year of birth, other day than ${label}`);
}

export function nationalityQualifier(
  value: string | undefined,
  nationalities: readonly string[],
): QualifierExplanation | undefined {
  if (!value || nationalities.length === 0) return undefined;
  const code = value.toUpperCase();
  return nationalities.includes(code)
    ? {
        qualifier: 'nationality',
        effect: QUALIFIER_EFFECTS.nationalityMatch,
        reason: explaining ? `nationality ${code} matches` : '',
      }
    : {
        qualifier: 'nationality',
        effect: QUALIFIER_EFFECTS.nationalityMismatch,
        reason: explaining ? `nationality ${code} not among ${nationalities.join(', ')}` : '',
      };
}

export function genderQualifier(
  value: 'M' | 'F' | undefined,
  gender: 'M' | 'F' | undefined,
): QualifierExplanation | undefined {
  if (!value || !gender) return undefined;
  return value === gender
    ? { qualifier: 'gender', effect: 0, reason: explaining ? `gender ${value} matches` : '' }
    : {
        qualifier: 'gender',
        effect: QUALIFIER_EFFECTS.genderMismatch,
        reason: explaining ? `gender ${value}, entry ${gender}` : '',
      };
}

function dob(effect: number, reason: () => string): QualifierExplanation {
  return { qualifier: 'dob', effect, reason: explaining ? reason() : '' };
}

/**
 * Runs `compute` with reasons left empty: the index scores many candidates and explains only
 * those it returns.
 */
export function withoutReasons<T>(compute: () => T): T {
  explaining = false;
  try {
    return compute();
  } finally {
    explaining = true;
  }
}

function formatDate(date: PartialDate): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
