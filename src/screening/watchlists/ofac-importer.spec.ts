import { listFixture } from '../../../test/support/list-fixture';
import { loadOfacFolder } from './ofac-importer';
import type { WatchlistEntry } from './watchlist-entry';
import { WatchlistError } from './watchlist-error';

describe('OFAC legacy CSV importer', () => {
  const folder = listFixture('ofac-sample');
  const version = loadOfacFolder(folder);
  const entry = (id: string): WatchlistEntry => {
    const found = version.entries.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no entry ${id}`);
    return found;
  };

  it('imports entries by SDN_Type and counts them', () => {
    expect(version.kind).toBe('ofac');
    expect(version.source).toBe(folder);
    expect(version.generatedAt).toBeUndefined();
    expect(version.counts).toEqual({
      individual: 4,
      entity: 1,
      vessel: 1,
      aircraft: 1,
      aliases: 10,
    });
    expect(version.entries.map((e) => `${e.id} ${e.kind}`)).toEqual([
      'ofac:101 individual',
      'ofac:102 individual',
      'ofac:103 individual',
      'ofac:104 individual',
      'ofac:201 entity',
      'ofac:301 vessel',
      'ofac:401 aircraft',
    ]);
  });

  it('reports every skipped row of every file with its reason', () => {
    expect(version.skipped).toEqual([
      { row: 8, reason: "sdn.csv row 8: ent_num 'abc' is not a number" },
      { row: 9, reason: 'sdn.csv row 9: ent_num 501: empty SDN_Name' },
      { row: 10, reason: "sdn.csv row 10: ent_num 502: unknown SDN_Type 'submarine'" },
      { row: 11, reason: 'sdn.csv row 11: 3 columns, expected 12' },
      { row: 12, reason: 'sdn.csv row 12: duplicate ent_num 101' },
      { row: 2, reason: 'sdn_comments.csv row 2: ent_num 997 is not in sdn.csv' },
      { row: 6, reason: 'alt.csv row 6: ent_num 999 is not in sdn.csv' },
      { row: 7, reason: 'alt.csv row 7: 3 columns, expected 5' },
      { row: 4, reason: 'add.csv row 4: ent_num 998 is not in sdn.csv' },
    ]);
  });

  it('splits "LAST, First" and joins alt.csv and inline aliases without repeats', () => {
    expect(entry('ofac:101').names).toEqual([
      {
        full: 'TESTER, John Quincy',
        quality: 'primary',
        family: 'TESTER',
        given: ['John', 'Quincy'],
      },
      { full: 'TESTER, Jack', quality: 'good', family: 'TESTER', given: ['Jack'] },
      { full: 'JT', quality: 'good' },
      { full: 'THE TEST', quality: 'low' },
      { full: 'TESTER, Johnny', quality: 'good', family: 'TESTER', given: ['Johnny'] },
    ]);
    expect(entry('ofac:102').names[1]).toEqual({
      full: 'SAMPLE, Maria',
      quality: 'former',
      family: 'SAMPLE',
      given: ['Maria'],
    });
    expect(entry('ofac:201').names).toEqual([
      { full: 'TEST FRONT', quality: 'primary' },
      { full: 'FRONT OF TESTS', quality: 'good' },
      { full: 'NEW TEST FRONT', quality: 'good' },
      { full: 'TEST FRONT WEAK', quality: 'low' },
    ]);
  });

  it('reads dates of birth in every OFAC form', () => {
    expect(entry('ofac:101').datesOfBirth).toEqual([
      { kind: 'exact', date: '1960-01-12' },
      { kind: 'year', year: 1961 },
    ]);
    expect(entry('ofac:102').datesOfBirth).toEqual([
      { kind: 'year', year: 1970, approximate: true },
    ]);
    expect(entry('ofac:103').datesOfBirth).toEqual([
      { kind: 'range', fromYear: 1958, toYear: 1960 },
    ]);
    expect(entry('ofac:104').datesOfBirth).toEqual([
      { kind: 'year', year: 1975 },
      { kind: 'range', fromYear: 1974, toYear: 1976 },
      { kind: 'range', fromYear: 1980, toYear: 1982 },
    ]);
  });

  it('reads place of birth, nationality, citizenship and gender', () => {
    const tester = entry('ofac:101');
    expect(tester.placesOfBirth).toEqual(['Basra, Iraq']);
    expect(tester.nationalities).toEqual(['IRQ', 'PRK']);
    expect(tester.gender).toBe('M');
    expect(entry('ofac:102').gender).toBe('F');
    expect(entry('ofac:104').nationalities).toEqual(['PSE']);
  });

  it('reads identity documents with their country and leaves tax ids out', () => {
    expect(entry('ofac:101').documents).toEqual([
      { type: 'Passport', number: 'A1234567', issuingCountry: 'IRQ', note: 'expires 01 Jan 2020' },
      { type: 'Passport', number: 'RL 3367620', issuingCountry: 'LBN' },
      { type: 'National ID No.', number: '990-11', issuingCountry: 'IRQ' },
    ]);
    expect(entry('ofac:102').documents).toEqual([
      { type: 'Cedula No.', number: '17353695', issuingCountry: 'COL' },
      { type: 'C.U.R.P.', number: 'PRMA700101MDFRRR09', issuingCountry: 'MEX' },
      {
        type: 'Diplomatic Passport',
        number: 'DP0001842',
        issuingCountry: 'BDI',
        note: 'issued 08 Apr 2013 expires 08 Apr 2018',
      },
    ]);
  });

  it('completes remarks cut off in sdn.csv from sdn_comments.csv', () => {
    const muster = entry('ofac:103');
    expect(muster.remarks).toBe(
      "DOB 1958 to 1960; POB Berlin, Germany; nationality Germany; Passport C4567 (Germany); a.k.a. 'MUSTER, Johannes'.",
    );
    expect(muster.documents).toEqual([
      { type: 'Passport', number: 'C4567', issuingCountry: 'DEU' },
    ]);
    expect(muster.names.map((n) => n.full)).toEqual(['MUSTER, Hans', 'MUSTER, Johannes']);
  });

  it('keeps programmes, title, vessel particulars and address countries', () => {
    expect(entry('ofac:101').programmes).toEqual(['SDGT', 'IRGC']);
    expect(entry('ofac:101').addressCountries).toEqual(['IRQ', 'LBN']);
    expect(entry('ofac:201').addressCountries).toEqual(['PSE']);
    const vessel = entry('ofac:301');
    expect(vessel.title).toBe('Registered owner');
    expect(vessel.vessel).toEqual({
      callSign: 'CL2192',
      type: 'Tug',
      tonnage: '2595',
      grossRegisteredTonnage: '212',
      flag: 'PAN',
      owner: 'Test Shipping Co.',
    });
    expect(vessel.documents).toEqual([
      { type: 'Vessel Registration Identification', number: 'IMO 7406784' },
    ]);
  });

  it('refuses an sdn.csv whose quoting cannot be read', () => {
    expect(() => loadOfacFolder(listFixture('ofac-malformed'))).toThrow(
      /ofac-malformed\/sdn\.csv: malformed CSV: /,
    );
    expect(() => loadOfacFolder(listFixture('ofac-malformed'))).toThrow(WatchlistError);
  });

  it('needs sdn.csv in the folder', () => {
    expect(() => loadOfacFolder(listFixture(''))).toThrow(
      new WatchlistError(`ofac list: sdn.csv not found in ${listFixture('')}`),
    );
  });
});
