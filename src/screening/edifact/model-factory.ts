import type { Diagnostic } from '../model/diagnostic';
import type { Leg, LegPoint } from '../model/leg';
import type { MessageFormat, NormalisedMessage } from '../model/normalised-message';
import type { Bags, Traveller, TravellerRole } from '../model/traveller';
import { countryOfLocode } from './countries';
import type { EdifactMessage, Interchange } from './interchange';
import { messageEnvelope } from './message-envelope';

/**
 * A normalised message with its envelope read and nothing else: what both mappers fill in, and
 * what a message that could not be mapped is kept as (with its `error`, also its one diagnostic).
 * `parts` are the UNH messages it is read from (several for a multi-part PAXLST); the envelope,
 * the message index and the diagnostics' position come from the first.
 */
export function newMessage(init: {
  format: MessageFormat;
  version: string;
  parts: readonly EdifactMessage[];
  interchange: Interchange;
  reference: Date;
  error?: Diagnostic;
}): NormalisedMessage {
  const first = init.parts[0];
  const { error } = init;
  return {
    format: init.format,
    version: init.version,
    ...messageEnvelope(init.interchange, first, init.reference),
    listType: 'passenger',
    parts: init.parts.length,
    legs: [],
    travellers: [],
    bookings: [],
    declaredTotals: {},
    route: [],
    diagnostics: error ? [error] : [],
    // Only when there is one, so that a mapped message has no `error` key at all.
    ...(error ? { error } : {}),
    messageIndex: first.index,
  };
}

/** A traveller with every list initialised, so mappers only set what the message says. */
export function newTraveller(id: string, role: TravellerRole, sequence: number): Traveller {
  return {
    id,
    role,
    infant: false,
    surname: '',
    givenNames: '',
    references: [],
    contacts: [],
    documents: [],
    legIds: [],
    frequentFlyer: [],
    sequence,
  };
}

export function newBags(): Bags {
  return { tags: [] };
}

/** A leg point from a location code as given; UN/LOCODEs also give the country. */
export function legPoint(location: string, name?: string): LegPoint {
  const point: LegPoint = { location };
  const country = countryOfLocode(location);
  if (country) point.country = country;
  if (name) point.name = name;
  return point;
}

/** Airports (or ports) of legs in order, consecutive duplicates removed. */
export function routeOf(legs: readonly Leg[]): string[] {
  const route: string[] = [];
  for (const leg of legs) {
    for (const point of [leg.departure, leg.arrival]) {
      if (point && point.location && route[route.length - 1] !== point.location) {
        route.push(point.location);
      }
    }
  }
  return route;
}

/**
 * Expands a bag tag with a count (`2660009` ×2 → 2660009, 2660010): PAXLST FTX BAG and PNRGOV
 * TBD give the first tag of a consecutive run and how many. Leading zeros are kept.
 */
export function expandBagTags(first: string, count: number | undefined): string[] {
  if (!count || count <= 1 || count > 50 || !/^\d+$/.test(first)) return [first];
  const tags: string[] = [];
  const start = BigInt(first);
  for (let i = 0; i < count; i++)
    tags.push((start + BigInt(i)).toString().padStart(first.length, '0'));
  return tags;
}

/** Weight to kilograms for the units messages use (KGM/700 kilograms, LBR/701 pounds). */
export function toKilograms(weight: number, unit: string | undefined): number | undefined {
  const code = (unit ?? '').toUpperCase();
  if (code === 'KGM' || code === 'KG' || code === '700' || code === 'K') return weight;
  if (code === 'LBR' || code === 'LB' || code === '701' || code === 'L') {
    return Math.round(weight * 0.45359237 * 10) / 10;
  }
  return undefined;
}
