import type { WatchlistEntry, WatchlistVersion } from '../watchlists/watchlist-entry';
import { DocumentIndex } from './document-index';
import type { IdfTokenWeights } from './idf-token-weights';
import { INDEX_TUNING } from './index-tuning';
import { bareResult, explainedResult, qualify, type ScoredEntry } from './match-explanation';
import type { MatchOptions, MatchResult } from './match-result';
import { DEFAULT_ALERT_THRESHOLD } from './match-thresholds';
import { NameIndex } from './name-index';
import { withoutReasons } from './qualifiers';
import type { ScreeningSubject } from './screening-subject';
import type { VariantClasses } from './variant-classes';

export interface WatchlistIndexOptions {
  /** Alert threshold (default DEFAULT_ALERT_THRESHOLD). */
  threshold?: number;
  /** Entry kinds whose names are screened (default: individuals; travellers are people). */
  nameKinds?: ReadonlyArray<WatchlistEntry['kind']>;
  /** Learn spelling variants from the lists' aliases (default true). */
  learnVariants?: boolean;
  /** Names scored in full per query name (default INDEX_TUNING.candidatesPerName). */
  candidatesPerName?: number;
}

/** Marks an index that `WatchlistIndex.build` fills and finishes itself. */
const SLICED: readonly WatchlistVersion[] = Object.freeze([]);

/**
 * The watchlists prepared for screening: the listed names (NameIndex: an inverted index from
 * tokens, consonant keys and typo keys to names, with IDF weights and learnt spelling variants)
 * and the listed documents (DocumentIndex). `match` ranks candidates from the index (never a
 * scan of all entries), scores the best ones in full and explains each score it returns
 * (match-explanation.ts).
 */
export class WatchlistIndex {
  readonly threshold: number;
  readonly variants: VariantClasses;
  readonly weights: IdfTokenWeights;
  private readonly entries: WatchlistEntry[] = [];
  private readonly names: NameIndex;
  private readonly documents = new DocumentIndex();
  private readonly nameKinds: ReadonlySet<string>;

  constructor(versions: readonly WatchlistVersion[], options: WatchlistIndexOptions = {}) {
    this.threshold = options.threshold ?? DEFAULT_ALERT_THRESHOLD;
    this.names = new NameIndex(options.candidatesPerName ?? INDEX_TUNING.candidatesPerName);
    this.variants = this.names.variants;
    this.weights = this.names.weights;
    this.nameKinds = new Set<string>(options.nameKinds ?? ['individual']);
    if (versions === SLICED) return;
    for (const version of versions) for (const entry of version.entries) this.file(entry);
    this.names.finish(options.learnVariants ?? true);
  }

  /**
   * The same index, built `sliceSize` entries at a time with `pause()` awaited between slices:
   * a server that indexes a large list meanwhile answers its requests (the UN and OFAC lists
   * together take 0.3 s of CPU here, several seconds on a loaded machine, in one block
   * otherwise). Only the last step, which weighs the names, runs whole.
   */
  static async build(
    versions: readonly WatchlistVersion[],
    options: WatchlistIndexOptions,
    pause: () => Promise<void>,
    sliceSize = 1000,
  ): Promise<WatchlistIndex> {
    const index = new WatchlistIndex(SLICED, options);
    let inSlice = 0;
    for (const version of versions) {
      for (const entry of version.entries) {
        index.file(entry);
        if (++inSlice === sliceSize) {
          inSlice = 0;
          await pause();
        }
      }
    }
    index.names.finish(options.learnVariants ?? true);
    return index;
  }

  private file(entry: WatchlistEntry): void {
    const position = this.entries.length;
    this.entries.push(entry);
    this.documents.add(entry);
    if (this.nameKinds.has(entry.kind)) this.names.add(position, entry);
  }

  get entryCount(): number {
    return this.entries.length;
  }

  get nameCount(): number {
    return this.names.count;
  }

  /** Candidates for one traveller, best first: document hits, then names. */
  match(subject: ScreeningSubject, options: MatchOptions = {}): MatchResult[] {
    const threshold = options.threshold ?? this.threshold;
    const limit = options.limit ?? 10;
    const only = options.onlyEntries;
    const documents = this.documents
      .match(subject, threshold)
      .filter(
        (result) => (!options.alertsOnly || result.alert) && (!only || only.has(result.entry.id)),
      );
    const found = new Set(documents.map((result) => result.entry));
    const names = this.scoreNames(subject, only).filter(
      (scored) => !found.has(scored.entry) && (!options.alertsOnly || scored.score >= threshold),
    );
    // Explanations are built only for what is returned.
    const settings = this.names.settings();
    const results = [
      ...documents,
      ...names
        .slice(0, limit)
        .map((scored) =>
          options.explain === false
            ? bareResult(scored, threshold)
            : explainedResult(subject, scored, threshold, settings),
        ),
    ];
    return results.sort((first, second) => second.score - first.score).slice(0, limit);
  }

  /** Every candidate entry's best name score with its qualifiers, best first (no explanation). */
  private scoreNames(subject: ScreeningSubject, only?: ReadonlySet<string>): ScoredEntry[] {
    const scored: ScoredEntry[] = [];
    const wanted = only ? (position: number) => only.has(this.entries[position].id) : undefined;
    for (const [position, found] of this.names.bestNames(subject, wanted)) {
      const entry = this.entries[position];
      const qualifiers = withoutReasons(() => qualify(subject, entry));
      const effect = qualifiers.reduce((total, qualifier) => total + qualifier.effect, 0);
      scored.push({
        entry,
        nameScore: found.score,
        score: Math.min(1, Math.max(0, found.score + effect)),
        query: found.query,
        name: found.name,
        qualifiers,
      });
    }
    return scored.sort((first, second) => second.score - first.score);
  }
}
