import { countryToAlpha3 } from './country-code';
import { cleanName, hasNonLatinLetters, invertedName, splitNameField } from './name-text';
import type {
  BirthDate,
  EntryDocument,
  EntryName,
  NameQuality,
  SkippedRow,
  WatchlistEntry,
  WatchlistVersion,
} from './watchlist-entry';
import { readInputFile } from '../file-access';
import { WatchlistError } from './watchlist-error';
import {
  addBirthDate,
  addEntryName,
  addUnique,
  buildVersion,
  isCalendarDate,
  parseIsoBirthDate,
} from './watchlist-version';
import {
  childElement,
  childElements,
  childText,
  collapseSpace,
  isXmlProblem,
  readXml,
  type XmlElement,
} from './xml-reader';

/**
 * Importer for the UN Security Council Consolidated List XML
 * (scsanctions.un.org/resources/xml/en/consolidated.xml): `INDIVIDUALS/INDIVIDUAL` and
 * `ENTITIES/ENTITY` records. Entry ids are `un:` + REFERENCE_NUMBER (`un:QDi.006`).
 *
 * Name order: the UN writes FIRST_NAME … FOURTH_NAME in the order the name is said. For most
 * regimes the last part is the family or tribal name (Arabic and Afghan names run given name,
 * father's name, grandfather's name, family), so family = the last part and given = the parts
 * before it. The DPRK regime writes Korean names family-first (FIRST_NAME "KIM", SECOND_NAME
 * "YONG CHOL"), so there family = FIRST_NAME. The full name keeps the source order either way.
 */

const PART_TAGS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];

const ALIAS_QUALITY: Record<string, NameQuality> = {
  good: 'good',
  low: 'low',
  'a.k.a.': 'good',
  'f.k.a.': 'former',
};

/** Placeholders the UN list writes where a nationality is not known. */
const NOT_A_COUNTRY = new Set(['na', 'n/a', 'unknown']);

/** Regimes whose FIRST_NAME is the family name (Korean order). */
const FAMILY_FIRST_REGIMES = new Set(['DPRK']);

function primaryName(
  record: XmlElement,
  regime: string,
  individual: boolean,
): EntryName | undefined {
  // A stray comma inside a part ("MATHIEU, CHUI") is not an inversion: the parts give the order.
  const parts = PART_TAGS.map((tag) =>
    collapseSpace(childText(record, tag).replace(/,/g, ' ')),
  ).filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  const name: EntryName = { full: parts.join(' '), quality: 'primary' };
  if (!individual) return name;
  if (parts.length === 1) {
    name.given = [parts[0]];
  } else if (FAMILY_FIRST_REGIMES.has(regime)) {
    name.family = parts[0];
    name.given = parts.slice(1);
  } else {
    name.family = parts[parts.length - 1];
    name.given = parts.slice(0, -1);
  }
  return name;
}

function birthDate(element: XmlElement): BirthDate | undefined {
  const type = childText(element, 'TYPE_OF_DATE').toUpperCase();
  const date = childText(element, 'DATE');
  const year = childText(element, 'YEAR');
  const from = childText(element, 'FROM_YEAR');
  const to = childText(element, 'TO_YEAR');
  if (date && isCalendarDate(date)) return { kind: 'exact', date };
  if (/^\d{4}$/.test(year)) {
    return type === 'APPROXIMATELY'
      ? { kind: 'year', year: Number(year), approximate: true }
      : { kind: 'year', year: Number(year) };
  }
  if (/^\d{4}$/.test(from) && /^\d{4}$/.test(to)) {
    const [low, high] = [Number(from), Number(to)].sort((a, b) => a - b);
    return low === high
      ? { kind: 'year', year: low }
      : { kind: 'range', fromYear: low, toYear: high };
  }
  if (/^\d{4}$/.test(from)) return { kind: 'year', year: Number(from) };
  return undefined;
}

function place(element: XmlElement, tags: string[]): string {
  return tags
    .map((tag) => childText(element, tag))
    .filter((part) => part !== '')
    .join(', ');
}

function documents(record: XmlElement): EntryDocument[] {
  const result: EntryDocument[] = [];
  for (const element of childElements(record, 'INDIVIDUAL_DOCUMENT')) {
    const number = childText(element, 'NUMBER');
    if (number === '') continue;
    const document: EntryDocument = { number };
    const type = childText(element, 'TYPE_OF_DOCUMENT');
    if (type) document.type = type;
    const country = countryToAlpha3(
      childText(element, 'ISSUING_COUNTRY') || childText(element, 'COUNTRY_OF_ISSUE'),
    );
    if (country) document.issuingCountry = country;
    const issued = childText(element, 'DATE_OF_ISSUE');
    const note = [
      childText(element, 'TYPE_OF_DOCUMENT2'),
      issued ? `issued ${issued}` : '',
      childText(element, 'CITY_OF_ISSUE'),
      childText(element, 'NOTE'),
    ]
      .filter((part) => part !== '')
      .join('; ');
    if (note) document.note = note;
    result.push(document);
  }
  return result;
}

