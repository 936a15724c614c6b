import { readFileSync } from 'node:fs';
import { sharedDataPath } from './cli/evaluation/shared-data';
import { EdifactSyntaxError } from './edifact/edifact-syntax-error';
import type { Leg } from './model/leg';
import type { NormalisedMessage } from './model/normalised-message';
import type { Traveller } from './model/traveller';
import { parseMessage } from './parse-message';

// The sample messages published with GTAS (the open-source passenger-screening system), read
// from the shared data folder, never copied.
const reference = new Date('2026-01-01T00:00:00Z');

function read(name: string): Buffer {
  return readFileSync(sharedDataPath('messages', name));
}

function only(name: string): NormalisedMessage {
  const result = parseMessage(read(name), { referenceDate: reference });
  expect(result.messages).toHaveLength(1);
  return result.messages[0];
}

/** A leg as `CC123 DEP@time-ARR@time`, compact enough to compare whole itineraries. */
function legLine(leg: Leg): string {
  const operating = leg.operatingCarrier
    ? ` op ${leg.operatingCarrier}${leg.operatingNumber ?? ''}`
    : '';
  return `${leg.carrier ?? ''}${leg.number ?? ''} ${leg.departure?.location}@${leg.departure?.scheduledLocal ?? ''}-${leg.arrival?.location ?? ''}@${leg.arrival?.scheduledLocal ?? ''}${operating}`;
}

/** surname / given / gender / DOB / nationality, then documents type:number:country:expiry. */
function travellerLine(traveller: Traveller): string {
  const documents = traveller.documents
    .map((d) => `${d.type}:${d.number}:${d.issuingCountry ?? ''}:${d.expiry ?? ''}`)
    .join(' ');
  return [
    traveller.surname,
    traveller.givenNames,
    traveller.gender ?? '',
    traveller.dateOfBirth ?? '',
    traveller.nationality ?? '',
    documents,
  ].join('|');
}

function codes(name: string): string[] {
  const result = parseMessage(read(name), { referenceDate: reference });
  return [...result.diagnostics, ...result.messages.flatMap((m) => m.diagnostics)].map(
    (d) => `${d.code}@${d.segmentNumber}`,
  );
}

function strictFailure(name: string): { code: string; segment?: number; tag?: string } {
  try {
    parseMessage(read(name), { strict: true, referenceDate: reference });
  } catch (error) {
    expect(error).toBeInstanceOf(EdifactSyntaxError);
    const d = (error as EdifactSyntaxError).diagnostic;
    return { code: d.code, segment: d.segmentNumber, tag: d.segmentTag };
  }
  return { code: 'none' };
}

