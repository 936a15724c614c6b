import type { FieldErrors } from '../../common/forms/form-error';
import { toAlpha3 } from '../../screening/edifact/countries';
import type { KeyedHashes } from '../protection/keyed-hashes';
import { travellerHashes, type TravellerRecord } from '../pipeline/traveller-record';

/** How a supervisor identifies the person: a travel document, or a name and date of birth. */
export type ReidentifyBy = 'document' | 'name';

/** Which of a record's keyed hashes matched. */
export type MatchedHash = 'document' | 'document-number' | 'name-dob' | 'name';

export interface ReidentifyInput {
  by?: string;
  documentNumber?: string;
  issuingCountry?: string;
  surname?: string;
  givenNames?: string;
  dateOfBirth?: string;
  justification?: string;
}

export const JUSTIFICATION_MIN = 10;
export const JUSTIFICATION_MAX = 500;

/** The keyed hashes to look for, each with what a match on it means. */
export interface ReidentifyQuery {
  by: ReidentifyBy;
  justification: string;
  hashes: {
    column: 'documentHash' | 'nameDobHash' | 'nameHash';
    hash: string;
    means: MatchedHash;
  }[];
}

const text = (value: string | undefined) => (value ?? '').trim();

function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * The keyed hashes of what the supervisor typed, computed exactly as the pipeline computed the
 * travellers' (travellerHashes of traveller-record.ts, on a record holding just what was
 * typed): the same normalisation of document numbers (`K 123-4567` = `K1234567`), countries
 * (ISO alpha-3) and names (transliterated, titles and spacing gone). A document is looked for
 * with its issuing country, and by its number alone for records whose document named none; a
 * name with its date of birth, and alone for records that had no date of birth (a PNR).
 */
export function reidentifyQuery(
  hashes: KeyedHashes,
  stateId: number,
  input: ReidentifyInput,
): { query: ReidentifyQuery } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const justification = text(input.justification);
  if (justification.length < JUSTIFICATION_MIN)
    errors.justification = [
      { key: 'retention.reidentify.justificationMissing', params: { min: JUSTIFICATION_MIN } },
    ];
  else if (justification.length > JUSTIFICATION_MAX)
    errors.justification = [
      { key: 'retention.reidentify.justificationTooLong', params: { max: JUSTIFICATION_MAX } },
    ];
  const base: TravellerRecord = {
    surname: '',
    givenNames: '',
    documents: [],
    contacts: [],
    pnrLocators: [],
  };

  if (input.by === 'document') {
    const number = text(input.documentNumber);
    const country = toAlpha3(text(input.issuingCountry));
    if (!/[0-9A-Za-z]/.test(number) || number.length > 40)
      errors.documentNumber = ['retention.reidentify.documentMissing'];
    if (!country) errors.issuingCountry = ['retention.reidentify.countryUnknown'];
    if (Object.keys(errors).length > 0) return { errors };
    const withCountry = travellerHashes(hashes, stateId, {
      ...base,
      documents: [{ type: '', number, issuingCountry: country }],
    });
    const alone = travellerHashes(hashes, stateId, { ...base, documents: [{ type: '', number }] });
    return {
      query: {
        by: 'document',
        justification,
        hashes: [
          { column: 'documentHash', hash: withCountry.documentHash!, means: 'document' },
          { column: 'documentHash', hash: alone.documentHash!, means: 'document-number' },
        ],
      },
    };
  }

  if (input.by === 'name') {
    const surname = text(input.surname);
    const givenNames = text(input.givenNames);
    const dateOfBirth = text(input.dateOfBirth);
    if (!/\p{L}/u.test(surname) || surname.length > 100)
      errors.surname = ['retention.reidentify.surnameMissing'];
    if (givenNames.length > 100) errors.givenNames = ['retention.reidentify.givenNamesTooLong'];
    if (!validDate(dateOfBirth)) errors.dateOfBirth = ['retention.reidentify.dateInvalid'];
    if (Object.keys(errors).length > 0) return { errors };
    const computed = travellerHashes(hashes, stateId, {
      ...base,
      surname,
      givenNames,
      dateOfBirth,
    });
    return {
      query: {
        by: 'name',
        justification,
        hashes: [
          { column: 'nameDobHash', hash: computed.nameDobHash!, means: 'name-dob' },
          { column: 'nameHash', hash: computed.nameHash, means: 'name' },
        ],
      },
    };
  }

  return { errors: { ...errors, by: ['retention.reidentify.byMissing'] } };
}
