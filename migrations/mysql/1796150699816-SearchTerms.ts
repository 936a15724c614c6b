import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
// Written by hand: the entries go, as they have no words in search_term (the index now, instead
// of the FULLTEXT index): members are put again at start-up, `search:reindex` puts back the rest.
export class SearchTerms1796150699816 implements MigrationInterface {
  name = 'SearchTerms1796150699816';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_search_entry_terms` ON `search_entry`');
    await queryRunner.query('DELETE FROM `search_entry`');
    await queryRunner.query(
      "CREATE TABLE `search_term` (`term` varchar(84) NOT NULL, `kind` varchar(16) NOT NULL, `score` smallint NOT NULL, `date` datetime(3) NOT NULL, `entry_id` int NOT NULL, `iwg_id` int NULL, `language` varchar(16) NULL, `pillars` varchar(200) NOT NULL DEFAULT '', `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, UNIQUE INDEX `UQ_search_term_entry_term` (`entry_id`, `term`), PRIMARY KEY (`term`, `kind`, `score`, `date`, `entry_id`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `UQ_search_term_entry_term` ON `search_term`');
    await queryRunner.query('DROP TABLE `search_term`');
    await queryRunner.query(
      'CREATE FULLTEXT INDEX `IDX_search_entry_terms` ON `search_entry` (`terms`)',
    );
  }
}
