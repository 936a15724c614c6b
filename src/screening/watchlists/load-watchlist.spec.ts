import { listFixture } from './fixture-path';
import { loadWatchlist, parseWatchlistSpec } from './load-watchlist';
import { WatchlistError } from './watchlist-error';

describe('loadWatchlist', () => {
  it('loads a UN list from un:FILE', () => {
    const version = loadWatchlist(`un:${listFixture('un-consolidated-sample.xml')}`);
    expect(version.kind).toBe('un');
    expect(version.counts.individual).toBe(2);
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

  it('gives the CLI exit code 2', () => {
    try {
      loadWatchlist('bogus:x');
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(WatchlistError);
      expect((error as WatchlistError).exitCode).toBe(2);
    }
  });
});
