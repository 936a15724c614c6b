import type { MatchResult } from '../../screening/matching/match-result';
import { dateOfBirthQualifier } from '../../screening/matching/qualifiers';
import { WatchlistIndex } from '../../screening/matching/watchlist-index';
import type { BirthDate, WatchlistEntry } from '../../screening/watchlists/watchlist-entry';
import { nameKey, type TravellerRecord } from '../pipeline/traveller-record';

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
 * Distinct names scored in full per way of writing the query. The index ranks candidates by
 * the query's rarer words; a week of travellers holds many names sharing a common surname, so
 * the search scores more of them than screening does (6) — still a few milliseconds.
 */
const SEARCH_CANDIDATES = 500;

interface NameGroup {
  full: string;
  record: TravellerRecord;
  members: SearchableTraveller[];
}

/**
 * Ranks travellers by name through the screening engine's index, the one screening uses: each
 * distinct name of the window (as the join normalises it: nameKey) becomes an entry of a
 * transient WatchlistIndex — tokenised, transliterated, keyed by consonant classes and typos —
 * and the analyst's text is the query. "Ludmilla Petrowa", "Людмила Петрова" and
 * "PETROVA, Ludmila" find LUDMILA PETROVA; no SQL LIKE ever sees a name. Travellers sharing a
 * name share its entry (so a common name does not crowd the index's candidates), and each is
 * then scored with the engine's date-of-birth check against the year or date given. Spelling
 * variants are not learnt from the travellers (they are not aliases of each other); the
 * engine's curated variant classes apply.
 */
export function rankTravellers(
  travellers: readonly SearchableTraveller[],
  query: NameQuery,
): RankedTraveller[] {
  const groups = new Map<string, NameGroup>();
  for (const traveller of travellers) {
    const { surname, givenNames } = traveller.record;
    const full = [givenNames, surname].filter(Boolean).join(' ');
    if (!full) continue;
    const key = nameKey(surname, givenNames);
    const group = groups.get(key);
    if (group) group.members.push(traveller);
    else groups.set(key, { full, record: traveller.record, members: [traveller] });
  }
  if (groups.size === 0) return [];
  const named = [...groups.values()];
  const index = new WatchlistIndex(
    [
      {
        kind: 'csv',
        source: 'travellers',
        entries: named.map((group, position) => entryOf(position, group)),
        counts: { aliases: 0 },
        skipped: [],
      },
    ],
    { learnVariants: false, threshold: SEARCH_MIN_SCORE, candidatesPerName: SEARCH_CANDIDATES },
  );
  const ranked: RankedTraveller[] = [];
  for (const result of index.match({ fullName: query.name }, { limit: SEARCH_CANDIDATES })) {
    const group = named[Number(result.entry.id)];
    for (const member of group.members) {
      const score = scoreOf(result, query.born, member.record.dateOfBirth);
      if (score >= SEARCH_MIN_SCORE) ranked.push({ ...rankedOf(result), id: member.id, score });
    }
  }
  return ranked
    .sort((first, second) => second.score - first.score || first.id - second.id)
    .slice(0, SEARCH_LIMIT);
}

/** The name's score moved by the engine's date-of-birth check, within [0, 1]. */
function scoreOf(result: MatchResult, born: string | undefined, dateOfBirth: string | undefined) {
  const nameScore = result.explanation.nameScore;
  const known = birthDateOf(dateOfBirth);
  const effect = born && known ? (dateOfBirthQualifier(born, [known])?.effect ?? 0) : 0;
  return Math.round(Math.min(1, Math.max(0, nameScore + effect)) * 10000) / 10000;
}

function birthDateOf(date: string | undefined): BirthDate | undefined {
  if (!date) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { kind: 'exact', date };
  if (/^\d{4}$/.test(date)) return { kind: 'year', year: Number(date) };
  return undefined;
}

function entryOf(position: number, group: NameGroup): WatchlistEntry {
  const { surname, givenNames } = group.record;
  return {
    id: String(position),
    list: 'csv',
    sourceId: String(position),
    kind: 'individual',
    names: [
      {
        full: group.full,
        ...(givenNames ? { given: [givenNames] } : {}),
        ...(surname ? { family: surname } : {}),
        quality: 'primary',
      },
    ],
    // Names only: each traveller's date of birth is checked apart; documents are found by
    // re-identification, not here.
    datesOfBirth: [],
    nationalities: [],
    documents: [],
    programmes: [],
  };
}

function rankedOf(result: MatchResult): Omit<RankedTraveller, 'id' | 'score'> {
  return {
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
