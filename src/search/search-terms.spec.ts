import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { termRowsOf, termsOfPart } from './search-index.service';
import { indexTerm, indexText } from './text/index-term';
import { parseQuery } from './text/search-query';
import { termsOf } from './text/tokens';

const pattern = (text: string) => parseQuery(text).parts[0].pattern;

describe('termsOfPart', () => {
  it('is the word itself for a word', () => {
    expect(termsOfPart(pattern('passenger'))).toEqual({ terms: ['passenger'], exact: true });
  });

  it('is the pair for a Chinese word of two characters, exactly', () => {
    const [a, b] = termsOf('旅客').map(indexTerm);
    expect(termsOfPart(pattern('旅客'))).toEqual({ terms: [`${a} ${b}`], exact: true });
  });

  it('is the pairs of a longer Chinese word, and the words of a phrase, to check side by side', () => {
    const [a, b, c, d] = termsOf('恐怖主义').map(indexTerm);
    expect(termsOfPart(pattern('恐怖主义'))).toEqual({
      terms: [`${a} ${b}`, `${b} ${c}`, `${c} ${d}`],
      exact: false,
    });
    expect(termsOfPart(pattern('"data law"'))).toEqual({ terms: ['data', 'law'], exact: false });
    const [un] = termsOf('UN').map(indexTerm);
    const [x, y] = termsOf('反恐').map(indexTerm);
    expect(termsOfPart(pattern('UN反恐'))).toEqual({ terms: [`${x} ${y}`, un], exact: false });
  });
});

describe('termRowsOf', () => {
  const entry = (title: string, lead: string, text: string) => ({
    kind: 'post' as const,
    date: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)),
    titleTerms: indexText(termsOf(title), 4_000),
    leadTerms: indexText(termsOf(lead), 600),
    terms: indexText(termsOf(`${title} ${text}`), 60_000),
    visibility: VisibilityColumns.of('state', { stateId: 7 }),
    iwgId: 3,
    language: 'en',
    pillars: ',piu,',
  });

  it('writes one row per distinct word, ranked as a phrase of one word would be in SQL', () => {
    const rows = termRowsOf(
      entry('Passenger data', 'data data passenger data data data data', 'data data passenger'),
      42,
      'sqlite',
    );
    const score = new Map(rows.map((row) => [row[0], row[2]]));
    // Title 10; the lead counted as REPLACE counts " data " (apart: "data data" is one).
    expect(score.get('passenger')).toBe(11);
    expect(score.get('data')).toBe(13);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([
      'passenger',
      'post',
      11,
      '2026-01-02 03:04:05.006',
      42,
      'state',
      null,
      7,
      3,
      'en',
      ',piu,',
    ]);
    expect(termRowsOf(entry('a', 'b', 'c'), 1, 'mysql')[0][3]).toEqual(
      new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)),
    );
  });

  it('adds the pairs of characters side by side, and only those', () => {
    const [a, b, c] = termsOf('旅客数').map(indexTerm);
    const terms = termRowsOf(entry('旅客数 UN', '', ''), 1, 'sqlite').map((row) => row[0]);
    expect(terms).toEqual([a, b, c, indexTerm('un'), `${a} ${b}`, `${b} ${c}`]);
    const [pair] = termRowsOf(entry('旅客数 UN', '旅客 数 旅客', ''), 1, 'sqlite').filter(
      (row) => row[0] === `${a} ${b}`,
    );
    expect(pair[2]).toBe(12);
  });
});
