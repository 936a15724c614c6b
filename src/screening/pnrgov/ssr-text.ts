import { toAlpha3 } from '../edifact/countries';
import { parseDayMonthName } from '../edifact/dates';
import type { Address, Gender, TravelDocument } from '../model/traveller';
import { splitTitle } from './traveller-name';

/** What one SSR DOCS (passport/identity data) says. */
export interface DocsData {
  document?: TravelDocument;
  dateOfBirth?: string;
  gender?: Gender;
  /** DOCS gender `FI`/`MI`: the data is the accompanying infant's. */
  infant: boolean;
  nationality?: string;
  surname?: string;
  givenNames?: string;
  /** Raw country codes that were not recognised, for diagnostics. */
  unknownCountries: string[];
}

function country(value: string | undefined, unknown: string[]): string | undefined {
  const raw = (value ?? '').trim();
  if (!raw) return undefined;
  const code = toAlpha3(raw);
  if (!code) unknown.push(raw);
  return code;
}

/**
 * SSR DOCS free text: `/P/GBR/123456789/GBR/12JUL64/M/23AUG19/SMITH/JOHN/ROBERT` =
 * doc type / issuing state / number / nationality / birth date / gender / expiry / surname /
 * given / middle (/ H: multiple-passenger holder).
 */
export function parseDocs(text: string, reference: Date): DocsData {
  const fields = text.split('/').map((field) => field.trim());
  // The text starts with '/', so fields[0] is the (empty) part before it.
  const at = (index: number): string => fields[index] ?? '';
  const unknownCountries: string[] = [];
  const genderCode = at(6).toUpperCase();
  const data: DocsData = { infant: genderCode === 'FI' || genderCode === 'MI', unknownCountries };
  const gender = genderCode.charAt(0);
  if (gender === 'M' || gender === 'F' || gender === 'U' || gender === 'X') data.gender = gender;
  const birth = parseDayMonthName(at(5), 'birth', reference);
  if (birth) data.dateOfBirth = birth;
  const nationality = country(at(4), unknownCountries);
  if (nationality) data.nationality = nationality;
  if (at(8)) data.surname = at(8);
  // Some systems glue the PNR title to the first given name here too (`MOLLYMRS`).
  const given = [splitTitle(at(9)).givenNames, at(10)].filter(Boolean).join(' ');
  if (given) data.givenNames = given;
  const number = at(3);
  if (number) {
    const document: TravelDocument = {
      type: at(1).toUpperCase(),
      number,
      role: 'primary',
      source: 'SSR DOCS',
    };
    const issuing = country(at(2), unknownCountries);
    if (issuing) document.issuingCountry = issuing;
    const expiry = parseDayMonthName(at(7), 'other', reference);
    if (expiry) document.expiry = expiry;
    if (nationality) document.nationality = nationality;
    if (data.surname) document.surname = data.surname;
    if (given) document.givenNames = given;
    data.document = document;
  }
  return data;
}

/** What one SSR DOCO (other document, usually a visa) says. */
export interface DocoData {
  document?: TravelDocument;
  birthPlace?: string;
  infant: boolean;
  unknownCountries: string[];
}

/**
 * SSR DOCO free text: `place of birth / doc type / number / place of issue / issue date /
 * country the document is valid for (/ I: infant)`.
 */
export function parseDoco(text: string, reference: Date): DocoData {
  const fields = text.split('/').map((field) => field.trim());
  const at = (index: number): string => fields[index] ?? '';
  const unknownCountries: string[] = [];
  const data: DocoData = { infant: at(6).toUpperCase() === 'I', unknownCountries };
  if (at(0)) data.birthPlace = at(0);
  if (at(2)) {
    const document: TravelDocument = {
      type: at(1).toUpperCase(),
      number: at(2),
      role: 'secondary',
      source: 'SSR DOCO',
    };
    if (at(3)) document.issuingPlace = at(3);
    const issued = parseDayMonthName(at(4), 'other', reference);
    if (issued) document.issueDate = issued;
    const applicable = country(at(5), unknownCountries);
    if (applicable) document.applicableCountry = applicable;
    data.document = document;
  }
  return data;
}

/** SSR DOCA free text: `/R/USA/street/city/state/postal code` (R residence, D destination). */
export function parseDoca(text: string): { kind: string; address: Address; infant: boolean } {
  const fields = text.split('/').map((field) => field.trim());
  const at = (index: number): string => fields[index] ?? '';
  const address: Address = { lines: at(3) ? [at(3)] : [] };
  const kind = at(1).toUpperCase();
  address.purpose = kind === 'R' ? 'residence' : kind === 'D' ? 'destination' : kind;
  const countryCode = toAlpha3(at(2));
  if (countryCode) address.country = countryCode;
  if (at(4)) address.city = at(4);
  if (at(5)) address.region = at(5);
  if (at(6)) address.postalCode = at(6);
  return { kind, address, infant: at(7).toUpperCase() === 'I' };
}

/** SSR INFT free text: `SURNAME/GIVEN/10AUG11` or `SURNAME/GIVEN 20SEP12`. */
export function parseInft(
  text: string,
  reference: Date,
): { surname?: string; givenNames?: string; dateOfBirth?: string } {
  const fields = text.split('/').map((field) => field.trim());
  const result: { surname?: string; givenNames?: string; dateOfBirth?: string } = {};
  if (fields[0]) result.surname = fields[0];
  let given = fields[1] ?? '';
  let birth = fields[2] ?? '';
  if (!birth) {
    const match = /^(.*?)\s+(\d{2}[A-Z]{3}\d{2,4})$/.exec(given);
    if (match) {
      given = match[1];
      birth = match[2];
    }
  }
  if (given) result.givenNames = given;
  const dateOfBirth = parseDayMonthName(birth, 'birth', reference);
  if (dateOfBirth) result.dateOfBirth = dateOfBirth;
  return result;
}

/** SSR TKNE free text: `1392178947000C2` (ticket + coupon), `INF…` for the infant's ticket. */
export function parseTkne(
  text: string,
): { number: string; coupon?: string; infant: boolean } | undefined {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  const infant = compact.startsWith('INF');
  const match = /^(?:INF)?(\d{13,14})(?:C(\d))?/.exec(compact);
  if (!match) return undefined;
  const result: { number: string; coupon?: string; infant: boolean } = {
    number: match[1],
    infant,
  };
  if (match[2]) result.coupon = match[2];
  return result;
}

/** SSR FQTV free text: `SQ8794285757` or `SQ 8794285757` (carrier + number, tier after /). */
export function parseFqtv(
  text: string,
  fallbackCarrier: string | undefined,
): { carrier: string; number: string } | undefined {
  const compact = text
    .trim()
    .split(/[/\s-]/)
    .filter(Boolean);
  const first = (compact[0] ?? '').toUpperCase();
  const joined = first.length === 2 && compact[1] ? first + compact[1] : first;
  const match = /^([A-Z0-9]{2})(\d{4,})$/.exec(joined);
  if (match) return { carrier: match[1], number: match[2] };
  if (joined && fallbackCarrier) return { carrier: fallbackCarrier, number: joined };
  return undefined;
}
