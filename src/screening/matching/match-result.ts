import type { WatchlistEntry } from '../watchlists/watchlist-entry';

/** One aligned pair of name tokens and what it contributed. */
export interface TokenPairExplanation {
  /** Normalised query token; undefined when an entry token stayed unmatched. */
  query?: string;
  /** Normalised entry token; undefined when a query token stayed unmatched. */
  entry?: string;
  /** 0..1: 1 for equal tokens or known spelling variants, less for typos. */
  similarity: number;
  /** Weight of the pair in the name score (rare tokens weigh more: IDF over the lists). */
  weight: number;
  /** How the tokens were compared: equal, variant, phonetic, fuzzy, initial, joined, none. */
  method: string;
}

/** A date of birth, nationality, gender or document check and how it moved the score. */
export interface QualifierExplanation {
  qualifier: 'dob' | 'nationality' | 'gender' | 'document';
  /** Signed change applied to the score (0 when the check was neutral). */
  effect: number;
  /** A short human-readable reason, e.g. "year of birth 1965 matches". */
  reason: string;
}

export interface MatchExplanation {
  /** The query name that produced the best score, as given. */
  queryName?: string;
  /** The entry name it matched, as the list writes it, and that name's quality. */
  entryName?: string;
  entryNameQuality?: string;
  /** Score of the names alone, before qualifiers. */
  nameScore: number;
  tokens: TokenPairExplanation[];
  qualifiers: QualifierExplanation[];
  /** One line for an analyst: what matched and why. */
  summary: string;
}

export interface MatchResult {
  entry: WatchlistEntry;
  kind: 'name' | 'document';
  /** 0..1; documents equal after normalisation score 1. */
  score: number;
  /** The score reaches the alert threshold in force. */
  alert: boolean;
  explanation: MatchExplanation;
}

export interface MatchOptions {
  /** Alert threshold for this query; defaults to the index's threshold. */
  threshold?: number;
  /** Most results returned, best first (default 10). */
  limit?: number;
  /**
   * Build the token pairs, qualifier reasons and summary (default true). `match` prints only
   * ids and scores and turns it off; the explanation then holds the name score alone.
   */
  explain?: boolean;
  /**
   * Return only results that reach the threshold (default false). `screen` turns it on: a
   * candidate below the threshold is never shown to an analyst, so no explanation is built
   * for it. `match` leaves it off, as it prints the best candidate even below the threshold.
   */
  alertsOnly?: boolean;
  /**
   * Consider only these entries (by id): a re-screening after a list version looks for the
   * entries it added or changed, and scoring every other candidate's names would be wasted.
   * Candidates are still found, and names scored, exactly as without it.
   */
  onlyEntries?: ReadonlySet<string>;
}
