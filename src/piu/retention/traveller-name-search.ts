import type { MatchResult } from '../../screening/matching/match-result';
import { WatchlistIndex } from '../../screening/matching/watchlist-index';
import type { WatchlistEntry } from '../../screening/watchlists/watchlist-entry';
import type { TravellerRecord } from '../pipeline/traveller-record';

/** A traveller as the search reads it: the row's id and the opened record. */
export interface SearchableTraveller {
  id: number;
  record: TravellerRecord;
}

export interface NameQuery {
  /** A name as the analyst types it, in any script and order. */
  name: string;
  /** `YYYY` or `YYYY-MM-DD`: moves the score as for a listed person's date of birth. */
  born?: string;
}

export interface RankedTraveller {
  id: number;
  /** 0..1, the engine's score: the name's, moved by the date of birth when given. */
  score: number;
  nameScore: number;
  /** The traveller's name as the engine compared it. */
  comparedName: string;
  /** Token pairs of the query and the traveller's name, as the engine aligned them. */
  tokens: { query?: string; traveller?: string; similarity: number; method: string }[];
}

/** Names below this score are not shown: the engine's alert threshold is 0.8, a search shows more. */
export const SEARCH_MIN_SCORE = 0.6;
/** Results shown, best first. */
export const SEARCH_LIMIT = 50;

/**
 * Ranks travellers by name through the screening engine's index, the one screening uses: every
 * traveller becomes an entry of a transient WatchlistIndex (their names tokenised,
 * transliterated, keyed by consonant classes and typos), the analyst's text is the query.
 * "Ludmilla Petrowa", "Людмила Петрова" and "PETROVA, LUDMILA" find LUDMILA PETROVA; no SQL
 * LIKE ever sees a name. Spelling variants are not learnt from the travellers (they are not
 * aliases of each other); the engine's curated variant classes apply.
 */
export function rankTravellers(
  travellers: readonly SearchableTraveller[],
  query: NameQuery,
): RankedTraveller[] {
  const entries: WatchlistEntry[] = travellers.map(({ id, record }) => entryOf(id, record));
  if (entries.length === 0) return [];
  const index = new WatchlistIndex(
    [{ kind: 'csv', source: 'travellers', entries, counts: { aliases: 0 }, skipped: [] }],
    {
      learnVariants: false,
      threshold: SEARCH_MIN_SCORE,
      // Several travellers of a week share a name: each is a result, not only the best few.
      candidatesPerName: SEARCH_LIMIT,
    },
  );
  const results = index.match(
    { fullName: query.name, ...(query.born ? { dateOfBirth: query.born } : {}) },
    { limit: SEARCH_LIMIT, threshold: SEARCH_MIN_SCORE, alertsOnly: true },
  );
  return results.map(rankedOf);
}

function entryOf(id: number, record: TravellerRecord): WatchlistEntry {
  const full = [record.givenNames, record.surname].filter(Boolean).join(' ');
  return {
    id: String(id),
    list: 'csv',
    sourceId: String(id),
    kind: 'individual',
    names: full
      ? [
          {
            full,
            ...(record.givenNames ? { given: [record.givenNames] } : {}),
            ...(record.surname ? { family: record.surname } : {}),
            quality: 'primary',
          },
        ]
      : [],
    datesOfBirth: record.dateOfBirth ? [{ kind: 'exact', date: record.dateOfBirth }] : [],
    nationalities: record.nationality ? [record.nationality] : [],
    ...(record.gender === 'M' || record.gender === 'F' ? { gender: record.gender } : {}),
    // Names only: a document number is searched by re-identification, not here.
    documents: [],
    programmes: [],
  };
}

function rankedOf(result: MatchResult): RankedTraveller {
  return {
    id: Number(result.entry.id),
    score: result.score,
    nameScore: result.explanation.nameScore,
    comparedName: result.explanation.entryName ?? '',
    tokens: result.explanation.tokens.map((pair) => ({
      query: pair.query,
      traveller: pair.entry,
      similarity: pair.similarity,
      method: pair.method,
    })),
  };
}
