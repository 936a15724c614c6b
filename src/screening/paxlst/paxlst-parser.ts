import { toAlpha3 } from '../edifact/countries';
import { parseDtm } from '../edifact/dates';
import type { EdifactMessage } from '../edifact/interchange';
import type { MappingContext } from '../edifact/mapping-context';
import { splitFlight } from '../edifact/carrier-flight';
import {
  expandBagTags,
  legPoint,
  newBags,
  newMessage,
  newTraveller,
  routeOf,
  toKilograms,
} from '../edifact/model-factory';
import { component, optional, type Segment } from '../edifact/segment';
import type { Leg, TransportMode } from '../model/leg';
import type { ListType, NormalisedMessage, ReportingParty } from '../model/normalised-message';
import type {
  Contact,
  ContactKind,
  Gender,
  TravelDocument,
  Traveller,
  TravellerRole,
} from '../model/traveller';

/** PAXLST NAD party qualifiers for travellers. */
const TRAVELLER_ROLES: Record<string, TravellerRole> = {
  FL: 'passenger',
  FM: 'crew',
  DDT: 'in-transit-passenger',
  DDU: 'in-transit-crew',
};

/** BGM document codes that announce a crew list (250 crew list declaration, 336 master crew). */
const CREW_DOCUMENTS = new Set(['250', '336']);

/** TDT C220 mode of transport (UN/ECE Recommendation 19). */
const MODES: Record<string, TransportMode> = {
  '1': 'sea',
  '2': 'rail',
  '3': 'road',
  '4': 'air',
  '8': 'sea',
};

const COM_KINDS: Record<string, ContactKind> = {
  TE: 'phone',
  FX: 'fax',
  EM: 'email',
  MB: 'mobile',
  AL: 'mobile',
};

function gender(code: string): Gender | undefined {
  switch (code.toUpperCase()) {
    case 'M':
    case 'MI':
      return 'M';
    case 'F':
    case 'FI':
      return 'F';
    case 'U':
      return 'U';
    case 'X':
      return 'X';
    default:
      return undefined;
  }
}

function contacts(segment: Segment): Contact[] {
  const result: Contact[] = [];
  for (let e = 0; e < segment.elements.length; e++) {
    const value = component(segment, e, 0);
    if (!value) continue;
    const qualifier = component(segment, e, 1).toUpperCase();
    result.push({ kind: COM_KINDS[qualifier] ?? 'other', value, qualifier });
  }
  return result;
}

/**
 * Maps one PAXLST manifest (D02B…D15B; several UNH parts of a multi-part message are passed
 * together, in order) to the normalised model. Header data (BGM, reporting party, legs) comes
 * from the first part; travellers from every part.
 */
