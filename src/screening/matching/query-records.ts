import { readInputFile } from '../file-access';
import { ScreeningError } from '../screening-error';
import { countryToAlpha3 } from '../watchlists/country-code';
import { parseCsv } from './query-csv';
import type { ScreeningSubject } from './screening-subject';

/**
 * Query records for `match`: the columns of the yente candidate-generation fixtures
 * (`full_name,first_name,middle_name,last_name,gender,date_of_birth,place_of_birth,nationality`)
 * plus optional `document_number` and `document_country`. A name (full or parts) or a document
 * number is required per row; nationality and document country may be names, ISO alpha-2 or
 * alpha-3 codes.
 */
export function readQueryRecords(path: string): ScreeningSubject[] {
  const text = readInputFile(path, `input ${path}`).toString('utf8');
  const rows = parseCsv(text, `input ${path}`);
  if (rows.length === 0) {
    throw new ScreeningError('query-input', `input ${path}: empty file (a header row is required)`);
  }
  const header = rows[0].map((column) => column.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const columns = {
    full: column('full_name'),
    first: column('first_name'),
    middle: column('middle_name'),
    last: column('last_name'),
    gender: column('gender'),
    dob: column('date_of_birth'),
    nationality: column('nationality'),
    document: column('document_number'),
    documentCountry: column('document_country'),
  };
  if (columns.full < 0 && columns.first < 0 && columns.last < 0 && columns.document < 0) {
    throw new ScreeningError(
      'query-input',
      `input ${path}: no name or document column (expected full_name, first_name/last_name or document_number)`,
    );
  }
  return rows.slice(1).map((row) => {
    const field = (index: number) => (index >= 0 ? (row[index] ?? '').trim() : '');
    const subject: ScreeningSubject = {};
    const given = [field(columns.first), field(columns.middle)].filter(Boolean).join(' ');
    if (field(columns.full)) subject.fullName = field(columns.full);
    if (given) subject.givenNames = given;
    if (field(columns.last)) subject.surname = field(columns.last);
    const gender = parseGender(field(columns.gender));
    if (gender) subject.gender = gender;
    if (field(columns.dob)) subject.dateOfBirth = field(columns.dob);
    const nationality = field(columns.nationality);
    if (nationality) {
      const code = countryToAlpha3(nationality);
      if (code) subject.nationality = code;
    }
    if (field(columns.document)) {
      const documentCountry = countryToAlpha3(field(columns.documentCountry) || undefined);
      subject.documents = [
        {
          number: field(columns.document),
          ...(documentCountry ? { issuingCountry: documentCountry } : {}),
        },
      ];
    }
    return subject;
  });
}

function parseGender(value: string): 'M' | 'F' | undefined {
  const text = value.toLowerCase();
  if (text === 'm' || text === 'male') return 'M';
  if (text === 'f' || text === 'female') return 'F';
  return undefined;
}

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
