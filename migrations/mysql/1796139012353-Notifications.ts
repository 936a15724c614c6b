import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class Notifications1796139012353 implements MigrationInterface {
  name = 'Notifications1796139012353';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `notification` (`id` int NOT NULL AUTO_INCREMENT, `user_id` int NOT NULL, `type` varchar(32) NOT NULL, `reason` varchar(32) NOT NULL, `subject_kind` varchar(32) NOT NULL, `subject_id` varchar(64) NOT NULL, `actor_user_id` int NULL, `thread_key` varchar(100) NOT NULL, `params` varchar(1000) NOT NULL, `created_at` datetime(3) NOT NULL, `read_at` datetime(3) NULL, `mail_state` varchar(16) NOT NULL, `mail_due_at` datetime(3) NULL, `digested_at` datetime(3) NULL, INDEX `IDX_notification_mail_due` (`mail_state`, `mail_due_at`), INDEX `IDX_notification_user_unread` (`user_id`, `read_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `notification_preference` (`id` int NOT NULL AUTO_INCREMENT, `user_id` int NOT NULL, `type` varchar(32) NOT NULL, `delivery` varchar(16) NOT NULL, UNIQUE INDEX `IDX_notification_preference_user_type` (`user_id`, `type`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `notification_settings` (`user_id` int NOT NULL, `digest_frequency` varchar(16) NOT NULL, `last_digest_at` datetime(3) NULL, PRIMARY KEY (`user_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `notification_thread_mail` (`user_id` int NOT NULL, `thread_key` varchar(100) NOT NULL, `last_sent_at` datetime(3) NOT NULL, PRIMARY KEY (`user_id`, `thread_key`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `notification_thread_mail`");
    await queryRunner.query("DROP TABLE `notification_settings`");
    await queryRunner.query("DROP INDEX `IDX_notification_preference_user_type` ON `notification_preference`");
    await queryRunner.query("DROP TABLE `notification_preference`");
    await queryRunner.query("DROP INDEX `IDX_notification_user_unread` ON `notification`");
    await queryRunner.query("DROP INDEX `IDX_notification_mail_due` ON `notification`");
    await queryRunner.query("DROP TABLE `notification`");
  }
}
