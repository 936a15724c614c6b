/**
 * The tuning of the watchlist index, in one table: how candidates are found through the
 * inverted index, how many are scored in full, and how much a document hit or a learnt spelling
 * variant needs. The name score itself is tuned in NAME_SCORE_PARAMETERS (name-scorer.ts) and
 * the alert threshold in match-thresholds.ts. A change here moves the recall and false-alert
 * figures that the data suite (matching-quality.data-spec.ts) guards and `npm run eval` prints,
 * and the speed `npm run bench -- matching` measures.
 */
export const INDEX_TUNING = {
  /**
   * Names scored in full per query name, after the index ranks candidates (the default of
   * WatchlistIndexOptions.candidatesPerName). Full scoring is most of the time per traveller: a
   * smaller number is faster and loses the few positives whose listed name the index ranks
   * lower than some other name.
   */
  candidatesPerName: 6,

  /**
   * A posting list longer than this share of all names is "common": it only adds weight to names
   * a rarer token already found, and typo keys that common are never walked. The share is kept
   * within the two bounds below, so small lists still rank by common tokens and huge lists do
   * not walk thousands of names per token.
   */
  commonPostingShare: 0.01,
  minCommonPosting: 300,
  maxCommonPosting: 1000,
  /**
   * A list longer than this is walked only when nothing else finds a name: on a list of millions
   * a two-consonant key is shared by tens of thousands of names and says nothing. The query's
   * rarer tokens find the candidates.
   */
  unusablePosting: 3000,
  /** A candidate must share at least this share of the query's token weight through the index. */
  candidateFloor: 0.4,

  /**
   * How much a shared index key says, as a share of the query token's weight. Exact keys are
   * looked up first; the typo keys (one consonant class away) only when no exact key finds a
   * name.
   */
  keyCredit: {
    /** The same normalised text. */
    text: 1,
    /** The same word in the original script. */
    source: 1,
    /** The same consonant key (a spelling variant: Mohammed / Muhamad). */
    consonantKey: 0.85,
    /** The query lacks a consonant class the listed key has. */
    missingClass: 0.6,
    /** The query has one consonant class too many. */
    extraClass: 0.6,
    /** The query has another consonant class in place of one. */
    otherClass: 0.5,
  },
  /** Consonant keys shorter than this are not indexed (a one-class key matches anything). */
  minConsonantKey: 2,
  /**
   * Listed keys are indexed with their one-class deletions from this length on: deletions of
   * three-class keys are two-class keys shared by thousands of names.
   */
  minIndexedDeletionKey: 4,
  /** A query key is looked up with its deletions from this length on (the rest identifies). */
  minQueriedDeletionKey: 3,

  /** Document numbers shorter than this (after normalisation) are not indexed: too many collide. */
  minDocumentNumber: 4,
  /** A listed document number with the same issuing country on both sides: decisive. */
  documentSameIssuerScore: 1,
  /** The same number with the issuing country missing on one side: still strong. */
  documentIssuerUnknownScore: 0.9,

  /**
   * A primary name and an alias of the same length teach spelling variants when their name score
   * is at least this (closer aliases only: a kunya or nom de guerre teaches nothing)…
   */
  variantAliasScore: 0.8,
  /** …and only from token pairs at least this similar. */
  variantPairSimilarity: 0.7,
} as const;