export function mapPaxlst(
  parts: readonly EdifactMessage[],
  context: MappingContext,
): NormalisedMessage {
  const first = parts[0];
  const { collector, reference } = context;
  const message = newMessage({
    format: 'PAXLST',
    version: `${first.version}${first.release}`.toUpperCase(),
    parts,
    interchange: context.interchange,
    reference,
  });

  let reportingParty: ReportingParty | undefined;
  let leg: Leg | undefined;
  let traveller: Traveller | undefined;
  let document: TravelDocument | undefined;
  let lastLegPoint: 'departure' | 'arrival' | undefined;
  let cntSegment: Segment | undefined;
  let cntPartTravellers = 0;

  const country = (segment: Segment, value: string): string | undefined => {
    if (!value) return undefined;
    const code = toAlpha3(value);
    if (!code) {
      collector.report('bad-country', `unknown country code '${value.slice(0, 20)}'`, segment);
    }
    return code;
  };

  const date = (segment: Segment, kind: 'birth' | 'other'): string | undefined => {
    const raw = component(segment, 0, 1);
    if (!raw) return undefined;
    const value = parseDtm(raw, component(segment, 0, 2), kind, reference);
    if (!value)
      collector.report('bad-date', `DTM ${component(segment, 0, 0)} is not a valid date`, segment);
    return value;
  };

  parts.forEach((part, partIndex) => {
    collector.messageIndex = part.index;
    // Parts after the first repeat the header and the legs: take only their travellers.
    let inTravellers = partIndex === 0;
    let partTravellers = 0;
    for (const segment of part.segments) {
      const tag = segment.tag;
      if (!inTravellers) {
        if (tag === 'NAD' && TRAVELLER_ROLES[component(segment, 0, 0).toUpperCase()]) {
          inTravellers = true;
        } else if (tag !== 'CNT') {
          continue;
        }
      }
      switch (tag) {
        case 'BGM': {
          const code = component(segment, 0, 0);
          if (code) message.documentCode = code;
          if (CREW_DOCUMENTS.has(code)) message.listType = 'crew';
          const id = optional(segment, 1, 0);
          if (id) message.controlReferences.transaction = id;
          break;
        }
        case 'RFF': {
          const kind = component(segment, 0, 0).toUpperCase();
          const value = component(segment, 0, 1);
          if (!traveller) {
            if (kind === 'TN' && value) message.controlReferences.transaction = value;
            break;
          }
          if (!value) break;
          traveller.references.push({ kind, value });
          if (kind === 'AVF') traveller.pnrLocator ??= value;
          if (kind === 'SEA') traveller.seat ??= value;
          break;
        }
        case 'NAD': {
          const qualifier = component(segment, 0, 0).toUpperCase();
          const role = TRAVELLER_ROLES[qualifier];
          if (!role) {
            if (qualifier === 'MS' || !reportingParty) {
              reportingParty = { contacts: [] };
              const name =
                optional(segment, 3, 0) ?? optional(segment, 2, 0) ?? optional(segment, 1, 0);
              if (name) reportingParty.name = name;
              message.reportingParty = reportingParty;
            }
            traveller = undefined;
            break;
          }
          partTravellers++;
          const index = message.travellers.length + 1;
          traveller = newTraveller(`T${index}`, role, index);
          document = undefined;
          traveller.surname = component(segment, 3, 0);
          const given =
            segment.elements[3]
              ?.slice(1)
              .map((name) => name.trim())
              .filter(Boolean) ?? [];
          traveller.givenNames = given.join(' ');
          if (!traveller.surname) {
            collector.report('missing-name', `traveller ${index} has no surname`, segment);
          }
          const street = optional(segment, 4, 0);
          const city = optional(segment, 5, 0);
          if (street || city) {
            traveller.address = { lines: street ? [street] : [] };
            if (city) traveller.address.city = city;
            const region = optional(segment, 6, 0);
            if (region) traveller.address.region = region;
            const postal = optional(segment, 7, 0);
            if (postal) traveller.address.postalCode = postal;
            const addressCountry = country(segment, component(segment, 8, 0));
            if (addressCountry) traveller.address.country = addressCountry;
          }
          message.travellers.push(traveller);
          break;
        }
        case 'COM':
          if (traveller) traveller.contacts.push(...contacts(segment));
          else if (reportingParty) reportingParty.contacts.push(...contacts(segment));
          break;
        case 'TDT': {
          traveller = undefined;
          const modeCode = component(segment, 2, 0);
          const flight = splitFlight(component(segment, 1, 0), optional(segment, 4, 0));
          const mode: TransportMode = modeCode ? (MODES[modeCode] ?? 'unknown') : 'air';
          leg = { id: `L${message.legs.length + 1}`, mode };
          if (mode === 'air') {
            if (flight.carrier) leg.carrier = flight.carrier;
            if (flight.number) leg.number = flight.number;
          } else {
            const carrier = optional(segment, 4, 0);
            if (carrier) leg.carrier = carrier;
            const voyage = optional(segment, 1, 0);
            if (voyage) leg.number = voyage;
          }
          const means = optional(segment, 7, 3) ?? optional(segment, 7, 0);
          if (means) leg.transportMeans = means;
          lastLegPoint = undefined;
          message.legs.push(leg);
          break;
        }
        case 'LOC': {
          const qualifier = component(segment, 0, 0);
          const code = component(segment, 1, 0).toUpperCase();
          const name = optional(segment, 1, 3);
          if (!traveller) {
            if (!leg) break;
            let end: 'departure' | 'arrival' | undefined;
            if (qualifier === '125') end = 'departure';
            else if (qualifier === '87') end = 'arrival';
            else if (qualifier === '92') end = leg.departure ? 'arrival' : 'departure';
            if (!end || !code) break;
            leg[end] = legPoint(code, name);
            (leg.locationQualifiers ??= []).push(qualifier);
            lastLegPoint = end;
            break;
          }
          switch (qualifier) {
            case '178':
              if (code) traveller.embarkation = code;
              break;
            case '179':
              if (code) traveller.debarkation = code;
              break;
            case '174': {
              const residence = country(segment, code);
              if (residence) traveller.residence = residence;
              break;
            }
            case '180': {
              const place: NonNullable<Traveller['birthPlace']> = {};
              const birthCountry = code ? toAlpha3(code) : undefined;
              if (birthCountry) place.country = birthCountry;
              else if (code) place.code = code;
              const placeName = name ?? optional(segment, 2, 0);
              if (placeName) place.name = placeName;
              if (place.code || place.country || place.name) traveller.birthPlace = place;
              break;
            }
            case '22':
              if (code) traveller.customsClearance = code;
              break;
            case '91':
              if (document) {
                const issuing = country(segment, code);
                if (issuing) document.issuingCountry = issuing;
              }
              break;
            default:
              break;
          }
          break;
        }
        case 'DTM': {
          const qualifier = component(segment, 0, 0);
          if (!traveller) {
            if (!leg) break;
            const value = date(segment, 'other');
            if (!value) break;
            const end =
              qualifier === '189' ? 'departure' : qualifier === '232' ? 'arrival' : undefined;
            const point = end ? leg[end] : lastLegPoint ? leg[lastLegPoint] : undefined;
            if (point) point.scheduledLocal = value;
            break;
          }
          if (qualifier === '329') {
            const value = date(segment, 'birth');
            if (value) traveller.dateOfBirth = value;
          } else if (document && (qualifier === '36' || qualifier === '182')) {
            const value = date(segment, 'other');
            if (value && qualifier === '36') document.expiry = value;
            if (value && qualifier === '182') document.issueDate = value;
          }
          break;
        }
        case 'ATT':
          if (traveller && component(segment, 0, 0) === '2') {
            const value = gender(component(segment, 2, 0));
            if (value) traveller.gender = value;
          }
          break;
        case 'NAT':
          if (traveller) {
            const nationality = country(segment, component(segment, 1, 0));
            if (nationality) traveller.nationality = nationality;
          }
          break;
        case 'MEA': {
          if (!traveller) break;
          const qualifier = component(segment, 0, 0).toUpperCase();
          const bags = (traveller.bags ??= newBags());
          if (qualifier === 'CT') {
            const count = Number.parseInt(component(segment, 2, 0), 10);
            if (Number.isFinite(count)) bags.count = count;
          } else if (qualifier === 'WT') {
            const unit = component(segment, 2, 0);
            const weight = Number.parseFloat(component(segment, 2, 1));
            if (Number.isFinite(weight)) {
              bags.weight = weight;
              if (unit) bags.weightUnit = unit;
              const kilograms = toKilograms(weight, unit);
              if (kilograms !== undefined) bags.weightKg = kilograms;
            }
          }
          break;
        }
        case 'FTX': {
          if (!traveller || component(segment, 0, 0).toUpperCase() !== 'BAG') break;
          const tag = component(segment, 3, 0);
          if (!tag) break;
          const count = Number.parseInt(component(segment, 3, 1), 10);
          const bags = (traveller.bags ??= newBags());
          bags.tags.push(...expandBagTags(tag, Number.isFinite(count) ? count : undefined));
          break;
        }
        case 'DOC': {
          if (!traveller) break;
          const type = component(segment, 0, 0).toUpperCase();
          const number = component(segment, 1, 0);
          document = {
            type,
            number,
            role: traveller.documents.length === 0 && type !== 'V' ? 'primary' : 'secondary',
            source: 'DOC',
          };
          traveller.documents.push(document);
          break;
        }
        case 'CNT': {
          cntSegment = segment;
          cntPartTravellers = partTravellers;
          const qualifier = component(segment, 0, 0);
          let value = component(segment, 0, 1);
          if (!value && optional(segment, 1, 0)) {
            value = component(segment, 1, 0);
            collector.report(
              'cnt-format',
              'CNT total in a separate element instead of a component',
              segment,
            );
          }
          const total = Number.parseInt(value, 10);
          if (qualifier && Number.isFinite(total)) message.declaredTotals[qualifier] = total;
          break;
        }
        default:
          break;
      }
    }
  });

  finish(message, parts, context, cntSegment, cntPartTravellers);
  return message;
}

