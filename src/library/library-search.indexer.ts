import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MoreThan, type EntityManager } from 'typeorm';
import type { SearchDocument } from '../search/search-document';
import { SearchIndex } from '../search/search-index.service';
import { SearchSources } from '../search/search-sources';
import { LibraryEvents } from './library-events';
import { LibraryResource } from './library-resource.entity';
import { LibrarySearchService, type LibrarySearchDocument } from './library-search.service';

/** Resources read per batch when the whole library is indexed again. */
const REINDEX_BATCH = 200;

/** A resource as the search index takes it: summary and extracted text are the searched body. */
export function toSearchDocument(doc: LibrarySearchDocument): SearchDocument {
  return {
    kind: 'resource',
    refId: doc.id,
    title: doc.title,
    body: [doc.summary, doc.text].filter((part) => part.length > 0).join('\n\n'),
    tags: doc.tags,
    language: doc.language,
    pillars: doc.pillars,
    url: doc.url,
    date: doc.documentDate ? new Date(`${doc.documentDate}T00:00:00Z`) : doc.updatedAt,
    visibility: doc.visibility,
  };
}

/**
 * Keeps the library in the search index: every library event puts the resource's document
 * again, or takes it out when it may no longer be found (deleted, pending, rejected). The
 * event comes after the library's transaction; a crash in between leaves the entry one change
 * behind until `search:reindex`, which reads every published resource through the source
 * registered here.
 */
@Injectable()
export class LibrarySearchIndexer implements OnModuleInit {
  constructor(
    private readonly events: LibraryEvents,
    private readonly library: LibrarySearchService,
    private readonly index: SearchIndex,
    private readonly sources: SearchSources,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((event) => this.refresh(event.resourceId));
    this.sources.register({ kind: 'resource', documents: (manager) => this.all(manager) });
  }

  async refresh(resourceId: number): Promise<void> {
    const doc = await this.library.searchDocument(resourceId);
    if (doc) await this.index.put(toSearchDocument(doc));
    else await this.index.remove('resource', resourceId);
  }

  private async *all(manager: EntityManager): AsyncIterable<SearchDocument[]> {
    let after = 0;
    for (;;) {
      const rows = await manager.getRepository(LibraryResource).find({
        where: { status: 'published', id: MoreThan(after) },
        select: { id: true },
        order: { id: 'ASC' },
        take: REINDEX_BATCH,
      });
      if (rows.length === 0) return;
      const docs: SearchDocument[] = [];
      for (const row of rows) {
        const doc = await this.library.searchDocument(row.id);
        if (doc) docs.push(toSearchDocument(doc));
      }
      yield docs;
      after = rows[rows.length - 1].id;
    }
  }
}
