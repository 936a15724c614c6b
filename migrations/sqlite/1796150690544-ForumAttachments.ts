import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class ForumAttachments1796150690544 implements MigrationInterface {
  name = 'ForumAttachments1796150690544';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"forum_post_attachment\" (\"post_id\" integer NOT NULL, \"resource_id\" integer NOT NULL, \"position\" smallint NOT NULL, PRIMARY KEY (\"post_id\", \"resource_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_da077fe417b9771b8f67c0ea36\" ON \"forum_post_attachment\" (\"resource_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_5183f8dfb3080d56b0d9d8d285\"");
    await queryRunner.query("CREATE TABLE \"temporary_forum_post\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"thread_id\" integer NOT NULL, \"author_id\" integer NOT NULL, \"body\" text NOT NULL, \"html\" text NOT NULL, \"reply_to_id\" integer, \"language\" varchar(8), \"revision\" integer NOT NULL DEFAULT (1), \"edited_at\" datetime(3), \"hidden_at\" datetime(3), \"hidden_by_id\" integer, \"hidden_reason\" varchar(500), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer, \"attachment_count\" smallint NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_forum_post\"(\"id\", \"thread_id\", \"author_id\", \"body\", \"html\", \"reply_to_id\", \"language\", \"revision\", \"edited_at\", \"hidden_at\", \"hidden_by_id\", \"hidden_reason\", \"created_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"thread_id\", \"author_id\", \"body\", \"html\", \"reply_to_id\", \"language\", \"revision\", \"edited_at\", \"hidden_at\", \"hidden_by_id\", \"hidden_reason\", \"created_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"forum_post\"");
    await queryRunner.query("DROP TABLE \"forum_post\"");
    await queryRunner.query("ALTER TABLE \"temporary_forum_post\" RENAME TO \"forum_post\"");
    await queryRunner.query("CREATE INDEX \"IDX_5183f8dfb3080d56b0d9d8d285\" ON \"forum_post\" (\"thread_id\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_5183f8dfb3080d56b0d9d8d285\"");
    await queryRunner.query("ALTER TABLE \"forum_post\" RENAME TO \"temporary_forum_post\"");
    await queryRunner.query("CREATE TABLE \"forum_post\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"thread_id\" integer NOT NULL, \"author_id\" integer NOT NULL, \"body\" text NOT NULL, \"html\" text NOT NULL, \"reply_to_id\" integer, \"language\" varchar(8), \"revision\" integer NOT NULL DEFAULT (1), \"edited_at\" datetime(3), \"hidden_at\" datetime(3), \"hidden_by_id\" integer, \"hidden_reason\" varchar(500), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("INSERT INTO \"forum_post\"(\"id\", \"thread_id\", \"author_id\", \"body\", \"html\", \"reply_to_id\", \"language\", \"revision\", \"edited_at\", \"hidden_at\", \"hidden_by_id\", \"hidden_reason\", \"created_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"thread_id\", \"author_id\", \"body\", \"html\", \"reply_to_id\", \"language\", \"revision\", \"edited_at\", \"hidden_at\", \"hidden_by_id\", \"hidden_reason\", \"created_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"temporary_forum_post\"");
    await queryRunner.query("DROP TABLE \"temporary_forum_post\"");
    await queryRunner.query("CREATE INDEX \"IDX_5183f8dfb3080d56b0d9d8d285\" ON \"forum_post\" (\"thread_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_da077fe417b9771b8f67c0ea36\"");
    await queryRunner.query("DROP TABLE \"forum_post_attachment\"");
  }
}
