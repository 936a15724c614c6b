import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class IwgForums1796139881694 implements MigrationInterface {
  name = 'IwgForums1796139881694';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `iwg` (`id` int NOT NULL AUTO_INCREMENT, `region_id` int NOT NULL, `name` varchar(200) NOT NULL, `closed_at` datetime(3) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_ba918ee19f63b7981941c9844f` (`region_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `iwg_participant` (`id` int NOT NULL AUTO_INCREMENT, `iwg_id` int NOT NULL, `user_id` int NOT NULL, `kind` varchar(16) NOT NULL, `added_by_id` int NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_fce331b7bbf508d9141147faa8` (`user_id`), UNIQUE INDEX `IDX_286bdc2ce55400e9a83316e7ac` (`iwg_id`, `user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `iwg_position` (`id` int NOT NULL AUTO_INCREMENT, `iwg_id` int NOT NULL, `position` varchar(48) NOT NULL, `state_id` int NOT NULL, UNIQUE INDEX `IDX_1dfa1ee174b5b81fe1b8a2893e` (`iwg_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `forum_category` (`id` int NOT NULL AUTO_INCREMENT, `iwg_id` int NOT NULL, `kind` varchar(16) NOT NULL, `pillar_code` varchar(32) NULL, `name` varchar(120) NULL, `position` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, INDEX `IDX_0319a0eb8fae4c77be219e4c49` (`iwg_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `forum_post` (`id` int NOT NULL AUTO_INCREMENT, `thread_id` int NOT NULL, `author_id` int NOT NULL, `body` text NOT NULL, `html` text NOT NULL, `reply_to_id` int NULL, `language` varchar(8) NULL, `revision` int NOT NULL DEFAULT '1', `edited_at` datetime(3) NULL, `hidden_at` datetime(3) NULL, `hidden_by_id` int NULL, `hidden_reason` varchar(500) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, INDEX `IDX_5183f8dfb3080d56b0d9d8d285` (`thread_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `forum_post_revision` (`id` int NOT NULL AUTO_INCREMENT, `post_id` int NOT NULL, `revision` int NOT NULL, `body` text NOT NULL, `author_id` int NOT NULL, `replaced_by_id` int NOT NULL, `replaced_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_ed0a43647f661eaf48dc07fae7` (`post_id`, `revision`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `forum_reaction` (`id` int NOT NULL AUTO_INCREMENT, `post_id` int NOT NULL, `user_id` int NOT NULL, `kind` varchar(16) NOT NULL, UNIQUE INDEX `IDX_500066b889455e3ecd224a95db` (`post_id`, `user_id`, `kind`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `forum_read_mark` (`user_id` int NOT NULL, `iwg_id` int NOT NULL, `up_to_post_id` int NOT NULL, INDEX `IDX_3e90ae531c7c10b9f4e06019ba` (`iwg_id`), PRIMARY KEY (`user_id`, `iwg_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `forum_read_state` (`user_id` int NOT NULL, `thread_id` int NOT NULL, `last_read_post_id` int NOT NULL, PRIMARY KEY (`user_id`, `thread_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `forum_thread` (`id` int NOT NULL AUTO_INCREMENT, `iwg_id` int NOT NULL, `category_id` int NOT NULL, `title` varchar(200) NOT NULL, `author_id` int NOT NULL, `pinned` tinyint NOT NULL DEFAULT 0, `locked` tinyint NOT NULL DEFAULT 0, `post_count` int NOT NULL DEFAULT '0', `last_post_id` int NOT NULL DEFAULT '0', `last_post_at` datetime(3) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, INDEX `IDX_6283a55fa3a4d07cc5e741ef7b` (`iwg_id`, `last_post_id`), INDEX `IDX_ea5c5cd98d04a15faeaed571d6` (`category_id`, `pinned`, `last_post_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `forum_watch` (`user_id` int NOT NULL, `target_type` varchar(16) NOT NULL, `target_id` int NOT NULL, `level` varchar(16) NOT NULL, INDEX `IDX_917c9e57b8facad407078f5342` (`target_type`, `target_id`), PRIMARY KEY (`user_id`, `target_type`, `target_id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `iwg` ADD CONSTRAINT `FK_ba918ee19f63b7981941c9844fe` FOREIGN KEY (`region_id`) REFERENCES `iwg_region`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `iwg_participant` ADD CONSTRAINT `FK_4ba3f47fea6db1a9801478d2544` FOREIGN KEY (`iwg_id`) REFERENCES `iwg`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `iwg_participant` ADD CONSTRAINT `FK_fce331b7bbf508d9141147faa80` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `iwg_position` ADD CONSTRAINT `FK_217e23127f0aebc4e3a92b36693` FOREIGN KEY (`iwg_id`) REFERENCES `iwg`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `iwg_position` ADD CONSTRAINT `FK_cec390cd1566c70bd2d1301738b` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `iwg_position` DROP FOREIGN KEY `FK_cec390cd1566c70bd2d1301738b`");
    await queryRunner.query("ALTER TABLE `iwg_position` DROP FOREIGN KEY `FK_217e23127f0aebc4e3a92b36693`");
    await queryRunner.query("ALTER TABLE `iwg_participant` DROP FOREIGN KEY `FK_fce331b7bbf508d9141147faa80`");
    await queryRunner.query("ALTER TABLE `iwg_participant` DROP FOREIGN KEY `FK_4ba3f47fea6db1a9801478d2544`");
    await queryRunner.query("ALTER TABLE `iwg` DROP FOREIGN KEY `FK_ba918ee19f63b7981941c9844fe`");
    await queryRunner.query("DROP INDEX `IDX_917c9e57b8facad407078f5342` ON `forum_watch`");
    await queryRunner.query("DROP TABLE `forum_watch`");
    await queryRunner.query("DROP INDEX `IDX_ea5c5cd98d04a15faeaed571d6` ON `forum_thread`");
    await queryRunner.query("DROP INDEX `IDX_6283a55fa3a4d07cc5e741ef7b` ON `forum_thread`");
    await queryRunner.query("DROP TABLE `forum_thread`");
    await queryRunner.query("DROP TABLE `forum_read_state`");
    await queryRunner.query("DROP INDEX `IDX_3e90ae531c7c10b9f4e06019ba` ON `forum_read_mark`");
    await queryRunner.query("DROP TABLE `forum_read_mark`");
    await queryRunner.query("DROP INDEX `IDX_500066b889455e3ecd224a95db` ON `forum_reaction`");
    await queryRunner.query("DROP TABLE `forum_reaction`");
    await queryRunner.query("DROP INDEX `IDX_ed0a43647f661eaf48dc07fae7` ON `forum_post_revision`");
    await queryRunner.query("DROP TABLE `forum_post_revision`");
    await queryRunner.query("DROP INDEX `IDX_5183f8dfb3080d56b0d9d8d285` ON `forum_post`");
    await queryRunner.query("DROP TABLE `forum_post`");
    await queryRunner.query("DROP INDEX `IDX_0319a0eb8fae4c77be219e4c49` ON `forum_category`");
    await queryRunner.query("DROP TABLE `forum_category`");
    await queryRunner.query("DROP INDEX `IDX_1dfa1ee174b5b81fe1b8a2893e` ON `iwg_position`");
    await queryRunner.query("DROP TABLE `iwg_position`");
    await queryRunner.query("DROP INDEX `IDX_286bdc2ce55400e9a83316e7ac` ON `iwg_participant`");
    await queryRunner.query("DROP INDEX `IDX_fce331b7bbf508d9141147faa8` ON `iwg_participant`");
    await queryRunner.query("DROP TABLE `iwg_participant`");
    await queryRunner.query("DROP INDEX `IDX_ba918ee19f63b7981941c9844f` ON `iwg`");
    await queryRunner.query("DROP TABLE `iwg`");
  }
}
