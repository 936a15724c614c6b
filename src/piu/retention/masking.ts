import type { HitDetail } from '../pipeline/hit-ledger';
import type { TravellerRecord } from '../pipeline/traveller-record';

/** What a masked value reads as: the same in every language, and no one's name. */
export const MASKED = '***';

/** A traveller's record after depersonalisation: the shape of a TravellerRecord, marked. */
export type MaskedTravellerRecord = TravellerRecord & { depersonalised: true };

/**
 * The year alone of a date of birth (`1971-04-02` → `1971`): ages and rules on age stay
 * possible, the day that helps single a person out goes.
 */
export function yearOnly(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const year = /^\d{4}/.exec(date)?.[0];
  return year ?? MASKED;
}

/**
 * A traveller's record as depersonalisation leaves it. Masked: names, document numbers (the
 * document's type and issuing country stay, its dates go), contacts (their kinds stay), booking
 * references; the date of birth keeps its year. Kept: gender, nationality, country of
 * residence, seat, embarkation and debarkation — what analyses of a route or a flight use and
 * what names no one. The keyed hashes of the name, date of birth, document and booking are
 * columns of the row, untouched: they let a supervisor re-identify the record. Masking a masked
 * record changes nothing.
 */
export function maskTravellerRecord(record: TravellerRecord): MaskedTravellerRecord {
  const masked: MaskedTravellerRecord = {
    surname: MASKED,
    givenNames: MASKED,
    documents: record.documents.map((document) => {
      const kept: TravellerRecord['documents'][number] = { type: document.type, number: MASKED };
      if (document.issuingCountry) kept.issuingCountry = document.issuingCountry;
      if (document.nationality) kept.nationality = document.nationality;
      return kept;
    }),
    contacts: record.contacts.map((contact) => ({ kind: contact.kind, value: MASKED })),
    pnrLocators: record.pnrLocators.map(() => MASKED),
    depersonalised: true,
  };
  const dateOfBirth = yearOnly(record.dateOfBirth);
  const kept = {
    dateOfBirth,
    gender: record.gender,
    nationality: record.nationality,
    residence: record.residence,
    seat: record.seat,
    embarkation: record.embarkation,
    debarkation: record.debarkation,
  };
  for (const [key, value] of Object.entries(kept))
    if (value) (masked as unknown as Record<string, string>)[key] = value;
  return masked;
}

/**
 * Rule fields whose values name no one: a condition's actual value is kept for these (and for
 * every `leg.` and `journey.` field: places, carriers, dates of the trip) and masked for all
 * others — names, dates of birth, document numbers, contacts, booking and ticket numbers, and
 * any field added later, until it is listed here.
 */
const KEPT_RULE_FIELDS = new Set([
  'traveller.type',
  'traveller.infant',
  'traveller.gender',
  'traveller.nationality',
  'traveller.residence',
  'traveller.embarkation',
  'traveller.debarkation',
  'traveller.seat',
  'traveller.bagCount',
  'traveller.ageAtDeparture',
  'traveller.documentCount',
  'document.type',
  'document.issuingCountry',
  'document.role',
  'document.applicableCountry',
  'document.validityDaysLeft',
  'document.issuedByNationality',
  'booking.createdAt',
  'booking.ticketedAt',
  'booking.tripType',
  'booking.paymentType',
  'booking.agency',
  'booking.travellerCount',
  'booking.bagCount',
  'booking.daysToDeparture',
  'booking.daysTicketingToDeparture',
]);

/** Checks whose reasons quote the traveller's date of birth or document number. */
const MASKED_QUALIFIERS = new Set(['dob', 'document']);

const keptField = (field: string) =>
  KEPT_RULE_FIELDS.has(field) || field.startsWith('leg.') || field.startsWith('journey.');

/**
 * A hit's sealed detail as depersonalisation leaves it. The list entry (the list's data, not
 * the traveller's) and the rule stay, with the score's parts; what quotes the traveller goes:
 * the engine's one-line explanation and summary, the traveller's name and booking reference,
 * the name tokens compared, the reasons of date-of-birth and document checks, and rule conditions' actual
 * values but for fields that name no one (KEPT_RULE_FIELDS). The date of birth keeps its year.
 * The entry's names and its side of the compared tokens stay: for a close match they spell the
 * traveller's name as the list does — that this traveller matched a listed person is what the
 * hit is, kept with it until it is deleted.
 */
export function maskHitDetail(detail: HitDetail): HitDetail {
  const traveller = {
    id: detail.traveller.id,
    index: detail.traveller.index,
    name: MASKED,
    role: detail.traveller.role,
  } as HitDetail['traveller'];
  const dateOfBirth = yearOnly(detail.traveller.dateOfBirth);
  if (dateOfBirth) traveller.dateOfBirth = dateOfBirth;
  if (detail.traveller.nationality) traveller.nationality = detail.traveller.nationality;
  if (detail.traveller.bookingId) traveller.bookingId = detail.traveller.bookingId;
  const masked: HitDetail = { explanation: MASKED, traveller };
  if (detail.entry) masked.entry = detail.entry;
  if (detail.rule) masked.rule = detail.rule;
  if (detail.match) {
    masked.match = {
      ...detail.match,
      ...(detail.match.queryName === undefined ? {} : { queryName: MASKED }),
      summary: MASKED,
      tokens: detail.match.tokens.map((pair) =>
        pair.query === undefined ? pair : { ...pair, query: MASKED },
      ),
      qualifiers: detail.match.qualifiers.map((qualifier) =>
        MASKED_QUALIFIERS.has(qualifier.qualifier) ? { ...qualifier, reason: MASKED } : qualifier,
      ),
    };
  }
  if (detail.conditions) {
    masked.conditions = detail.conditions.map((condition) =>
      keptField(condition.field) || condition.actual === undefined
        ? condition
        : { ...condition, actual: MASKED },
    );
  }
  return masked;
}
