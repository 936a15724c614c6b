import { readFileSync } from 'node:fs';

import { listFixture } from '../../../test/support/list-fixture';
import { importUnList, loadUnList } from './un-list-importer';
import { WatchlistError } from './watchlist-error';

describe('UN Consolidated List importer', () => {
  const path = listFixture('un-consolidated-sample.xml');
  const version = loadUnList(path);
  const entry = (id: string) => {
    const found = version.entries.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no entry ${id}`);
    return found;
  };

  it('returns the version with its date, counts and skip report', () => {
    expect(version.kind).toBe('un');
    expect(version.source).toBe(path);
    expect(version.generatedAt).toBe('2026-01-15T00:00:01.000Z');
    expect(version.counts).toEqual({ individual: 2, entity: 1, aliases: 11 });
    expect(version.skipped).toEqual([
      { row: 3, reason: 'INDIVIDUAL #3: no REFERENCE_NUMBER' },
      { row: 4, reason: 'INDIVIDUAL #4: IQi.901: no name (FIRST_NAME is empty)' },
      { row: 5, reason: 'INDIVIDUAL #5: duplicate REFERENCE_NUMBER QDi.901' },
    ]);
  });

  it('reads every name part, the original script and every alias with its quality', () => {
    const karim = entry('un:QDi.901');
    expect(karim).toMatchObject({ list: 'un', sourceId: 'QDi.901', kind: 'individual' });
    expect(karim.names).toEqual([
      {
        full: 'KARIM SALEM HADI AL-TESTI',
        quality: 'primary',
        given: ['KARIM', 'SALEM', 'HADI'],
        family: 'AL-TESTI',
      },
      { full: 'كريم سالم هادي التستي', quality: 'primary', originalScript: true },
      { full: 'Kareem Salim', quality: 'good' },
      { full: 'Karim Saleem', quality: 'good' },
      { full: 'Abu Test', quality: 'low' },
      {
        full: 'TESTI, Karim Hadi',
        quality: 'good',
        family: 'TESTI',
        given: ['Karim', 'Hadi'],
        dateOfBirth: { kind: 'exact', date: '1961-02-03' },
      },
      { full: 'Karim Hadi', quality: 'good' },
      { full: 'كريم هادي', quality: 'good', originalScript: true },
      { full: 'Karim Testi', quality: 'good' },
    ]);
  });

  it('reads exact, year, approximate, range and alias dates of birth', () => {
    expect(entry('un:QDi.901').datesOfBirth).toEqual([
      { kind: 'exact', date: '1960-01-02' },
      { kind: 'year', year: 1959, approximate: true },
      { kind: 'range', fromYear: 1962, toYear: 1964 },
      { kind: 'exact', date: '1961-02-03' },
    ]);
    expect(entry('un:KPi.901').datesOfBirth).toEqual([{ kind: 'year', year: 1975 }]);
  });

  it('maps UN country names to ISO alpha-3 and drops what names no country', () => {
    expect(entry('un:QDi.901').nationalities).toEqual(['IRN', 'SYR']);
    expect(entry('un:KPi.901').nationalities).toEqual(['PRK']);
  });

  it('keeps documents with a number, their type, issuing country and notes', () => {
    expect(entry('un:QDi.901').documents).toEqual([
      { number: 'T 1234567', type: 'Passport', issuingCountry: 'IRN', note: 'issued 2005-06-07' },
      {
        number: '900-11-22',
        type: 'National Identification Number',
        issuingCountry: 'SYR',
        note: 'Civil identification number; expired',
      },
    ]);
  });

  it('reads programme, listing date, gender, places of birth and comments', () => {
    const karim = entry('un:QDi.901');
    expect(karim.programmes).toEqual(['Al-Qaida']);
    expect(karim.listedOn).toBe('2010-05-04');
    expect(karim.gender).toBe('M');
    expect(karim.placesOfBirth).toEqual([
      'Homs, Syrian Arab Republic',
      'Aleppo, Syrian Arab Republic',
    ]);
    expect(karim.remarks).toBe('Invented for the importer tests & nothing else.');
    expect(karim.title).toBe('Haji; Commander of the Test Brigade');
    expect(entry('un:KPi.901').title).toBeUndefined();
    expect(entry('un:KPi.901').gender).toBe('F');
  });

  it('writes Korean names family first (DPRK regime)', () => {
    expect(entry('un:KPi.901').names[0]).toEqual({
      full: 'PAK SONG TEST',
      quality: 'primary',
      family: 'PAK',
      given: ['SONG TEST'],
    });
  });

  it('imports entities with a.k.a. / f.k.a. aliases and parenthesised acronyms', () => {
    const front = entry('un:CDe.901');
    expect(front.kind).toBe('entity');
    expect(front.names).toEqual([
      { full: 'FRONT DES TESTS DÉMOCRATIQUES', quality: 'primary' },
      { full: 'Democratic Test Front', quality: 'good' },
      { full: 'DTF', quality: 'good' },
      { full: 'Old Test Movement', quality: 'former' },
    ]);
    expect(front.datesOfBirth).toEqual([]);
    expect(front.nationalities).toEqual([]);
  });

  it('adds the acronyms and second names in an entity name as aliases', () => {
    const xml =
      '<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>AIR TEST (AT) ; GROUND TEST CO.</FIRST_NAME>' +
      '<REFERENCE_NUMBER>CDe.902</REFERENCE_NUMBER></ENTITY></ENTITIES></CONSOLIDATED_LIST>';
    expect(importUnList(xml, 'inline.xml').entries[0].names).toEqual([
      { full: 'AIR TEST (AT) ; GROUND TEST CO.', quality: 'primary' },
      { full: 'AIR TEST', quality: 'good' },
      { full: 'GROUND TEST CO', quality: 'good' },
      { full: 'AT', quality: 'good' },
    ]);
  });

  it('refuses malformed XML with the line of the problem', () => {
    const xml = readFileSync(path, 'utf8');
    const truncated = xml.slice(0, xml.indexOf('</ENTITIES>'));
    const lastLine = truncated.split('\n').length;
    expect(() => importUnList(truncated, 'cut.xml')).toThrow(
      `cut.xml: malformed XML at line ${lastLine}: unexpected end of file: <ENTITIES> is not closed`,
    );
    expect(() =>
      importUnList('<CONSOLIDATED_LIST><INDIVIDUALS></INDIVIDUAL></CONSOLIDATED_LIST>', 'x.xml'),
    ).toThrow(
      'x.xml: malformed XML at line 1: closing tag </INDIVIDUAL> does not match <INDIVIDUALS>',
    );
  });

  it('never fails with anything but a WatchlistError on a cut or corrupted file', () => {
    const xml = readFileSync(path, 'utf8');
    let errors = 0;
    for (let cut = 0; cut < xml.length; cut += 37) {
      const damaged = [
        xml.slice(0, cut),
        xml.slice(0, cut) + xml.slice(cut + 5),
        `${xml.slice(0, cut)}<${xml.slice(cut + 1)}`,
      ];
      for (const text of damaged) {
        try {
          importUnList(text, 'damaged.xml');
        } catch (error) {
          expect(error).toBeInstanceOf(WatchlistError);
          errors += 1;
        }
      }
    }
    expect(errors).toBeGreaterThan(100);
  });

  it('refuses a well-formed file that is not the UN list', () => {
    expect(() => importUnList('<sdnList/>', 'other.xml')).toThrow(
      'other.xml: not a UN Consolidated List (root element <sdnList>, expected <CONSOLIDATED_LIST>)',
    );
  });

  it('reports an unreadable file as a watchlist error', () => {
    expect(() => loadUnList(listFixture('missing.xml'))).toThrow(WatchlistError);
  });
});