describe('PAXLST samples (loose mode)', () => {
  it('gtas_apisMessage.txt: D05B, two routed legs, two passengers with references', () => {
    const message = only('gtas_apisMessage.txt');
    expect(message).toMatchObject({
      format: 'PAXLST',
      version: 'D05B',
      listType: 'passenger',
      documentCode: '745',
      syntax: 'UNOA:4',
      sender: 'AIR1',
      recipient: 'DHS',
      preparedAt: '2007-02-18T15:45',
      controlReferences: {
        interchange: '000006640',
        message: 'PAX001',
        transaction: 'AJYTR1070219',
      },
      reportingParty: { name: 'JOHN SMITH' },
      declaredTotals: { '42': 2 },
      route: ['ATL', 'ORD', 'JFK'],
    });
    expect(message.legs.map(legLine)).toEqual([
      'AA123 ATL@2007-02-19T15:40-ORD@2007-02-19T17:40',
      'AA124 ORD@2007-02-19T18:40-JFK@2007-02-19T19:55',
    ]);
    expect(message.travellers.map(travellerLine)).toEqual([
      'CLARK|MICHAEL|M|1972-09-07||',
      'CLARK|CHERYL|F|1973-04-07||',
    ]);
    const [michael, cheryl] = message.travellers;
    expect(michael).toMatchObject({
      embarkation: 'ATL',
      debarkation: 'JFK',
      pnrLocator: 'TYR123',
      legIds: ['L1', 'L2'],
    });
    expect(michael.references).toEqual([
      { kind: 'AVF', value: 'TYR123' },
      { kind: 'ABO', value: 'ABC123' },
      { kind: 'AEA', value: '1234567890ABC' },
      { kind: 'CR', value: '20060907NY123' },
    ]);
    expect(cheryl).toMatchObject({ embarkation: 'ORD', debarkation: 'JFK' });
    expect(message.reportingParty?.contacts).toEqual([
      { kind: 'phone', value: '703-555-1212', qualifier: 'TE' },
      { kind: 'fax', value: '703-555-4545', qualifier: 'FX' },
    ]);
    expect(message.diagnostics).toEqual([]);
  });

  it('gtas_multiple_flight_leg_apis.txt: three legs, passports, residence, trailing junk', () => {
    const message = only('gtas_multiple_flight_leg_apis.txt');
    expect(message.version).toBe('D05B');
    expect(message.legs.map(legLine)).toEqual([
      'QQ877 MIA@2008-07-10T15:00-IAD@2008-07-10T17:55',
      'QQ827 IAD@2008-08-10T18:30-JFK@2008-08-10T19:30',
      'QQ827 JFK@2008-08-10T20:00-CDG@2008-08-11T06:30',
    ]);
    expect(message.travellers.map(travellerLine)).toEqual([
      'BARRETT|TODD|M|1968-02-23|FRA|P:YY3478621G:FRA:2008-12-30',
      'LANG|KRISTIN|F|1960-06-06|ESP|P:TRQWE99800:ESP:2009-09-16',
    ]);
    expect(message.travellers.map((t) => [t.residence, t.embarkation, t.debarkation])).toEqual([
      ['FRA', 'MIA', 'CDG'],
      ['ESP', 'MIA', 'CDG'],
    ]);
    expect(message.route).toEqual(['MIA', 'IAD', 'JFK', 'CDG']);
  });

  it('gtas_airline2.edi: UNA with * and $, CRLF, ten passengers', () => {
    const message = only('gtas_airline2.edi');
    expect(message).toMatchObject({
      version: 'D02B',
      sender: 'SDT',
      controlReferences: { commonAccess: 'AA346' },
    });
    expect(message.legs.map(legLine)).toEqual(['TN506 BRE@2014-05-11T13:40-YEU@2014-05-11T17:00']);
    expect(message.travellers).toHaveLength(10);
    expect(message.travellers.map(travellerLine).slice(0, 3)).toEqual([
      'BETTON|DAVID|M|1954-10-16|USA|P:178556534:USA:2018-02-21',
      'TRIBBLE|FRANK|M|1954-10-16|USA|P:130906000:USA:2018-02-21',
      'RIDER|GORDON|M|1954-10-16|USA|P:185723910:USA:2018-02-21',
    ]);
    expect(travellerLine(message.travellers[9])).toBe(
      'LOWE|DANIEL|M|1954-10-16|USA|P:153284238:USA:2018-02-21',
    );
    expect(message.travellers.every((t) => t.pnrLocator === 'QXGYLO')).toBe(true);
  });

  it('gtas_flight1.txt: bags, seats, visas, a DOC without type, an empty LOC 91', () => {
    const message = only('gtas_flight1.txt');
    expect(message.legs.map(legLine)).toEqual(['LA532 SCL@2020-01-19T23:00-JFK@2020-01-20T07:40']);
    expect(message.travellers).toHaveLength(10);
    const [jiang, , cannon, , , nood, , , , grady] = message.travellers;
    expect(travellerLine(jiang)).toBe(
      'JIANG|HSIUYUAN|F|1967-06-03|CHN|:433419360:CHN:2023-09-20 V:57131424:USA:2021-07-29',
    );
    expect(jiang.documents.map((d) => d.role)).toEqual(['primary', 'secondary']);
    expect(jiang).toMatchObject({
      seat: '056F',
      residence: 'CHN',
      embarkation: 'SVO',
      debarkation: 'IAD',
    });
    expect(jiang.bags).toEqual({
      count: 1,
      weight: 13,
      weightUnit: 'KGM',
      weightKg: 13,
      tags: ['2660001'],
    });
    expect(travellerLine(cannon)).toBe(
      'CANNON|ALEXANDRA EVA|F|1985-09-14|GBR|P:396949747::2026-12-05 V:86443634:USA:2020-05-17',
    );
    expect(cannon.bags?.tags).toEqual(['2660003', '2660004', 'SU0005', '2660006']);
    expect(nood.bags?.tags).toEqual(['2660009', '2660010']);
    expect(travellerLine(grady)).toBe(
      'O GRADY|EMMA MAISIE|F|2000-05-20|GBR|P:209415811:GBR:2018-08-05 V:39528517:USA:2019-12-17',
    );
  });

  it('gtas_Test1.txt: crew list on one line, birth place, mixed case names', () => {
    const message = only('gtas_Test1.txt');
    expect(message).toMatchObject({ listType: 'crew', documentCode: '250', sender: 'APIS*C3K' });
    expect(message.reportingParty?.name).toBe('CREW SCHEDULING');
    expect(message.legs.map(legLine)).toEqual(['UA0989 FRA@2017-01-27T17:25-IAD@2017-01-28T07:10']);
    expect(message.travellers).toHaveLength(8);
    expect(message.travellers.every((t) => t.role === 'crew')).toBe(true);
    expect(travellerLine(message.travellers[0])).toBe(
      'Steur|Andrea Pat|F|1978-07-06|GBR|P:123456789:GBR:2061-02-18',
    );
    expect(travellerLine(message.travellers[7])).toBe(
      'Zschieschak|Jaclyn Pat|F|1978-07-13|GBR|P:123456789:GBR:2061-02-18',
    );
    expect(message.travellers[0]).toMatchObject({
      residence: 'GBR',
      embarkation: 'FRA',
      debarkation: 'IAD',
      customsClearance: 'IAD',
      birthPlace: { name: 'Hartford USA' },
    });
    expect(message.declaredTotals).toEqual({ '41': 8 });
  });
});