function aliases(record: XmlElement, aliasTag: string, entry: WatchlistEntry): void {
  const individual = entry.kind === 'individual';
  for (const alias of childElements(record, aliasTag)) {
    const raw = childText(alias, 'ALIAS_NAME');
    if (raw === '') continue;
    const quality = ALIAS_QUALITY[childText(alias, 'QUALITY').toLowerCase()] ?? 'good';
    const dateOfBirth = parseIsoBirthDate(childText(alias, 'DATE_OF_BIRTH'));
    addBirthDate(entry.datesOfBirth, dateOfBirth);
    if (individual) {
      addUnique(entry.placesOfBirth ?? [], place(alias, ['CITY_OF_BIRTH', 'COUNTRY_OF_BIRTH']));
    }
    for (const text of splitNameField(raw)) {
      const name: EntryName = { full: text.text, quality };
      if (text.originalScript) name.originalScript = true;
      if (dateOfBirth) name.dateOfBirth = dateOfBirth;
      if (individual && !text.originalScript) {
        const parts = invertedName(text.text);
        if (parts) {
          name.family = parts.family;
          name.given = parts.given;
        }
      }
      addEntryName(entry, name);
    }
  }
}

function readRecord(record: XmlElement, individual: boolean): WatchlistEntry | string {
  const reference = childText(record, 'REFERENCE_NUMBER');
  if (reference === '') return 'no REFERENCE_NUMBER';
  const regime = childText(record, 'UN_LIST_TYPE');
  const primary = primaryName(record, regime, individual);
  if (!primary) return `${reference}: no name (FIRST_NAME is empty)`;
  const entry: WatchlistEntry = {
    id: `un:${reference}`,
    list: 'un',
    sourceId: reference,
    kind: individual ? 'individual' : 'entity',
    names: [primary],
    datesOfBirth: [],
    nationalities: [],
    documents: [],
    programmes: regime ? [regime] : [],
  };
  if (!individual) {
    // Entity names carry acronyms and second names: "GREAT LAKES … (GLBC) ; …". The full text
    // stays the primary name; its parts become aliases too.
    const cleaned = cleanName(primary.full);
    for (const part of splitNameField(primary.full)) {
      if (part.text !== cleaned) addEntryName(entry, { full: part.text, quality: 'good' });
    }
  }
  const original = childText(record, 'NAME_ORIGINAL_SCRIPT');
  if (original && original.toLowerCase() !== primary.full.toLowerCase()) {
    const name: EntryName = { full: original, quality: 'primary' };
    if (hasNonLatinLetters(original)) name.originalScript = true;
    entry.names.push(name);
  }
  // Honorifics (TITLE: "Mullah", "Haji") and positions (DESIGNATION), as OFAC's Title column.
  const titles = ['TITLE', 'DESIGNATION'].flatMap((tag) => {
    const element = childElement(record, tag);
    return element ? childElements(element, 'VALUE').map((value) => collapseSpace(value.text)) : [];
  });
  if (titles.some((title) => title !== '')) entry.title = titles.filter((t) => t !== '').join('; ');
  const listedOn = childText(record, 'LISTED_ON');
  if (listedOn) entry.listedOn = listedOn;
  const comments = childText(record, 'COMMENTS1');
  if (comments) entry.remarks = comments;
  if (individual) {
    const gender = childText(record, 'GENDER').toLowerCase();
    if (gender === 'male') entry.gender = 'M';
    else if (gender === 'female') entry.gender = 'F';
    const nationality = childElement(record, 'NATIONALITY');
    for (const value of nationality ? childElements(nationality, 'VALUE') : []) {
      const text = collapseSpace(value.text);
      // "na" is the UN's "not available", not Namibia's code.
      if (!NOT_A_COUNTRY.has(text.toLowerCase()))
        addUnique(entry.nationalities, countryToAlpha3(text));
    }
    for (const element of childElements(record, 'INDIVIDUAL_DATE_OF_BIRTH')) {
      addBirthDate(entry.datesOfBirth, birthDate(element));
    }
    entry.placesOfBirth = [];
    for (const element of childElements(record, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
      addUnique(entry.placesOfBirth, place(element, ['CITY', 'STATE_PROVINCE', 'COUNTRY']));
    }
    entry.documents = documents(record);
  }
  aliases(record, individual ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS', entry);
  if (entry.placesOfBirth?.length === 0) delete entry.placesOfBirth;
  return entry;
}

/** Parses the text of a UN Consolidated List file; `source` names it in errors and the version. */
export function importUnList(xml: string, source: string): WatchlistVersion {
  const root = readXml(xml);
  if (isXmlProblem(root)) {
    throw new WatchlistError(`${source}: malformed XML at line ${root.line}: ${root.message}`);
  }
  if (root.name !== 'CONSOLIDATED_LIST') {
    throw new WatchlistError(
      `${source}: not a UN Consolidated List (root element <${root.name}>, expected <CONSOLIDATED_LIST>)`,
    );
  }
  const entries: WatchlistEntry[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Set<string>();
  let position = 0;
  const sections: [string, string, boolean][] = [
    ['INDIVIDUALS', 'INDIVIDUAL', true],
    ['ENTITIES', 'ENTITY', false],
  ];
  for (const [sectionTag, recordTag, individual] of sections) {
    const section = childElement(root, sectionTag);
    for (const record of section ? childElements(section, recordTag) : []) {
      position += 1;
      const entry = readRecord(record, individual);
      if (typeof entry === 'string') {
        skipped.push({ row: position, reason: `${recordTag} #${position}: ${entry}` });
      } else if (seen.has(entry.id)) {
        skipped.push({
          row: position,
          reason: `${recordTag} #${position}: duplicate REFERENCE_NUMBER ${entry.sourceId}`,
        });
      } else {
        seen.add(entry.id);
        entries.push(entry);
      }
    }
  }
  return buildVersion('un', source, entries, skipped, root.attributes.dateGenerated);
}

/** Reads and imports a UN Consolidated List file. */
export function loadUnList(path: string): WatchlistVersion {
  return importUnList(
    readInputFile(path, `un list ${path}`, (message) => new WatchlistError(message)).toString(
      'utf8',
    ),
    path,
  );
}
