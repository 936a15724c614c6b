import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SearchController } from './search.controller';
import { SearchPageService } from './search-page.service';
import { SearchEntry } from './search-entry.entity';
import { SearchIndex } from './search-index.service';
import { SearchReindexer } from './search-reindexer';
import { SearchSources } from './search-sources';
import { MemberSearchSource } from './sources/member-search-source';

/**
 * Search: the one index of the portal's documents (`search_entry`, full-text on SQLite FTS5 or
 * InnoDB FULLTEXT) and the `/search` page. Modules import it and call SearchIndex.put/remove
 * for their rows, and register a SearchSource for `search:reindex`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([SearchEntry]), OrganisationsModule],
  controllers: [SearchController],
  providers: [SearchIndex, SearchSources, SearchReindexer, MemberSearchSource, SearchPageService],
  exports: [SearchIndex, SearchSources, SearchReindexer],
})
export class SearchModule {}