/** Cross-checks after the walk: CNT totals, multi-part sequence, leg defaults, list type. */
function finish(
  message: NormalisedMessage,
  parts: readonly EdifactMessage[],
  context: MappingContext,
  cntSegment: Segment | undefined,
  cntPartTravellers: number,
): void {
  const { collector } = context;
  collector.messageIndex = message.messageIndex;
  const legIds = message.legs.map((leg) => leg.id);
  const firstLeg = message.legs[0];
  const lastLeg = message.legs[message.legs.length - 1];
  for (const traveller of message.travellers) {
    traveller.legIds = [...legIds];
    if (!traveller.embarkation && firstLeg?.departure)
      traveller.embarkation = firstLeg.departure.location;
    if (!traveller.debarkation && lastLeg?.arrival)
      traveller.debarkation = lastLeg.arrival.location;
  }
  const roles = new Set(message.travellers.map((traveller) => traveller.role));
  const crew = roles.has('crew') || roles.has('in-transit-crew');
  const passengers = roles.has('passenger') || roles.has('in-transit-passenger');
  let listType: ListType = message.listType;
  if (crew && passengers) listType = 'mixed';
  else if (crew) listType = 'crew';
  else if (passengers && listType === 'crew') listType = 'mixed';
  message.listType = listType;
  message.route = routeOf(message.legs);

  if (cntSegment) {
    // CNT 42 counts passengers, 41 crew. A multi-part message may count the whole manifest or
    // only its last part; either is accepted.
    const isCrew = (traveller: Traveller): boolean =>
      traveller.role === 'crew' || traveller.role === 'in-transit-crew';
    const lastPart = message.travellers.slice(message.travellers.length - cntPartTravellers);
    for (const [qualifier, crew] of [
      ['42', false],
      ['41', true],
    ] as const) {
      const declared = message.declaredTotals[qualifier];
      if (declared === undefined) continue;
      const total = message.travellers.filter((traveller) => isCrew(traveller) === crew).length;
      const inPart = lastPart.filter((traveller) => isCrew(traveller) === crew).length;
      if (declared !== total && declared !== inPart) {
        collector.report(
          'cnt-total',
          `CNT ${qualifier} declares ${declared} ${crew ? 'crew members' : 'passengers'}, the manifest lists ${total}`,
          cntSegment,
        );
      }
    }
  }

  const numbered = parts.filter((part) => part.transfer);
  if (numbered.length > 0) {
    const sequences = numbered.map((part) => part.transfer?.sequence ?? 0);
    const last = numbered[numbered.length - 1];
    const expected = sequences.every((sequence, index) => sequence === index + 1);
    if (!expected || last?.transfer?.marker !== 'F') {
      collector.report(
        'multipart-incomplete',
        `multi-part PAXLST has parts ${sequences.join(',')}${last?.transfer?.marker === 'F' ? '' : ' and no final part'}; expected 1…n ending with F`,
        parts[0]?.header,
      );
    }
  }
  collector.messageIndex = undefined;
}
