import type { WatchlistEntry } from '../../screening/watchlists/watchlist-entry';
import {
  canonicalJson,
  compareFingerprints,
  entryLabel,
  fieldChanges,
  fingerprintOf,
} from './watchlist-diff';

function entry(overrides: Partial<WatchlistEntry> = {}): WatchlistEntry {
  return {
    id: 'csv:NAT-1',
    list: 'csv',
    sourceId: 'NAT-1',
    kind: 'individual',
    names: [{ full: 'Aldric QUORVEN', quality: 'primary' }],
    datesOfBirth: [{ kind: 'exact', date: '1971-04-02' }],
    nationalities: ['KEN'],
    documents: [{ type: 'P', number: 'K1234567', issuingCountry: 'KEN' }],
    programmes: [],
    severity: 'high',
    ...overrides,
  };
}

describe('the diff of two versions', () => {
  it('writes the same canonical JSON whatever the order of the keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    const reordered = JSON.parse(
      JSON.stringify({ severity: 'high', ...entry() }),
    ) as WatchlistEntry;
    expect(fingerprintOf(reordered)).toBe(fingerprintOf(entry()));
    expect(fingerprintOf(entry({ severity: 'critical' }))).not.toBe(fingerprintOf(entry()));
  });

  it('finds the added, removed and changed references', () => {
    const diff = compareFingerprints(
      [
        { reference: 'a', fingerprint: '1' },
        { reference: 'b', fingerprint: '2' },
        { reference: 'c', fingerprint: '3' },
      ],
      [
        { reference: 'a', fingerprint: '1' },
        { reference: 'c', fingerprint: '9' },
        { reference: 'd', fingerprint: '4' },
      ],
    );
    expect(diff).toEqual({ added: ['d'], removed: ['b'], changed: ['c'] });
  });

  it('tells a changed entry field by field', () => {
    const after = entry({
      names: [
        { full: 'Aldric QUORVEN', quality: 'primary' },
        { full: 'Aldo QUORVENNE', quality: 'good' },
      ],
      datesOfBirth: [{ kind: 'year', year: 1971, approximate: true }],
      nationalities: ['KEN', 'UGA'],
      documents: [],
      severity: 'critical',
      category: 'terrorism',
    });
    expect(fieldChanges(entry(), after)).toEqual([
      { field: 'names', before: ['Aldric QUORVEN'], after: ['Aldric QUORVEN', 'Aldo QUORVENNE'] },
      { field: 'datesOfBirth', before: ['1971-04-02'], after: ['~1971'] },
      { field: 'nationalities', before: ['KEN'], after: ['KEN', 'UGA'] },
      { field: 'documents', before: ['P K1234567 KEN'], after: [] },
      { field: 'category', before: [], after: ['terrorism'] },
      { field: 'severity', before: ['high'], after: ['critical'] },
    ]);
  });

  it('says "other" for a change no shown field carries, and nothing for the same entry', () => {
    const lower = entry({ names: [{ full: 'Aldric QUORVEN', quality: 'low' }] });
    expect(fieldChanges(entry(), lower)).toEqual([{ field: 'other', before: [], after: [] }]);
    expect(fieldChanges(entry(), entry())).toEqual([]);
  });

  it('names an entry by its primary name, or its document for a document list', () => {
    expect(entryLabel(entry())).toBe('Aldric QUORVEN');
    expect(entryLabel(entry({ names: [], kind: 'document' }))).toBe('K1234567');
  });

  it('compares 1,000 changed entries among 18,000 by fingerprint', () => {
    const previous = Array.from({ length: 18_000 }, (_, i) => ({
      reference: `ofac:${i}`,
      fingerprint: `f${i}`,
    }));
    const next = previous.map((row, i) => (i % 18 === 0 ? { ...row, fingerprint: 'x' } : row));
    expect(compareFingerprints(previous, next).changed).toHaveLength(1000);
  });
});
