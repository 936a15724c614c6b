import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class ThreadContentVersion1796161653604 implements MigrationInterface {
  name = 'ThreadContentVersion1796161653604';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_ea5c5cd98d04a15faeaed571d6\"");
    await queryRunner.query("DROP INDEX \"IDX_6283a55fa3a4d07cc5e741ef7b\"");
    await queryRunner.query("CREATE TABLE \"temporary_forum_thread\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"category_id\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"author_id\" integer NOT NULL, \"pinned\" boolean NOT NULL DEFAULT (0), \"locked\" boolean NOT NULL DEFAULT (0), \"post_count\" integer NOT NULL DEFAULT (0), \"last_post_id\" integer NOT NULL DEFAULT (0), \"last_post_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer, \"content_version\" integer NOT NULL DEFAULT (1))");
    await queryRunner.query("INSERT INTO \"temporary_forum_thread\"(\"id\", \"iwg_id\", \"category_id\", \"title\", \"author_id\", \"pinned\", \"locked\", \"post_count\", \"last_post_id\", \"last_post_at\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"iwg_id\", \"category_id\", \"title\", \"author_id\", \"pinned\", \"locked\", \"post_count\", \"last_post_id\", \"last_post_at\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"forum_thread\"");
    await queryRunner.query("DROP TABLE \"forum_thread\"");
    await queryRunner.query("ALTER TABLE \"temporary_forum_thread\" RENAME TO \"forum_thread\"");
    await queryRunner.query("CREATE INDEX \"IDX_ea5c5cd98d04a15faeaed571d6\" ON \"forum_thread\" (\"category_id\", \"pinned\", \"last_post_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6283a55fa3a4d07cc5e741ef7b\" ON \"forum_thread\" (\"iwg_id\", \"last_post_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_6283a55fa3a4d07cc5e741ef7b\"");
    await queryRunner.query("DROP INDEX \"IDX_ea5c5cd98d04a15faeaed571d6\"");
    await queryRunner.query("ALTER TABLE \"forum_thread\" RENAME TO \"temporary_forum_thread\"");
    await queryRunner.query("CREATE TABLE \"forum_thread\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"category_id\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"author_id\" integer NOT NULL, \"pinned\" boolean NOT NULL DEFAULT (0), \"locked\" boolean NOT NULL DEFAULT (0), \"post_count\" integer NOT NULL DEFAULT (0), \"last_post_id\" integer NOT NULL DEFAULT (0), \"last_post_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("INSERT INTO \"forum_thread\"(\"id\", \"iwg_id\", \"category_id\", \"title\", \"author_id\", \"pinned\", \"locked\", \"post_count\", \"last_post_id\", \"last_post_at\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"iwg_id\", \"category_id\", \"title\", \"author_id\", \"pinned\", \"locked\", \"post_count\", \"last_post_id\", \"last_post_at\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"temporary_forum_thread\"");
    await queryRunner.query("DROP TABLE \"temporary_forum_thread\"");
    await queryRunner.query("CREATE INDEX \"IDX_6283a55fa3a4d07cc5e741ef7b\" ON \"forum_thread\" (\"iwg_id\", \"last_post_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ea5c5cd98d04a15faeaed571d6\" ON \"forum_thread\" (\"category_id\", \"pinned\", \"last_post_id\") ");
  }
}
