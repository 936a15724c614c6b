import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class Notifications1796139012353 implements MigrationInterface {
  name = 'Notifications1796139012353';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"user_id\" integer NOT NULL, \"type\" varchar(32) NOT NULL, \"reason\" varchar(32) NOT NULL, \"subject_kind\" varchar(32) NOT NULL, \"subject_id\" varchar(64) NOT NULL, \"actor_user_id\" integer, \"thread_key\" varchar(100) NOT NULL, \"params\" varchar(1000) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"read_at\" datetime(3), \"mail_state\" varchar(16) NOT NULL, \"mail_due_at\" datetime(3), \"digested_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"IDX_notification_mail_due\" ON \"notification\" (\"mail_state\", \"mail_due_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_notification_user_unread\" ON \"notification\" (\"user_id\", \"read_at\") ");
    await queryRunner.query("CREATE TABLE \"notification_preference\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"user_id\" integer NOT NULL, \"type\" varchar(32) NOT NULL, \"delivery\" varchar(16) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_notification_preference_user_type\" ON \"notification_preference\" (\"user_id\", \"type\") ");
    await queryRunner.query("CREATE TABLE \"notification_settings\" (\"user_id\" integer PRIMARY KEY NOT NULL, \"digest_frequency\" varchar(16) NOT NULL, \"last_digest_at\" datetime(3))");
    await queryRunner.query("CREATE TABLE \"notification_thread_mail\" (\"user_id\" integer NOT NULL, \"thread_key\" varchar(100) NOT NULL, \"last_sent_at\" datetime(3) NOT NULL, PRIMARY KEY (\"user_id\", \"thread_key\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"notification_thread_mail\"");
    await queryRunner.query("DROP TABLE \"notification_settings\"");
    await queryRunner.query("DROP INDEX \"IDX_notification_preference_user_type\"");
    await queryRunner.query("DROP TABLE \"notification_preference\"");
    await queryRunner.query("DROP INDEX \"IDX_notification_user_unread\"");
    await queryRunner.query("DROP INDEX \"IDX_notification_mail_due\"");
    await queryRunner.query("DROP TABLE \"notification\"");
  }
}