describe('PNRGOV samples (loose mode)', () => {
  it('gtas_pnrMessageExample.txt: 13.1, five travellers, tickets, cards masked, emails', () => {
    const message = only('gtas_pnrMessageExample.txt');
    expect(message).toMatchObject({ format: 'PNRGOV', version: '13.1', syntax: 'IATA:1' });
    expect(message.legs.map(legLine)).toEqual(['UA988 FRA@2018-09-28T12:20-IAD@2018-09-28T15:05']);
    expect(message.travellers.map(travellerLine)).toEqual([
      'LOBB|MOLLY|F|1954-08-13||P:796428965:GBR:2025-04-26',
      'PHILIPPS|MATTHIAS|M|1942-10-21||P:330102546::2024-01-08',
      'BOLOGNA|BRANDON|M|1960-06-16||P:445488562:USA:2019-01-07',
      'EULENBERGER|LUCA|M|1941-10-23||P:761852513:ERI:2020-12-06',
      'HABTE|LIYA|F|1960-03-29||P:254881089:DEU:2021-05-04',
    ]);
    expect(message.travellers[0]).toMatchObject({
      title: 'MRS',
      seat: '22C',
      pnrLocator: '7C789A',
      bookingId: 'B1',
    });
    expect(message.travellers[0].documents[0]).toMatchObject({
      surname: 'LOBB',
      givenNames: 'MOLLY ZARA',
    });
    const booking = message.bookings[0];
    expect(booking).toMatchObject({
      recordLocator: '7C789A',
      createdAt: '2018-08-23T12:20',
      lastModifiedAt: '2018-09-27T12:26',
    });
    expect(booking.legs.map(legLine)).toEqual([
      'ET834 WDH@2018-09-27T14:20-ADD@2018-09-27T21:20',
      'ET706 ADD@2018-09-27T23:20-FRA@2018-09-28T05:31',
      'UA988 FRA@2018-09-28T12:20-IAD@2018-09-28T15:05',
    ]);
    expect(booking.derived).toMatchObject({
      tripType: 'one-way',
      route: ['WDH', 'ADD', 'FRA', 'IAD'],
      daysBookingToDeparture: 35,
      travellerCount: 5,
      paidCash: true,
    });
    expect(
      booking.payments.map((p) => [p.type, p.cardVendor, p.cardNumberMasked, p.cardLast4]),
    ).toEqual([
      ['CC', 'AX', 'XXXXXXXXXXX9581', '9581'],
      ['CC', 'VI', 'XXXXXXXXXXXX2826', '2826'],
      ['CC', 'VI', 'XXXXXXXXXXXX4649', '4649'],
      ['CA', undefined, undefined, undefined],
      ['CC', 'VI', 'XXXXXXXXXXXX8193', '8193'],
    ]);
    expect(booking.tickets[0]).toMatchObject({
      number: '10862010862010',
      baseFare: { amount: 754.72, currency: 'GBP' },
      totalFare: { amount: 800, currency: 'GBP' },
      issuedAt: '2017-04-15',
    });
    expect(booking.tickets[0].taxes).toHaveLength(6);
    expect(booking.contacts.map((c) => c.value)).toEqual([
      'MOLLY_LOBB@GMAIL.COM',
      'MATTHIAS_PHILIPPS@GMAIL.COM',
      'BRANDON_BOLOGNA@GMAIL.COM',
      'LUCA.EULENBERGER@YAHOO.COM',
      'LIYA.HABTE@YAHOO.COM',
    ]);
    expect(message.travellers[4].bags?.tags).toEqual(['ET0853', 'ET0854', 'ET0855', 'ET0856']);
  });

  it('gtas_pnrMessage.txt: 10.1 guide example with EBD, seats, a hotel and history', () => {
    const message = only('gtas_pnrMessage.txt');
    expect(message.version).toBe('10.1');
    expect(message.travellers.map(travellerLine)).toEqual([
      'SMITHJR|JOHN|M|1964-07-12|GBR|P:123456789:GBR:2019-08-23',
      'JONES|WILLIAM|M|1964-07-12|GBR|',
    ]);
    expect(message.travellers.map((t) => t.seat)).toEqual(['15A', '15B']);
    const booking = message.bookings[0];
    expect(booking.recordLocator).toBe('MFN4TI');
    expect(booking.legs.map(legLine)).toEqual([
      'DL324 LHR@2010-12-12T09:15-JFK@2010-12-12T12:30',
      'DL330 JFK@2010-12-12T22:00-YVR@2010-12-12T23:30',
      'VN67576 YVR@2010-12-12T15:00-YVR@2010-12-15',
    ]);
    expect(booking.legs[2].nonAir).toBe(true);
    expect(booking.excessBaggage).toEqual({
      charge: { amount: 40, currency: 'GBP' },
      count: 4,
      unit: 'N',
    });
    expect(booking.addresses[0]).toMatchObject({
      city: 'SLOUGH',
      country: 'GBR',
      postalCode: 'SL1AA',
    });
    expect(booking.frequentFlyer.map((f) => `${f.carrier}${f.number}:${f.tier}`)).toEqual([
      'DL1234567890:ELITE',
      'AF0093789865:ELITE',
    ]);
    expect(booking.payments[0]).toMatchObject({
      cardNumberMasked: 'XXXXXXXX1186',
      cardHolder: 'TIMOTHY SIMS',
    });
    expect(booking.history.map((h) => h.action)).toEqual([
      ...['X', 'X', 'X', 'X', 'X', 'X'],
      ...['A', 'A', 'A', 'A', 'A', 'A'],
    ]);
    expect(booking.history.map((h) => h.text).slice(0, 3)).toEqual([
      'TVL+101210:0915::1230+LHR+JFK+DL+324:B; RPI+2+K',
      'SSR+AVML:HK:2:DL',
      'SSR+SEAT:HK:2:DL:::LHR:JFK+15A::1+15B::2',
    ]);
    // Seats and SSRs inside the history describe the past, not the booking now.
    expect(booking.ssrs.map((ssr) => ssr.code)).toEqual(['AVML', 'DOCS', 'DOCS', 'SEAT', 'SEAT']);
    expect(booking.history[0]).toMatchObject({ at: '2010-12-07T10:10', by: 'LHRRR' });
    expect(booking.derived.route).toEqual(['LHR', 'JFK', 'YVR']);
  });

  it('gtas_pnrMessagePg75.txt: codeshares, check-in, bag tags, curly terminators', () => {
    const message = only('gtas_pnrMessagePg75.txt');
    expect(message.legs.map(legLine)).toEqual(['SQ609 ICN@2013-05-27T16:40-SIN@2013-05-27T22:00']);
    expect(message.bookings.map((b) => b.recordLocator)).toEqual(['2LS6KP', 'X49V9U']);
    expect(message.bookings[0].otherLocators).toEqual([{ carrier: 'KE', locator: 'EDP2RW' }]);
    expect(message.bookings.map((b) => b.legs.map(legLine))).toEqual([
      ['KE303 ICN@2013-05-27T16:40-SIN@2013-05-27T22:00 op SQ609'],
      ['OZ752 ICN@2013-05-27T16:40-SIN@2013-05-27T22:00 op SQ609'],
    ]);
    expect(message.travellers.map(travellerLine)).toEqual([
      'PARK|SEJOON|M|1972-09-10|KOR|P:JR3364288:KOR:2016-07-05',
      'KIM|KONG CHUN|F|1957-02-15|KOR|P:M17072944:KOR:2019-03-23',
    ]);
    expect(message.travellers.map((t) => t.seat)).toEqual(['039G', '014A']);
    expect(message.travellers[0].bags).toMatchObject({
      count: 2,
      weightKg: 34,
      tags: ['6181026000001', '6181026000002'],
    });
    expect(message.bookings[0].history[0]).toEqual({ kind: 'text', text: '0/O/NM/PARK/SEJOONMR' });
  });

  it('gtas_pnrWithDoco.txt: DOCO visa, three legs', () => {
    const message = only('gtas_pnrWithDoco.txt');
    const [ackary] = message.travellers;
    expect(message.travellers).toHaveLength(1);
    expect(travellerLine(ackary)).toBe(
      'ACKARY|CHARLES|M|1948-12-26||P:602120901:GBR:2021-01-30 V:8675309::',
    );
    expect(ackary.documents[1]).toMatchObject({
      source: 'SSR DOCO',
      role: 'secondary',
      issuingPlace: 'OTHER PLACE',
      issueDate: '2006-12-22',
      applicableCountry: 'LIE',
    });
    expect(ackary.birthPlace).toEqual({ name: 'HERE VA' });
    expect(message.bookings[0].legs.map(legLine)).toEqual([
      'ET834 WDH@2018-05-11T14:20-ADD@2018-05-11T21:20',
      'ET706 ADD@2018-05-11T23:20-FRA@2018-05-12T05:31',
      'UA988 FRA@2018-05-12T12:20-IAD@2018-05-12T15:05',
    ]);
    expect(ackary).toMatchObject({ seat: '23K', embarkation: 'WDH', debarkation: 'IAD' });
  });

  it('gtas_infant.edi: infant linked to its adult, DOCS FI moved to the infant', () => {
    const message = only('gtas_infant.edi');
    expect(message.legs.map(legLine)).toEqual(['SQ602 SIN@2013-05-27T14:30-ICN@2013-05-27T22:05']);
    const [isabelle, sophy] = message.travellers;
    expect(travellerLine(isabelle)).toBe(
      'BELT|ISABELLE|F|1978-07-01|GBR|P:509229987:GBR:2022-11-12',
    );
    expect(travellerLine(sophy)).toBe('BELT|SOPHY|F|2012-09-20|GBR|P:512731999:GBR:2017-10-25');
    expect(isabelle).toMatchObject({ infant: false, infantId: 'T2', seat: '011D' });
    expect(sophy).toMatchObject({ infant: true, accompanyingAdultId: 'T1', typeCode: 'IN' });
    expect(isabelle.frequentFlyer).toEqual([{ carrier: 'SQ', number: '8794285757' }]);
    expect(message.bookings[0].history.length).toBeGreaterThan(40);
    expect(message.bookings[0].createdAt).toBe('2013-03-19T13:54');
  });

  it('gtas_adult_and_infant.edi: UNG group, TKNE tickets, infant with its own DOCS', () => {
    const message = only('gtas_adult_and_infant.edi');
    expect(message.controlReferences.group).toBe('13052210400995');
    const [adult, infant] = message.travellers;
    expect(travellerLine(adult)).toBe(
      'TESTSURNAMEONE|TESTNAMEONE|F|1976-05-30|COL|P:52263000:COL:2015-10-31',
    );
    expect(travellerLine(infant)).toBe(
      'TESTSURNAMETWO|TESTNAMETWO|F|2011-08-10|COL|P:AO234000:COL:2022-12-21',
    );
    expect(infant).toMatchObject({ infant: true, accompanyingAdultId: adult.id });
    const booking = message.bookings[0];
    expect(booking.tickets.map((t) => [t.number, t.infant ?? false, t.travellerId])).toEqual([
      ['1392178947000', false, adult.id],
      ['1392178947000', true, infant.id],
    ]);
    expect(booking.legs.map(legLine)).toEqual([
      'AM709 BOG@2013-05-15T01:05-MEX@2013-05-15T05:57',
      'AM445 MEX@2013-05-19T15:00-CUN@2013-05-19T17:10',
      'AM718 CUN@2013-05-23T01:35-BOG@2013-05-23T05:00',
    ]);
    expect(booking.derived.tripType).toBe('return');
  });

  it('gtas_no_pnr_history.edi: three PNRs, partial DOCS, codeshare AC:LH', () => {
    const message = only('gtas_no_pnr_history.edi');
    expect(message.bookings.map((b) => b.recordLocator)).toEqual(['3MZVP2', '33O6DK', '35K2IO']);
    expect(message.travellers.map(travellerLine)).toEqual([
      'JACKS|JAMES|M|1966-04-21||',
      'CARRERA|MARCUS|M|1980-04-17|ITA|P:YA0196755:ITA:2020-01-11',
      'DORON|NINA|F|1953-02-05||',
      'LENDROT|CHARLOTTE|F|1952-02-14||',
    ]);
    expect(message.travellers.map((t) => t.bookingId)).toEqual(['B1', 'B2', 'B3', 'B3']);
    expect(message.bookings[0].legs.map(legLine)).toEqual([
      'AC9099 MUC@2013-05-27T15:50-YUL@2013-05-27T18:20 op LH474',
    ]);
    expect(message.bookings[1].legs.map(legLine)).toEqual([
      'LH9457 VCE@2013-05-27T13:00-MUC@2013-05-27T14:05 op EN8203',
      'LH474 MUC@2013-05-27T15:50-YUL@2013-05-27T18:20',
    ]);
    expect(message.bookings[2].tickets.map((t) => t.number)).toEqual(['3204694511', '3204694509']);
    expect(message.diagnostics).toEqual([]);
  });
});

