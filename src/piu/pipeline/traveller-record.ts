import type { KeyedHashes } from '../protection/keyed-hashes';
import { normaliseName } from '../../screening/matching/name-normaliser';
import type { Traveller } from '../../screening/model';

/**
 * The personal part of a traveller as the PIU keeps it (sealed at rest): what the analyst
 * compares with a list entry and what a lawful request asks for. Joined from the flight's API
 * message (documents as printed) and its PNR (booking, contacts).
 */
export interface TravellerRecord {
  surname: string;
  givenNames: string;
  dateOfBirth?: string;
  gender?: string;
  nationality?: string;
  residence?: string;
  documents: RecordDocument[];
  contacts: { kind: string; value: string }[];
  seat?: string;
  embarkation?: string;
  debarkation?: string;
  /** PNR record locators of the bookings the traveller is on. */
  pnrLocators: string[];
}

export interface RecordDocument {
  type: string;
  number: string;
  issuingCountry?: string;
  expiry?: string;
  nationality?: string;
}

/** The keyed hashes that join and recognise a traveller without opening their record. */
export interface TravellerHashes {
  documentHash: string | null;
  nameDobHash: string | null;
  /** The booking's record locator with the name: a PNR pushed again (72 h, 24 h, 2 h before). */
  bookingHash: string | null;
  nameHash: string;
  dataHash: string;
}

export function recordOf(traveller: Traveller): TravellerRecord {
  const record: TravellerRecord = {
    surname: traveller.surname,
    givenNames: traveller.givenNames,
    documents: traveller.documents
      .filter((document) => document.number !== '')
      .map((document) => ({
        type: document.type,
        number: document.number,
        issuingCountry: document.issuingCountry,
        expiry: document.expiry,
        nationality: document.nationality,
      })),
    contacts: traveller.contacts.map((contact) => ({ kind: contact.kind, value: contact.value })),
    pnrLocators: traveller.pnrLocator ? [traveller.pnrLocator] : [],
  };
  const optional = {
    dateOfBirth: traveller.dateOfBirth,
    gender: traveller.gender,
    nationality:
      traveller.nationality ??
      traveller.documents.find((document) => document.nationality)?.nationality,
    residence: traveller.residence,
    seat: traveller.seat,
    embarkation: traveller.embarkation,
    debarkation: traveller.debarkation,
  };
  for (const [key, value] of Object.entries(optional))
    if (value) (record as unknown as Record<string, string>)[key] = value;
  return record;
}

const documentKey = (document: RecordDocument) =>
  `${document.number.replace(/[^0-9A-Z]/gi, '').toUpperCase()}|${document.issuingCountry ?? ''}`;

/**
 * One record from two views of the same person. The API message's travel document data is
 * authoritative for names, date of birth and documents (read from the passport); the PNR adds
 * what only a booking has (contacts, record locators) and fills what the API left empty.
 */
export function mergeRecords(api: TravellerRecord, other: TravellerRecord): TravellerRecord {
  const documents = [...api.documents];
  const known = new Set(documents.map(documentKey));
  for (const document of other.documents)
    if (!known.has(documentKey(document))) documents.push(document);
  const contacts = [...api.contacts];
  const seen = new Set(contacts.map((contact) => `${contact.kind}|${contact.value}`));
  for (const contact of other.contacts)
    if (!seen.has(`${contact.kind}|${contact.value}`)) contacts.push(contact);
  return {
    ...other,
    ...withoutEmpty(api),
    documents,
    contacts,
    pnrLocators: [...new Set([...api.pnrLocators, ...other.pnrLocators])],
  };
}

function withoutEmpty(record: TravellerRecord): Partial<TravellerRecord> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== ''),
  );
}

/**
 * A name as the join compares it: each part transliterated, titles and punctuation gone, spaces
 * dropped (`JOHN PAUL` in a passport, `JOHNPAUL` in a PNR).
 */
export function nameKey(surname: string, givenNames: string): string {
  const part = (text: string) =>
    normaliseName(text)
      .map((token) => token.text)
      .join('');
  return `${part(surname)}/${part(givenNames)}`;
}

export function travellerHashes(
  hashes: KeyedHashes,
  stateId: number,
  record: TravellerRecord,
): TravellerHashes {
  const name = nameKey(record.surname, record.givenNames);
  const [document] = record.documents;
  return {
    documentHash: document ? hashes.identity(stateId, `doc|${documentKey(document)}`) : null,
    nameDobHash: record.dateOfBirth
      ? hashes.identity(stateId, `name-dob|${name}|${record.dateOfBirth}`)
      : null,
    bookingHash: record.pnrLocators[0]
      ? hashes.identity(stateId, `booking|${record.pnrLocators[0]}|${name}`)
      : null,
    nameHash: hashes.identity(stateId, `name|${name}`),
    dataHash: hashes.identity(
      stateId,
      `data|${name}|${record.dateOfBirth ?? ''}|${record.nationality ?? ''}|${record.documents
        .map(documentKey)
        .sort()
        .join(',')}`,
    ),
  };
}

/** The hash that names the person across flights: document, else name and birth date, else name. */
export function identityHash(
  hashes: Pick<TravellerHashes, 'documentHash' | 'nameDobHash' | 'nameHash'>,
): string {
  return hashes.documentHash ?? hashes.nameDobHash ?? hashes.nameHash;
}
