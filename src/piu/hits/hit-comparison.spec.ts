import type { WatchlistEntry } from '../../screening/watchlists/watchlist-entry';
import type { TravellerRecord } from '../pipeline/traveller-record';
import {
  compareBirthDates,
  compareDocuments,
  compareGender,
  compareNames,
  compareNationality,
} from './hit-comparison';

const traveller = (fields: Partial<TravellerRecord> = {}): TravellerRecord => ({
  surname: 'QUORVEN',
  givenNames: 'ALDRIC TAMSIN',
  dateOfBirth: '1971-04-02',
  nationality: 'KEN',
  gender: 'M',
  documents: [{ type: 'P', number: 'K1234567', issuingCountry: 'KEN' }],
  contacts: [],
  pnrLocators: [],
  ...fields,
});

const entry = (fields: Partial<WatchlistEntry> = {}): WatchlistEntry => ({
  id: 'csv:NAT-1',
  list: 'csv',
  sourceId: 'NAT-1',
  kind: 'individual',
  names: [
    { full: 'Aldric Tamsin QUORVEN', quality: 'primary' },
    { full: 'Al QUORVEN', quality: 'good' },
  ],
  datesOfBirth: [{ kind: 'exact', date: '1971-04-02' }],
  nationalities: ['KEN'],
  gender: 'M',
  documents: [{ type: 'P', number: 'K1234567', issuingCountry: 'KEN' }],
  programmes: [],
  ...fields,
});

describe('the traveller beside the list entry', () => {
  it('finds names equal in any order, close when a word is shared or the engine matched', () => {
    expect(compareNames(traveller(), entry(), undefined, true)).toMatchObject({
      traveller: ['QUORVEN ALDRIC TAMSIN'],
      entry: ['Aldric Tamsin QUORVEN'],
      agreement: 'equal',
    });
    expect(
      compareNames(traveller({ givenNames: 'ALDO' }), entry(), 'Al QUORVEN', true),
    ).toMatchObject({ entry: ['Al QUORVEN'], agreement: 'close' });
    expect(
      compareNames(traveller({ surname: 'QWORFEN' }), entry(), undefined, true).agreement,
    ).toBe('close');
    expect(
      compareNames(traveller({ surname: 'SMITH', givenNames: 'JOHN' }), entry(), undefined, false)
        .agreement,
    ).toBe('different');
  });

  it('compares dates of birth as precisely as the list states them', () => {
    const against = (date: string, dates: WatchlistEntry['datesOfBirth']) =>
      compareBirthDates(traveller({ dateOfBirth: date }), entry({ datesOfBirth: dates }));
    expect(against('1971-04-02', [{ kind: 'exact', date: '1971-04-02' }]).agreement).toBe('equal');
    expect(against('1971-04-03', [{ kind: 'exact', date: '1971-04-02' }]).agreement).toBe('close');
    expect(against('1972-04-02', [{ kind: 'exact', date: '1971-04-02' }]).agreement).toBe('close');
    expect(against('1980-04-02', [{ kind: 'exact', date: '1971-04-02' }]).agreement).toBe(
      'different',
    );
    expect(against('1985-06-01', [{ kind: 'year', year: 1985 }]).agreement).toBe('equal');
    const approximate = against('1985-06-01', [{ kind: 'year', year: 1985, approximate: true }]);
    expect(approximate).toMatchObject({
      agreement: 'close',
      entry: [{ key: 'hits.compare.approximately', params: { year: 1985 } }],
    });
    expect(
      against('1990-01-01', [
        { kind: 'range', fromYear: 1960, toYear: 1965 },
        { kind: 'range', fromYear: 1989, toYear: 1991 },
      ]),
    ).toMatchObject({ agreement: 'close', entry: ['1960–1965', '1989–1991'] });
    expect(compareBirthDates(traveller({ dateOfBirth: undefined }), entry()).agreement).toBe(
      'unknown',
    );
  });

  it('compares nationality, gender and documents', () => {
    expect(compareNationality(traveller(), entry()).agreement).toBe('equal');
    expect(compareNationality(traveller({ nationality: 'UGA' }), entry()).agreement).toBe(
      'different',
    );
    expect(compareGender(traveller({ gender: 'F' }), entry()).agreement).toBe('different');
    expect(compareGender(traveller(), entry({ gender: undefined })).agreement).toBe('unknown');
    expect(compareDocuments(traveller(), entry())).toMatchObject({
      traveller: [
        {
          key: 'hits.compare.document',
          params: { type: { key: 'hits.documentType.P' }, number: 'K1234567 (KEN)' },
        },
      ],
      agreement: 'equal',
    });
    const otherIssuer = traveller({
      documents: [{ type: 'P', number: 'K-123 4567', issuingCountry: 'UGA' }],
    });
    expect(compareDocuments(otherIssuer, entry()).agreement).toBe('close');
    const other = traveller({ documents: [{ type: 'P', number: 'X9999999' }] });
    expect(compareDocuments(other, entry()).agreement).toBe('different');
    expect(compareDocuments(traveller(), entry({ documents: [] })).agreement).toBe('unknown');
  });
});
