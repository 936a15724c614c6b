import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SearchController } from './search.controller';
import { SearchPageService } from './search-page.service';
import { SearchEntry } from './search-entry.entity';
import { SearchTerm } from './search-term.entity';
import { SearchIndex } from './search-index.service';
import { SearchReindexer } from './search-reindexer';
import { SearchSources } from './search-sources';
import { MemberSearchSource } from './sources/member-search-source';

/**
 * Search: the one index of the portal's documents (`search_entry`, and its words in
 * `search_term`, the same tables on SQLite and MariaDB) and the `/search` page. Modules import it and call SearchIndex.put/remove
 * for their rows, and register a SearchSource for `search:reindex`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([SearchEntry, SearchTerm]), OrganisationsModule],
  controllers: [SearchController],
  providers: [SearchIndex, SearchSources, SearchReindexer, MemberSearchSource, SearchPageService],
  exports: [SearchIndex, SearchSources, SearchReindexer],
})
export class SearchModule {}
