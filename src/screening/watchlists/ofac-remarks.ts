import { countryToAlpha3 } from './country-code';
import { cleanName } from './name-text';
import type { BirthDate, EntryDocument, NameQuality } from './watchlist-entry';
import { addBirthDate, addUnique } from './watchlist-version';

/**
 * What the OFAC legacy CSV keeps in its Remarks column, parsed: the SDN list has no separate
 * fields for these. Remarks are `;`-separated statements such as
 * `DOB 12 Jan 1960; alt. DOB 1961; POB Baghdad, Iraq; nationality Iraq; Gender Male;
 * Passport A1234567 (Iraq) expires 01 Jan 2020; a.k.a. 'ABU X'; Linked To: Y.`
 * Statements this parser does not know (phone numbers, tax ids, sanctions notes) stay in the
 * entry's remarks text and are not interpreted.
 */
export interface OfacRemarks {
  datesOfBirth: BirthDate[];
  placesOfBirth: string[];
  nationalities: string[];
  gender?: 'M' | 'F';
  documents: EntryDocument[];
  aliases: { name: string; quality: NameQuality }[];
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Identity documents a traveller could carry or a border check could see, by the label OFAC
 * writes before the number. Company, tax and phone numbers are left out on purpose: they are
 * never on a travel document. Longest labels first so "Diplomatic Passport" wins over
 * "Passport".
 */
const DOCUMENT_LABELS = [
  'British National Overseas Passport',
  'Stateless Person Passport',
  'Diplomatic Passport',
  'Passport Booklet',
  'Service Passport',
  'Passport No.',
  'Passport',
  'National ID No.',
  'National Identification Number',
  'National Foreign ID Number',
  'Tazkira National ID Card',
  'Turkish Identification Number',
  'Moroccan Personal ID No.',
  'Bosnian Personal ID No.',
  'Personal ID Card',
  'Identification Number',
  'Kenyan ID No.',
  'UAE Identification',
  'Cedula No.',
  'C.U.R.P.',
  'D.N.I.',
  'C.U.I.',
  'Numero de Identidad',
  "Citizen's Card Number",
  'Residency Number',
  'Refugee ID Card',
  'Stateless Person ID Card',
  'Travel Document Number',
  'Birth Certificate Number',
  "Driver's License No.",
  'Electoral Registry No.',
  'Credencial electoral',
  'LE Number',
  'SSN',
  'Immigration No.',
  // Vessels: "Vessel Registration Identification IMO 7406784", kept for rules on sea voyages.
  'Vessel Registration Identification',
];

const DOCUMENT_PATTERN = new RegExp(
  `^(${DOCUMENT_LABELS.map((label) => label.replace(/[.$]/g, '\\$&')).join('|')}) #?(.+)$`,
);

const DAY_MONTH_YEAR = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/;
const MONTH_YEAR = /^([A-Za-z]{3})[a-z]* (\d{4})$/;
const YEAR = /^(\d{4})$/;

/** One OFAC date: `12 Jan 1960` (exact), `Jan 1960` or `1960` (year). */
function ofacDate(text: string): BirthDate | undefined {
  const full = DAY_MONTH_YEAR.exec(text);
  if (full) {
    const month = MONTHS[full[2].toLowerCase()];
    const day = Number(full[1]);
    if (!month || day < 1 || day > 31) return undefined;
    const date = `${full[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { kind: 'exact', date };
  }
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear && MONTHS[monthYear[1].toLowerCase()])
    return { kind: 'year', year: Number(monthYear[2]) };
  const year = YEAR.exec(text);
  if (year) return { kind: 'year', year: Number(year[1]) };
  return undefined;
}

function yearOf(date: BirthDate): number {
  if (date.kind === 'exact') return Number(date.date.slice(0, 4));
  if (date.kind === 'year') return date.year;
  return date.fromYear;
}

/**
 * A DOB statement: `12 Jan 1960`, `Jan 1960`, `1960`, `circa 1960`, `1958 to 1960`,
 * `01 Jan 1958 to 31 Dec 1960`, `circa 1958-1960`. A span becomes a year range (the matcher
 * compares years for ranges); "circa" marks the year approximate.
 */
export function parseOfacBirthDate(raw: string): BirthDate | undefined {
  let text = raw.trim();
  const circa = /^circa\s+/i.test(text);
  if (circa) text = text.replace(/^circa\s+/i, '');
  const span = /^(.+?)\s*(?:\bto\b|-)\s*(.+)$/.exec(text);
  if (span && !DAY_MONTH_YEAR.test(text)) {
    const from = ofacDate(span[1].trim());
    const to = ofacDate(span[2].trim());
    if (!from || !to) return undefined;
    const [low, high] = [yearOf(from), yearOf(to)].sort((a, b) => a - b);
    return low === high
      ? { kind: 'year', year: low }
      : { kind: 'range', fromYear: low, toYear: high };
  }
  const date = ofacDate(text);
  if (!date || !circa) return date;
  return { kind: 'year', year: yearOf(date), approximate: true };
}

/** `A1234567 (Iraq) issued 01 Jan 2010 expires 01 Jan 2020` → number, country and note. */
function documentOf(type: string, rest: string): EntryDocument | undefined {
  const match =
    /^(.+?)(?:\s*\(([^)]*)\))?(?:[\s,]+((?:issued|expires|expired|expiring)\b.*))?$/.exec(
      rest.trim(),
    );
  if (!match) return undefined;
  const number = match[1].trim().replace(/[,.]$/, '');
  if (!/\d/.test(number)) return undefined;
  const document: EntryDocument = { type, number };
  const country = countryToAlpha3(match[2]);
  if (country) document.issuingCountry = country;
  if (match[3]) document.note = match[3].trim();
  return document;
}

const ALIAS = /^(weak\s+)?([afn])\.k\.a\.,?\s+['‘’](.+)['‘’]$/i;

/** Splits the Remarks text into statements and reads the ones screening uses. */
export function parseOfacRemarks(remarks: string): OfacRemarks {
  const result: OfacRemarks = {
    datesOfBirth: [],
    placesOfBirth: [],
    nationalities: [],
    documents: [],
    aliases: [],
  };
  for (const part of remarks.split(';')) {
    const trimmed = part.trim();
    const statement = trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
    if (statement === '') continue;
    // Cheap prefix checks first: a remark holds many statements and most are not read here.
    const body = statement.startsWith('alt. ') ? statement.slice(5) : statement;
    if (body.startsWith('DOB ')) {
      addBirthDate(result.datesOfBirth, parseOfacBirthDate(body.slice(4)));
    } else if (body.startsWith('POB ')) {
      addUnique(result.placesOfBirth, body.slice(4).trim());
    } else if (body.startsWith('nationality ') || body.startsWith('citizen ')) {
      addUnique(result.nationalities, countryToAlpha3(body.slice(body.indexOf(' ') + 1)));
    } else if (body.startsWith('Gender ')) {
      const gender = body.slice(7).trim().toLowerCase();
      if (gender === 'male') result.gender = 'M';
      else if (gender === 'female') result.gender = 'F';
    } else if (body.includes('.k.a.')) {
      const alias = ALIAS.exec(body);
      if (alias) {
        const kind = alias[2].toLowerCase();
        const quality: NameQuality = kind === 'f' ? 'former' : alias[1] ? 'low' : 'good';
        const name = cleanName(alias[3]);
        if (name !== '') result.aliases.push({ name, quality });
      }
    } else {
      const document = DOCUMENT_PATTERN.exec(body);
      if (document) {
        const parsed = documentOf(document[1], document[2]);
        if (parsed) result.documents.push(parsed);
      }
    }
  }
  return result;
}