describe('violations in the samples', () => {
  it('loose mode reports each file’s real violations as warnings', () => {
    expect(codes('gtas_apisMessage.txt')).toEqual([]);
    expect(codes('gtas_adult_and_infant.edi')).toEqual([]);
    expect(codes('gtas_no_pnr_history.edi')).toEqual([]);
    expect(codes('gtas_Test1.txt')).toEqual([
      'une-reference@110',
      'unz-reference@111',
      'unt-count@109',
      'cnt-format@108',
    ]);
    expect(codes('gtas_airline2.edi')).toEqual([
      'bad-tag@2',
      'unt-count@113',
      'unt-reference@113',
      'cnt-total@112',
      'multipart-incomplete@3',
    ]);
    expect(codes('gtas_flight1.txt')).toEqual(['unt-count@182']);
    expect(codes('gtas_multiple_flight_leg_apis.txt')).toEqual(['trailing-data@51']);
    expect(codes('gtas_infant.edi')).toEqual(['bad-una@0', 'unt-count@83']);
    expect(codes('gtas_pnrMessage.txt')).toEqual(['unt-count@87', 'eqn-count@6']);
    expect(codes('gtas_pnrMessageExample.txt')).toEqual([
      'unz-reference@136',
      'unt-count@135',
      'unt-reference@135',
    ]);
    expect(codes('gtas_pnrMessagePg75.txt')).toEqual([
      'odd-terminator@15',
      'odd-terminator@36',
      'odd-terminator@48',
      'unt-count@59',
      'checkin-unknown-traveller@53',
    ]);
    expect(codes('gtas_pnrWithDoco.txt')).toEqual([
      'unz-reference@51',
      'unt-count@50',
      'unt-reference@50',
    ]);
    for (const name of ['gtas_flight1.txt', 'gtas_pnrMessage.txt']) {
      const result = parseMessage(read(name));
      expect(result.ok).toBe(true);
      expect(result.messages[0].diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    }
  });

  it('strict mode stops at each file’s first violation with a typed error', () => {
    expect(strictFailure('gtas_apisMessage.txt')).toEqual({ code: 'none' });
    expect(strictFailure('gtas_adult_and_infant.edi')).toEqual({ code: 'none' });
    expect(strictFailure('gtas_no_pnr_history.edi')).toEqual({ code: 'none' });
    expect(strictFailure('gtas_Test1.txt')).toEqual({
      code: 'unt-count',
      segment: 109,
      tag: 'UNT',
    });
    expect(strictFailure('gtas_airline2.edi')).toEqual({ code: 'bad-tag', segment: 2, tag: 'UNG' });
    expect(strictFailure('gtas_flight1.txt')).toEqual({
      code: 'unt-count',
      segment: 182,
      tag: 'UNT',
    });
    expect(strictFailure('gtas_multiple_flight_leg_apis.txt')).toEqual({
      code: 'trailing-data',
      segment: 51,
      tag: undefined,
    });
    expect(strictFailure('gtas_infant.edi')).toEqual({ code: 'bad-una', segment: 0, tag: 'UNA' });
    expect(strictFailure('gtas_pnrMessage.txt')).toEqual({
      code: 'unt-count',
      segment: 87,
      tag: 'UNT',
    });
    expect(strictFailure('gtas_pnrMessageExample.txt')).toEqual({
      code: 'unt-count',
      segment: 135,
      tag: 'UNT',
    });
    expect(strictFailure('gtas_pnrMessagePg75.txt')).toEqual({
      code: 'odd-terminator',
      segment: 15,
      tag: 'SSR',
    });
    expect(strictFailure('gtas_pnrWithDoco.txt')).toEqual({
      code: 'unt-count',
      segment: 50,
      tag: 'UNT',
    });
  });

  it('diagnostics give offsets that point at the segment', () => {
    const text = read('gtas_flight1.txt').toString('utf8');
    const result = parseMessage(text);
    const unt = result.messages[0].diagnostics.find((d) => d.code === 'unt-count')!;
    expect(text.slice(unt.offset, unt.offset! + 4)).toBe('UNT+');
  });
});
