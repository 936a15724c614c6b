import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SearchIndex } from './search-index.service';
import type { SearchKind } from './search-kind';
import { SearchSources } from './search-sources';

/**
 * Rebuilds the index from the registered sources: for each kind, in one transaction, its
 * entries go and every document its source lists is put again (searches meanwhile see the old
 * entries until the commit).
 */
@Injectable()
export class SearchReindexer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly sources: SearchSources,
  ) {}

  /** The number of documents indexed per kind rebuilt; `kinds` empty: every registered source. */
  async reindex(kinds: readonly SearchKind[] = []): Promise<Map<SearchKind, number>> {
    const chosen = this.sources
      .all()
      .filter((source) => kinds.length === 0 || kinds.includes(source.kind));
    const counts = new Map<SearchKind, number>();
    for (const source of chosen) {
      const count = await this.dataSource.transaction(async (manager) => {
        await this.index.removeAll(source.kind, manager);
        let indexed = 0;
        for await (const batch of source.documents(manager)) {
          await this.index.putMany(batch, manager);
          indexed += batch.length;
        }
        return indexed;
      });
      counts.set(source.kind, count);
    }
    return counts;
  }
}
