import { listFixture } from '../../../test/support/list-fixture';
import { loadNationalList, NATIONAL_LIST_COLUMNS } from './national-list-importer';
import { WatchlistError } from './watchlist-error';

describe('national list CSV importer', () => {
  const path = listFixture('national-list-sample.csv');
  const version = loadNationalList(path, '2026-11-23');

  it('imports the good rows and reports every bad one with its row number and reason', () => {
    expect(version.kind).toBe('csv');
    expect(version.source).toBe(path);
    expect(version.counts).toEqual({ individual: 4, aliases: 4 });
    expect(version.entries.map((e) => e.id)).toEqual([
      'csv:NAT-001',
      'csv:NAT-002',
      'csv:NAT-003',
      'csv:NAT-015',
    ]);
    expect(version.skipped).toEqual([
      { row: 5, reason: 'row 5: id is empty' },
      { row: 6, reason: 'row 6: no name: surname, given_names and full_name are all empty' },
      { row: 7, reason: "row 7: date_of_birth '1970-02-30' is not YYYY-MM-DD or YYYY" },
      { row: 8, reason: "row 8: date_of_birth '2999' is in the future" },
      { row: 9, reason: "row 9: nationality 'Atlantis' is not a country code or name" },
      { row: 10, reason: "row 10: gender 'Q' is not M, F, U or empty" },
      {
        row: 11,
        reason: 'row 11: document_type or document_country given without a document_number',
      },
      { row: 12, reason: 'row 12: document_country is empty for document A123' },
      { row: 13, reason: "row 13: severity 'urgent' is not one of low, medium, high, critical" },
      { row: 14, reason: 'row 14: duplicate id NAT-001 (first on row 2)' },
      { row: 15, reason: 'row 15: 3 cells, the header has 13' },
    ]);
  });

  it('reads every column of the template (BOM and quoted cells included)', () => {
    expect(version.entries[0]).toEqual({
      id: 'csv:NAT-001',
      list: 'csv',
      sourceId: 'NAT-001',
      kind: 'individual',
      names: [
        { full: 'John Michael DOE', quality: 'primary', family: 'DOE', given: ['John', 'Michael'] },
        { full: 'Johnny DOE', quality: 'good' },
        { full: 'DOE, Jon', quality: 'good', family: 'DOE', given: ['Jon'] },
      ],
      datesOfBirth: [{ kind: 'exact', date: '1970-03-15' }],
      nationalities: ['GBR'],
      gender: 'M',
      documents: [{ number: '123456789', type: 'P', issuingCountry: 'GBR' }],
      category: 'terrorism',
      severity: 'high',
      programmes: [],
    });
  });

  it('takes full names in any script, year-only dates, several nationalities and country names', () => {
    expect(version.entries[1]).toMatchObject({
      names: [
        { full: 'Ахмед Тестов', quality: 'primary', originalScript: true },
        { full: 'Akhmed Testov', quality: 'good' },
        { full: 'Ахмед Т', quality: 'good', originalScript: true },
      ],
      datesOfBirth: [{ kind: 'year', year: 1985 }],
      nationalities: ['RUS', 'KAZ'],
      gender: 'M',
      category: 'organised crime',
      severity: 'critical',
    });
    expect(version.entries[3].documents).toEqual([
      { number: 'X 12 34', type: 'ID', issuingCountry: 'IRN' },
    ]);
  });

  it('reads a semicolon-separated Windows-1252 file as a spreadsheet saves it', () => {
    const saved = loadNationalList(listFixture('national-list-semicolon-cp1252.csv'), '2026-11-23');
    expect(saved.skipped).toEqual([]);
    expect(saved.entries[0]).toMatchObject({
      id: 'csv:W-1',
      names: [
        { full: 'Jürgen MüLLER', quality: 'primary', family: 'MüLLER', given: ['Jürgen'] },
        { full: 'Müller, J', quality: 'good', family: 'Müller', given: ['J'] },
        { full: 'Mueller', quality: 'good' },
      ],
      datesOfBirth: [{ kind: 'year', year: 1966 }],
      nationalities: ['DEU'],
    });
  });

  it('rejects a header with an unknown column', () => {
    expect(() => loadNationalList(listFixture('national-list-bad-header.csv'))).toThrow(
      new WatchlistError(
        `${listFixture('national-list-bad-header.csv')}: unknown column 'given_name' in the national list header (expected ${NATIONAL_LIST_COLUMNS.join(',')})`,
      ),
    );
  });

  it('rejects CSV that cannot be read', () => {
    expect(() => loadNationalList(listFixture('national-list-bad-quotes.csv'))).toThrow(
      /national-list-bad-quotes\.csv: malformed CSV: Quote Not Closed/,
    );
  });
});
