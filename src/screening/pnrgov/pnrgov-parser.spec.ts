import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessage } from '../parse-message';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'screening', 'messages');
const reference = new Date('2026-03-01T00:00:00Z');
const bytes = readFileSync(join(fixtures, 'pnrgov-15-1-family.edi'));

describe('PNRGOV 15.1', () => {
  const result = parseMessage(bytes, { strict: true, referenceDate: reference });
  const message = result.messages[0];
  const booking = message.bookings[0];

  it('reads the reported flight and one booking, cleanly in strict mode', () => {
    expect(result.ok).toBe(true);
    expect(message).toMatchObject({
      format: 'PNRGOV',
      version: '15.1',
      syntax: 'IATA:1',
      reportingParty: { name: 'XX GVA' },
    });
    expect(message.legs[0]).toMatchObject({
      carrier: 'XX',
      number: '123',
      departure: { location: 'GVA', scheduledLocal: '2026-03-01T12:00' },
      arrival: { location: 'JFK', scheduledLocal: '2026-03-01T15:00' },
    });
    expect(booking).toMatchObject({
      recordLocator: 'ABC123',
      recordLocatorCarrier: 'XX',
      createdAt: '2026-02-15T10:15',
      ticketedAt: '2026-02-20T10:15',
      lastModifiedAt: '2026-02-28T09:00',
      agency: {
        systemCode: '1A',
        iataNumber: '12345678',
        officeId: 'GVAXX0001',
        country: 'CHE',
        currency: 'CHF',
        agentId: 'AG1234',
      },
    });
  });

  it('links the infant to its adult and moves the DOCS MI to the infant', () => {
    expect(
      message.travellers.map((t) => [
        t.id,
        t.surname,
        t.givenNames,
        t.title,
        t.infant,
        t.dateOfBirth,
        t.gender,
      ]),
    ).toEqual([
      ['T1', 'DUPONT', 'JEAN', 'MR', false, '1985-03-15', 'M'],
      ['T2', 'DUPONT', 'LEO', undefined, true, '2025-01-01', 'M'],
      ['T3', 'DUPONT', 'MARIE', 'MRS', false, '1988-02-02', 'F'],
    ]);
    const [jean, leo, marie] = message.travellers;
    expect(jean).toMatchObject({
      infantId: 'T2',
      residence: 'CHE',
      seat: '12A',
      pnrLocator: 'ABC123',
      legIds: ['L1', 'B1-L1', 'B1-L2'],
    });
    expect(leo).toMatchObject({ accompanyingAdultId: 'T1', typeCode: 'IN' });
    expect(leo.documents).toEqual([
      expect.objectContaining({
        type: 'P',
        number: '16CD67890',
        issuingCountry: 'FRA',
        expiry: '2029-12-31',
      }),
    ]);
    expect(marie.documents.map((d) => [d.type, d.number, d.role, d.source])).toEqual([
      ['I', 'C1234567', 'primary', 'SSR DOCS'],
      ['V', 'US987654', 'secondary', 'SSR DOCO'],
    ]);
    expect(marie.documents[1]).toMatchObject({
      issuingPlace: 'BERN',
      issueDate: '2026-01-10',
      applicableCountry: 'USA',
    });
    expect(marie.seatsByLeg).toEqual({ 'B1-L1': '12B' });
    expect(jean.bags).toEqual({
      count: 2,
      weight: 40,
      weightUnit: '700',
      weightKg: 40,
      tags: ['XX0057123456', 'XX0057123457'],
    });
    expect(jean.frequentFlyer).toEqual([{ carrier: 'XX', number: '1234567890', tier: 'GOLD' }]);
  });

  it('reads tickets, payments (card masked), contacts and derived fields', () => {
    expect(
      booking.tickets.map((t) => [t.number, t.travellerId, t.totalFare?.amount, t.taxes.length]),
    ).toEqual([
      ['0571234567890', 'T1', 950, 2],
      ['0571234567891', 'T3', undefined, 0],
    ]);
    expect(booking.payments).toEqual([
      {
        type: 'CC',
        amount: { amount: 950, currency: 'CHF' },
        cardVendor: 'VI',
        cardNumberMasked: 'XXXXXXXXXXXX1111',
        cardLast4: '1111',
        cardExpiry: '1228',
        travellerId: 'T1',
        cardHolder: 'JEAN DUPONT',
        billingAddress: 'RUE DU RHONE 1 GENEVE',
        billingPhone: '41225550101',
      },
      { type: 'CA', amount: { amount: 950, currency: 'CHF' }, travellerId: 'T3' },
    ]);
    expect(booking.contacts).toEqual([
      { kind: 'mobile', value: '41791234567', qualifier: 'CTCM' },
      { kind: 'email', value: 'MARIE_DUPONT@EXAMPLE.CH', qualifier: 'CTCE' },
    ]);
    expect(booking.derived).toEqual({
      tripType: 'return',
      route: ['GVA', 'JFK', 'GVA'],
      travellerCount: 3,
      paidCash: true,
      daysBookingToDeparture: 14,
      daysTicketingToDeparture: 9,
    });
    expect(booking.history).toEqual([
      {
        kind: 'structured',
        action: 'X',
        at: '2026-02-26T10:00',
        by: 'GVAXX0001',
        text: 'SSR+SEAT:HK:1:XX:::GVA:JFK+30C::1',
      },
      { kind: 'text', text: '0/O/SR/SSR FOP CC VI XXXX XXXX XXXX 1111 EXP 1228' },
    ]);
  });

  it('never lets a full card number out, whatever the mode', () => {
    for (const strict of [false, true]) {
      const json = JSON.stringify(parseMessage(bytes, { strict, referenceDate: reference }));
      expect(json).not.toMatch(/4111\s?1111\s?1111\s?1111/);
    }
    const broken = bytes.toString('utf8').replace("UNT+49+1'", "UNT+99+1'");
    const json = JSON.stringify(parseMessage(broken, { referenceDate: reference }));
    expect(json).toContain('unt-count');
    expect(json).not.toMatch(/4111\s?1111\s?1111\s?1111/);
  });
});
