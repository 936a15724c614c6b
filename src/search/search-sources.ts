import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SearchDocument } from './search-document';
import type { SearchKind } from './search-kind';

/**
 * A module's documents for a full rebuild (`search:reindex`): every row of its kind, as
 * SearchIndex.put takes them, in batches. Register it once when the module starts:
 *
 *   constructor(private readonly sources: SearchSources) {}
 *   onModuleInit() { this.sources.register({ kind: 'resource', documents: (m) => this.all(m) }); }
 */
export interface SearchSource {
  readonly kind: SearchKind;
  documents(manager: EntityManager): AsyncIterable<readonly SearchDocument[]>;
}

/** Names of the IWGs an actor may filter by, from the module that owns IWGs. */
export type IwgDirectory = (ids: readonly number[]) => Promise<ReadonlyMap<number, string>>;

/** The registry modules add their search sources (and the IWG names for the filter) to. */
@Injectable()
export class SearchSources {
  private readonly sources = new Map<SearchKind, SearchSource>();
  private iwgDirectory: IwgDirectory | null = null;

  register(source: SearchSource): void {
    if (this.sources.has(source.kind))
      throw new Error(`a search source for "${source.kind}" is registered twice`);
    this.sources.set(source.kind, source);
  }

  /** The registered sources, in registration order. */
  all(): SearchSource[] {
    return [...this.sources.values()];
  }

  of(kind: SearchKind): SearchSource | undefined {
    return this.sources.get(kind);
  }

  /** Lets the IWG module name the IWGs in the search filter (without it the filter is not offered). */
  setIwgDirectory(directory: IwgDirectory): void {
    this.iwgDirectory = directory;
  }

  async iwgNames(ids: readonly number[]): Promise<ReadonlyMap<number, string>> {
    return this.iwgDirectory && ids.length > 0 ? this.iwgDirectory(ids) : new Map();
  }
}
