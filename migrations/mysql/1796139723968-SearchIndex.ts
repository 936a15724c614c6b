import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
// The FULLTEXT index is added by hand (see SearchEntry).
export class SearchIndex1796139723968 implements MigrationInterface {
  name = 'SearchIndex1796139723968';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `search_entry` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(16) NOT NULL, `ref_id` int NOT NULL, `title` varchar(300) NOT NULL, `body` text NOT NULL, `tags` varchar(500) NOT NULL DEFAULT '', `language` varchar(16) NULL, `pillars` varchar(200) NOT NULL DEFAULT '', `iwg_id` int NULL, `url` varchar(500) NULL, `date` datetime(3) NOT NULL, `title_terms` text NOT NULL, `lead_terms` varchar(600) NOT NULL, `terms` text NOT NULL, `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, UNIQUE INDEX `UQ_search_entry_kind_ref` (`kind`, `ref_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    // Written by hand (the entity declares it with synchronize: false): the InnoDB full-text index.
    await queryRunner.query("CREATE FULLTEXT INDEX `IDX_search_entry_terms` ON `search_entry` (`terms`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_search_entry_terms` ON `search_entry`");
    await queryRunner.query("DROP INDEX `UQ_search_entry_kind_ref` ON `search_entry`");
    await queryRunner.query("DROP TABLE `search_entry`");
  }
}
