import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessage } from '../parse-message';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'screening', 'messages');
const reference = new Date('2026-03-01T00:00:00Z');

describe('PAXLST D15B, multi-part, UNOY', () => {
  const bytes = readFileSync(join(fixtures, 'paxlst-d15b-multipart-unoy.edi'));

  it('reassembles the three parts into one manifest', () => {
    const result = parseMessage(bytes, { referenceDate: reference });
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
    expect(result.messages).toHaveLength(1);
    const [message] = result.messages;
    expect(message).toMatchObject({
      format: 'PAXLST',
      version: 'D15B',
      syntax: 'UNOY:4',
      parts: 3,
      listType: 'mixed',
      sender: 'CARRIERX',
      controlReferences: {
        interchange: 'REF00001',
        group: 'GRP1',
        message: 'MSG1',
        commonAccess: 'XX123/260301/1200',
        transaction: 'TX0001',
      },
      declaredTotals: { '42': 4, '41': 1 },
      reportingParty: { name: 'OPERATIONS CONTROL' },
    });
    expect(message.diagnostics).toEqual([]);
    expect(message.legs).toEqual([
      {
        id: 'L1',
        mode: 'air',
        carrier: 'XX',
        number: '123',
        departure: { location: 'GVA', scheduledLocal: '2026-03-01T12:00' },
        arrival: { location: 'JFK', scheduledLocal: '2026-03-01T15:00' },
        locationQualifiers: ['125', '87'],
      },
    ]);
  });

  it('keeps UTF-8 names, release escapes and normalises countries', () => {
    const [message] = parseMessage(bytes, { referenceDate: reference }).messages;
    expect(
      message.travellers.map((t) => [
        t.id,
        t.role,
        t.surname,
        t.givenNames,
        t.gender,
        t.dateOfBirth,
        t.nationality,
      ]),
    ).toEqual([
      ['T1', 'passenger', 'MÜLLER', 'JÖRG KLAUS', 'M', '1980-01-15', 'CHE'],
      ['T2', 'passenger', 'ИВАНОВ', 'ИВАН', 'M', '1975-12-31', 'RUS'],
      ['T3', 'passenger', "O'BRIEN", 'SEÁN', 'M', '1999-12-31', 'IRL'],
      ['T4', 'passenger', 'ΠΑΠΑΔΟΠΟΥΛΟΣ', 'ΝΙΚΟΣ', 'X', '2005-06-07', 'GRC'],
      ['T5', 'crew', '王', '小明', 'F', '1990-02-02', 'CHN'],
    ]);
    const [muller] = message.travellers;
    expect(muller).toMatchObject({
      residence: 'CHE',
      birthPlace: { name: 'ZÜRICH' },
      seat: '12A',
      pnrLocator: 'ABC123',
      embarkation: 'GVA',
      debarkation: 'JFK',
      legIds: ['L1'],
    });
    expect(muller.documents).toEqual([
      {
        type: 'P',
        number: 'X1234567',
        role: 'primary',
        source: 'DOC',
        expiry: '2030-01-01',
        issuingCountry: 'CHE',
      },
      {
        type: 'V',
        number: 'US555666',
        role: 'secondary',
        source: 'DOC',
        expiry: '2027-06-30',
        issuingCountry: 'USA',
      },
    ]);
    expect(message.travellers[4].documents[0]).toMatchObject({ type: 'AC', number: 'CM998877' });
  });

  it('is clean in strict mode', () => {
    expect(
      parseMessage(bytes, { strict: true, referenceDate: reference }).messages[0].travellers,
    ).toHaveLength(5);
  });

  it('reports a missing part and a wrong CNT', () => {
    const text = bytes.toString('utf8');
    const start = text.indexOf('UNH+MSG2');
    const end = text.indexOf('UNH+MSG3');
    const withoutPart2 = text.slice(0, start) + text.slice(end);
    const result = parseMessage(withoutPart2, { referenceDate: reference });
    const message = result.messages[0];
    expect(message.parts).toBe(2);
    expect(message.travellers).toHaveLength(3);
    expect(message.diagnostics.map((d) => d.code)).toEqual(['cnt-total', 'multipart-incomplete']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['une-count']);
  });
});

describe('PAXLST sea voyage', () => {
  const manifest = [
    "UNA:+.? '",
    "UNB+UNOC:3+SHIPLINE:ZZ+NATAPI:ZZ+260301:0800+SEA1'",
    "UNH+1+PAXLST:D:12B:UN:IATA+VOY42'",
    "BGM+250'",
    "NAD+MS+++MASTER ON DUTY'",
    "TDT+20+VOY42+1++SHIPLINE:172:20+++9123456:146:11:MS EXAMPLE'",
    "LOC+125+GBSOU'",
    "DTM+189:2603011800:201'",
    "LOC+87+NLRTM'",
    "DTM+232:2603020800:201'",
    "NAD+FM+++HANSEN:ERIK'",
    "ATT+2++M'",
    "DTM+329:700505'",
    "NAT+2+NOR'",
    "DOC+AC+SB123456'",
    "DTM+36:300101'",
    "LOC+91+NOR'",
    "CNT+41:1'",
    "UNT+17+1'",
    "UNZ+1+SEA1'",
  ].join('\n');

  it('maps a maritime TDT to a sea leg with UN/LOCODE ports and their countries', () => {
    const result = parseMessage(manifest, { strict: true, referenceDate: reference });
    const [message] = result.messages;
    expect(message).toMatchObject({ version: 'D12B', listType: 'crew', route: ['GBSOU', 'NLRTM'] });
    expect(message.legs[0]).toEqual({
      id: 'L1',
      mode: 'sea',
      carrier: 'SHIPLINE',
      number: 'VOY42',
      transportMeans: 'MS EXAMPLE',
      departure: { location: 'GBSOU', country: 'GBR', scheduledLocal: '2026-03-01T18:00' },
      arrival: { location: 'NLRTM', country: 'NLD', scheduledLocal: '2026-03-02T08:00' },
      locationQualifiers: ['125', '87'],
    });
    expect(message.travellers[0]).toMatchObject({
      role: 'crew',
      surname: 'HANSEN',
      nationality: 'NOR',
    });
  });
});
