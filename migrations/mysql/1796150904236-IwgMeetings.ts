import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class IwgMeetings1796150904236 implements MigrationInterface {
  name = 'IwgMeetings1796150904236';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `iwg_meeting_agenda_item` (`id` int NOT NULL AUTO_INCREMENT, `meeting_id` int NOT NULL, `position` int NOT NULL, `title` varchar(300) NOT NULL, `presenter` varchar(200) NULL, `duration_minutes` int NULL, INDEX `IDX_bdec570bab830a18ba4b45c05d` (`meeting_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `iwg_meeting` (`id` int NOT NULL AUTO_INCREMENT, `iwg_id` int NOT NULL, `title` varchar(200) NOT NULL, `starts_at` datetime(3) NOT NULL, `ends_at` datetime(3) NOT NULL, `time_zone` varchar(64) NOT NULL, `mode` varchar(16) NOT NULL, `online_url` varchar(500) NULL, `place` varchar(300) NULL, `status` varchar(16) NOT NULL DEFAULT 'scheduled', `sequence` int NOT NULL DEFAULT '0', `minutes` text NULL, `minutes_html` text NULL, `minutes_recorded_at` datetime(3) NULL, `thread_id` int NULL, `created_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, INDEX `IDX_49e7029c5a1b603673f44099eb` (`status`, `starts_at`), INDEX `IDX_f961d7b4930c6625ccbe2fe074` (`iwg_id`, `starts_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `iwg_action_item` (`id` int NOT NULL AUTO_INCREMENT, `meeting_id` int NOT NULL, `iwg_id` int NOT NULL, `title` varchar(500) NOT NULL, `owner_id` int NOT NULL, `due_on` varchar(10) NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'open', `reminder_sent_for` varchar(10) NULL, `created_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_2e07ebcf37c1e269739b83cdfe` (`meeting_id`), INDEX `IDX_676abf107ac6f8041100b35b50` (`iwg_id`, `status`, `due_on`), INDEX `IDX_e9c853734841622f2e69e49367` (`owner_id`, `status`, `due_on`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `iwg_meeting_agenda_item` ADD CONSTRAINT `FK_0c0ae1e2be1a8921392d2312317` FOREIGN KEY (`meeting_id`) REFERENCES `iwg_meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `iwg_meeting` ADD CONSTRAINT `FK_661876cd346e45c065d9d77b8e9` FOREIGN KEY (`iwg_id`) REFERENCES `iwg`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `iwg_action_item` ADD CONSTRAINT `FK_2e07ebcf37c1e269739b83cdfeb` FOREIGN KEY (`meeting_id`) REFERENCES `iwg_meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `iwg_action_item` ADD CONSTRAINT `FK_60e8df211c172675e52ec478baa` FOREIGN KEY (`owner_id`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `iwg_action_item` DROP FOREIGN KEY `FK_60e8df211c172675e52ec478baa`");
    await queryRunner.query("ALTER TABLE `iwg_action_item` DROP FOREIGN KEY `FK_2e07ebcf37c1e269739b83cdfeb`");
    await queryRunner.query("ALTER TABLE `iwg_meeting` DROP FOREIGN KEY `FK_661876cd346e45c065d9d77b8e9`");
    await queryRunner.query("ALTER TABLE `iwg_meeting_agenda_item` DROP FOREIGN KEY `FK_0c0ae1e2be1a8921392d2312317`");
    await queryRunner.query("DROP INDEX `IDX_e9c853734841622f2e69e49367` ON `iwg_action_item`");
    await queryRunner.query("DROP INDEX `IDX_676abf107ac6f8041100b35b50` ON `iwg_action_item`");
    await queryRunner.query("DROP INDEX `IDX_2e07ebcf37c1e269739b83cdfe` ON `iwg_action_item`");
    await queryRunner.query("DROP TABLE `iwg_action_item`");
    await queryRunner.query("DROP INDEX `IDX_f961d7b4930c6625ccbe2fe074` ON `iwg_meeting`");
    await queryRunner.query("DROP INDEX `IDX_49e7029c5a1b603673f44099eb` ON `iwg_meeting`");
    await queryRunner.query("DROP TABLE `iwg_meeting`");
    await queryRunner.query("DROP INDEX `IDX_bdec570bab830a18ba4b45c05d` ON `iwg_meeting_agenda_item`");
    await queryRunner.query("DROP TABLE `iwg_meeting_agenda_item`");
  }
}
