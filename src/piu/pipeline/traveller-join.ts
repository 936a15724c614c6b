import type { TravellerHashes } from './traveller-record';

/** A traveller already recorded on the flight, as the join sees it. */
export interface KnownTraveller extends Omit<TravellerHashes, 'dataHash'> {
  id: number;
  fromApi: boolean;
  fromPnr: boolean;
}

export interface IncomingTraveller extends Omit<TravellerHashes, 'dataHash'> {
  /** From an API message (PAXLST), else a PNR. */
  fromApi: boolean;
}

/**
 * Joins the travellers of one message to those already recorded on its flight: the same
 * document (number and issuing country), else the same name and date of birth, else the same
 * name in the same booking (a PNR pushed again), else — between
 * an API message and a PNR, where the booking often has no date of birth — the same name when
 * exactly one traveller of the flight bears it. Each known traveller takes at most one of the
 * message's travellers (two people of one booking with the same name stay two). Returns, per
 * incoming traveller, the id it joins, or undefined for a new traveller.
 */
export function joinTravellers(
  known: readonly KnownTraveller[],
  incoming: readonly IncomingTraveller[],
): (number | undefined)[] {
  const byDocument = groupBy(known, (traveller) => traveller.documentHash);
  const byNameDob = groupBy(known, (traveller) => traveller.nameDobHash);
  const byBooking = groupBy(known, (traveller) => traveller.bookingHash);
  const byName = groupBy(known, (traveller) => traveller.nameHash);
  const taken = new Set<number>();
  const free = (candidates: readonly KnownTraveller[] | undefined) =>
    candidates?.find((candidate) => !taken.has(candidate.id));

  const joined = incoming.map((traveller) => {
    const match =
      (traveller.documentHash ? free(byDocument.get(traveller.documentHash)) : undefined) ??
      (traveller.nameDobHash ? free(byNameDob.get(traveller.nameDobHash)) : undefined) ??
      (traveller.bookingHash ? free(byBooking.get(traveller.bookingHash)) : undefined);
    if (match) taken.add(match.id);
    return match?.id;
  });
  // Names alone, after the stronger keys have taken theirs.
  incoming.forEach((traveller, position) => {
    if (joined[position] !== undefined) return;
    const namesakes = byName.get(traveller.nameHash) ?? [];
    if (namesakes.length !== 1) return;
    const [candidate] = namesakes;
    const otherKind = traveller.fromApi
      ? candidate.fromPnr && !candidate.fromApi
      : candidate.fromApi && !candidate.fromPnr;
    const datesAgree = traveller.nameDobHash === null || candidate.nameDobHash === null;
    const documentsAgree = traveller.documentHash === null || candidate.documentHash === null;
    if (otherKind && datesAgree && documentsAgree && !taken.has(candidate.id)) {
      taken.add(candidate.id);
      joined[position] = candidate.id;
    }
  });
  return joined;
}

function groupBy(
  travellers: readonly KnownTraveller[],
  key: (traveller: KnownTraveller) => string | null,
): Map<string, KnownTraveller[]> {
  const groups = new Map<string, KnownTraveller[]>();
  for (const traveller of travellers) {
    const value = key(traveller);
    if (value === null) continue;
    const group = groups.get(value) ?? [];
    group.push(traveller);
    groups.set(value, group);
  }
  return groups;
}
