/**
 * Synthetic UN/EDIFACT messages, written here with invented names: the demo's messages, and
 * the builders tests and benchmarks use. Nothing in them comes from a real passenger.
 */

export interface SyntheticTraveller {
  surname: string;
  givenNames: string;
  /** `YYMMDD`. */
  birth?: string;
  nationality?: string;
  document?: string;
}

export interface PaxlstOptions {
  carrier: string;
  flight: string;
  /** Location codes: IATA airports (no country) or UN/LOCODEs (their first two letters tell it). */
  from: string;
  to: string;
  /** `YYYYMMDDHHMM`, local time. */
  departure: string;
  arrival: string;
  travellers: readonly SyntheticTraveller[];
  /** Interchange and message reference (different for each message). */
  reference: string;
  /** A part of a multi-part message: its sequence, and whether it is the last. */
  part?: { sequence: number; final: boolean };
  /** Extra segments after the travellers (a card number in an FTX, say). */
  extra?: readonly string[];
}

/** A PAXLST D05B passenger list, one interchange, segments on their own lines. */
export function paxlst(options: PaxlstOptions): string {
  const access = `${options.carrier}${options.flight}/${options.departure.slice(2, 8)}/${options.departure.slice(8, 12)}`;
  const transfer = options.part
    ? `+${String(options.part.sequence).padStart(2, '0')}:${options.part.final ? 'F' : 'C'}`
    : '';
  const body = [
    `UNH+${options.reference}+PAXLST:D:05B:UN:IATA+${access}${transfer}`,
    'BGM+745',
    'NAD+MS+++DEMO OPERATIONS',
    `TDT+20+${options.carrier}${options.flight}+++${options.carrier}`,
    `LOC+125+${options.from}`,
    `DTM+189:${options.departure}:203`,
    `LOC+87+${options.to}`,
    `DTM+232:${options.arrival}:203`,
  ];
  for (const traveller of options.travellers) {
    body.push(`NAD+FL+++${traveller.surname}:${traveller.givenNames}`);
    body.push('ATT+2++M');
    if (traveller.birth) body.push(`DTM+329:${traveller.birth}`);
    if (traveller.nationality) body.push(`NAT+2+${traveller.nationality}`);
    if (traveller.document) {
      body.push(`DOC+P+${traveller.document}`);
      body.push('DTM+36:301231');
      if (traveller.nationality) body.push(`LOC+91+${traveller.nationality}`);
    }
  }
  body.push(...(options.extra ?? []));
  if (!options.part || options.part.final) body.push(`CNT+42:${options.travellers.length}`);
  body.push(`UNT+${body.length + 1}+${options.reference}`);
  return [
    "UNA:+.? '",
    `UNB+UNOC:4+${options.carrier}DCS:ZZ+PIUDEMO:ZZ+${options.departure.slice(2, 8)}:0600+${options.reference}`,
    ...body,
    `UNZ+1+${options.reference}`,
  ]
    .map((segment, index) => (index === 0 ? segment : `${segment}'`))
    .join('\n');
}

export interface PnrgovOptions {
  carrier: string;
  flight: string;
  /** IATA airports. */
  from: string;
  to: string;
  /** `YYYYMMDDHHMM`, local time. */
  departure: string;
  arrival: string;
  /** One booking per entry: its record locator and its travellers (a DOCS each when known). */
  bookings: readonly { locator: string; travellers: readonly SyntheticTraveller[] }[];
  reference: string;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** `YYMMDD` → `DDMMMYY`, as SSR DOCS writes dates. */
const docsDate = (date: string) =>
  `${date.slice(4, 6)}${MONTHS[Number(date.slice(2, 4)) - 1]}${date.slice(0, 2)}`;

/**
 * A PNRGOV 15.1 push for one flight: its bookings with their travellers (TIF) and, for those
 * with a document, an SSR DOCS (the passport data a PNR carries when the traveller gave it).
 */
export function pnrgov(options: PnrgovOptions): string {
  const day = (stamp: string) => `${stamp.slice(6, 8)}${stamp.slice(4, 6)}${stamp.slice(2, 4)}`;
  const time = (stamp: string) => stamp.slice(8, 12);
  const tvl = `TVL+${day(options.departure)}:${time(options.departure)}:${day(options.arrival)}:${time(options.arrival)}+${options.from}+${options.to}+${options.carrier}+${options.flight}`;
  const body = [
    `UNH+1+PNRGOV:15:1:IA+${options.carrier}${options.flight}/${day(options.departure)}/${time(options.departure)}`,
    'MSG+:22',
    `ORG+${options.carrier}:${options.from}`,
    tvl,
    `EQN+${options.bookings.length}`,
  ];
  for (const booking of options.bookings) {
    body.push('SRC', `RCI+${options.carrier}:${booking.locator}::${day(options.departure)}:0900`);
    booking.travellers.forEach((traveller, i) => {
      body.push(`TIF+${traveller.surname}:I+${traveller.givenNames}:A:${i + 1}`);
      if (traveller.document && traveller.birth) {
        const country = traveller.nationality ?? '';
        body.push(
          `SSR+DOCS:HK:1:${options.carrier}:::::/P/${country}/${traveller.document}/${country}/${docsDate(traveller.birth)}/M/31DEC30/${traveller.surname}/${traveller.givenNames}`,
        );
      }
    });
    body.push(`${tvl}:Y`);
  }
  body.push(`UNT+${body.length + 1}+1`);
  return [
    "UNA:+.?*'",
    `UNB+IATA:1+${options.carrier}+PIUDEMO+${day(options.departure)}:0600+${options.reference}++PNRGOV`,
    ...body,
    `UNZ+1+${options.reference}`,
  ]
    .map((segment, index) => (index === 0 ? segment : `${segment}'`))
    .join('\n');
}

const SURNAMES = [
  'OKONKWO',
  'HALVORSEN',
  'MUTASA',
  'KARIUKI',
  'LINDQVIST',
  'ABERNATHY',
  'NAKAMURA',
  'VOLKOVA',
  'ESPARZA',
  'ODHIAMBO',
];
const GIVEN = [
  'AMARA',
  'TOBIAS',
  'ZAWADI',
  'ELIN',
  'KOFI',
  'MIREILLE',
  'HIRO',
  'LUDMILA',
  'RAFAEL',
  'NJERI',
];
const NATIONALITIES = ['KEN', 'NOR', 'ZWE', 'SWE', 'GHA', 'FRA', 'JPN', 'UKR', 'MEX', 'TZA'];

/** `count` invented travellers, deterministic (the same call gives the same list). */
export function syntheticTravellers(count: number, seed = 0): SyntheticTraveller[] {
  const list: SyntheticTraveller[] = [];
  for (let i = 0; i < count; i++) {
    const n = i + seed;
    list.push({
      surname: `${SURNAMES[n % SURNAMES.length]}${n >= SURNAMES.length ? String.fromCharCode(65 + (Math.floor(n / 10) % 26)) : ''}`,
      givenNames: GIVEN[(n * 7) % GIVEN.length],
      birth: `${String(50 + (n % 50)).padStart(2, '0')}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}`,
      nationality: NATIONALITIES[(n * 3) % NATIONALITIES.length],
      document: `P${String(100000 + n * 37).padStart(7, '0')}`,
    });
  }
  return list;
}
