import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class Conversations1796150779478 implements MigrationInterface {
  name = 'Conversations1796150779478';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"conversation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"subject\" varchar(200), \"created_by_id\" integer NOT NULL, \"message_count\" integer NOT NULL DEFAULT (0), \"last_message_id\" integer NOT NULL DEFAULT (0), \"last_message_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"conversation_message\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"conversation_id\" integer NOT NULL, \"author_id\" integer NOT NULL, \"body\" text NOT NULL, \"html\" text NOT NULL, \"revision\" integer NOT NULL DEFAULT (1), \"edited_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_d1a91c86842490cb67ce88fad7\" ON \"conversation_message\" (\"conversation_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"conversation_message_revision\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"message_id\" integer NOT NULL, \"revision\" integer NOT NULL, \"body\" text NOT NULL, \"replaced_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_562c00aac8849028574aee9a15\" ON \"conversation_message_revision\" (\"message_id\", \"revision\") ");
    await queryRunner.query("CREATE TABLE \"conversation_participant\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"conversation_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"added_by_id\" integer, \"joined_at\" datetime(3) NOT NULL, \"left_at\" datetime(3), \"last_read_message_id\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE INDEX \"IDX_a351cf3e65ab3b489bc84b0dbc\" ON \"conversation_participant\" (\"user_id\", \"left_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e8317bf50da00fff74b97be3af\" ON \"conversation_participant\" (\"conversation_id\", \"user_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_e8317bf50da00fff74b97be3af\"");
    await queryRunner.query("DROP INDEX \"IDX_a351cf3e65ab3b489bc84b0dbc\"");
    await queryRunner.query("DROP TABLE \"conversation_participant\"");
    await queryRunner.query("DROP INDEX \"IDX_562c00aac8849028574aee9a15\"");
    await queryRunner.query("DROP TABLE \"conversation_message_revision\"");
    await queryRunner.query("DROP INDEX \"IDX_d1a91c86842490cb67ce88fad7\"");
    await queryRunner.query("DROP TABLE \"conversation_message\"");
    await queryRunner.query("DROP TABLE \"conversation\"");
  }
}
