import { ScreeningError } from '../screening-error';
import { listFixture } from '../../../test/support/list-fixture';
import { loadWatchlist, parseWatchlistSpec } from './load-watchlist';
import { WatchlistError } from './watchlist-error';

describe('loadWatchlist', () => {
  it('loads a UN list from un:FILE', () => {
    const version = loadWatchlist(`un:${listFixture('un-consolidated-sample.xml')}`);
    expect(version.kind).toBe('un');
    expect(version.counts.individual).toBe(2);
  });

  it.each([
    ['ofac', 'ofac-sample', 'ofac', 7],
    ['csv', 'national-list-sample.csv', 'csv', 4],
    ['documents', 'document-list-sample.csv', 'documents', 2],
  ])('loads %s:%s', (kind, fixture, expectedKind, entries) => {
    const version = loadWatchlist(`${kind}:${listFixture(fixture)}`);
    expect(version.kind).toBe(expectedKind);
    expect(version.entries.length).toBe(entries);
  });

  it('refuses a file where the OFAC folder is expected', () => {
    expect(() => loadWatchlist(`ofac:${listFixture('national-list-sample.csv')}`)).toThrow(
      'ofac list: expected a folder, got a file',
    );
    expect(() => loadWatchlist('ofac:/no/such/dir')).toThrow(
      'ofac list: folder not found: /no/such/dir',
    );
  });

  it('turns malformed CSV into a WatchlistError', () => {
    expect(() => loadWatchlist(`csv:${listFixture('national-list-bad-quotes.csv')}`)).toThrow(
      WatchlistError,
    );
  });

  it('keeps colons that belong to the path', () => {
    expect(parseWatchlistSpec('un:C:/lists/un.xml')).toEqual({
      kind: 'un',
      path: 'C:/lists/un.xml',
    });
  });

  it.each([
    ['nonsense:/tmp/x', "unknown list kind 'nonsense' in 'nonsense:/tmp/x'"],
    ['un.xml', "bad list 'un.xml': expected KIND:PATH"],
    ['un:', "bad list 'un:': expected KIND:PATH"],
    ['un:/no/such/file.xml', 'un list: file not found: /no/such/file.xml'],
  ])('refuses %s with a one-line WatchlistError', (spec, message) => {
    expect(() => loadWatchlist(spec)).toThrow(WatchlistError);
    expect(() => loadWatchlist(spec)).toThrow(message);
  });

  it('refuses a folder where a file is expected', () => {
    expect(() => loadWatchlist(`un:${listFixture('')}`)).toThrow(
      'un list: expected a file, got a folder',
    );
  });

  it('throws a ScreeningError with the stable code "watchlist"', () => {
    try {
      loadWatchlist('bogus:x');
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(WatchlistError);
      expect(error).toBeInstanceOf(ScreeningError);
      expect((error as WatchlistError).code).toBe('watchlist');
    }
  });
});
