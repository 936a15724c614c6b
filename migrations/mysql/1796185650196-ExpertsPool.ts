import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class ExpertsPool1796185650196 implements MigrationInterface {
  name = 'ExpertsPool1796185650196';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `expert_request` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `roadmap_step_id` int NULL, `pillar` varchar(32) NOT NULL, `topic` varchar(200) NOT NULL, `description` text NOT NULL, `language` varchar(8) NOT NULL, `format` varchar(16) NOT NULL, `starts_on` varchar(10) NOT NULL, `ends_on` varchar(10) NOT NULL, `effort_days` int NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'open', `created_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, INDEX `IDX_8164217a46e21aff9b6ae13449` (`state_id`, `status`), INDEX `IDX_ac46e496c647bf3a3d3a6a0b89` (`status`, `starts_on`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `expert_profile` (`id` int NOT NULL AUTO_INCREMENT, `user_id` int NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'pending', `backgrounds` varchar(100) NOT NULL DEFAULT '', `pillars` varchar(100) NOT NULL DEFAULT '', `languages` varchar(100) NOT NULL DEFAULT '', `regions` varchar(100) NOT NULL DEFAULT '', `organisation` varchar(200) NOT NULL DEFAULT '', `country_code` varchar(3) NULL, `biography` text NOT NULL, `consent` tinyint NOT NULL DEFAULT 0, `vetted_by_id` int NULL, `vetted_at` datetime(6) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_76697465553c1de9e38b3e4b58` (`status`), UNIQUE INDEX `REL_423a72032fbe00bb7efd2e168b` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `expert_engagement` (`id` int NOT NULL AUTO_INCREMENT, `request_id` int NOT NULL, `expert_id` int NOT NULL, `expert_user_id` int NOT NULL, `state_id` int NOT NULL, `starts_on` varchar(10) NOT NULL, `ends_on` varchar(10) NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'proposed', `outside_availability_reason` varchar(500) NULL, `proposed_by_id` int NOT NULL, `responded_at` datetime(6) NULL, `confirmed_by_id` int NULL, `confirmed_at` datetime(6) NULL, `closed_at` datetime(6) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_3047fc4103d0b589f36cf22acc` (`expert_id`), INDEX `IDX_8203f7795c1275954cfc30a1c9` (`request_id`), INDEX `IDX_c3ad98f17b87403afc26cd0772` (`state_id`, `status`), INDEX `IDX_7d7a1e043791f107a7657d51f9` (`expert_user_id`, `status`, `starts_on`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `expert_feedback` (`id` int NOT NULL AUTO_INCREMENT, `engagement_id` int NOT NULL, `side` varchar(8) NOT NULL, `knowledge` int NULL, `communication` int NULL, `responsiveness` int NULL, `fit` int NULL, `would_engage_again` tinyint NULL, `rating` int NULL, `comment` text NOT NULL, `comment_withheld` tinyint NOT NULL DEFAULT 0, `reply` text NULL, `author_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_32c239066a15285c21aad4ced9` (`engagement_id`, `side`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `expert_availability` (`id` int NOT NULL AUTO_INCREMENT, `expert_id` int NOT NULL, `kind` varchar(16) NOT NULL, `starts_on` varchar(10) NOT NULL, `ends_on` varchar(10) NOT NULL, `note` varchar(200) NOT NULL DEFAULT '', INDEX `IDX_034f78f8fe1c9bca08cdcc83e6` (`expert_id`, `starts_on`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `expert_session` (`id` int NOT NULL AUTO_INCREMENT, `engagement_id` int NOT NULL, `held_on` varchar(10) NOT NULL, `topics` varchar(500) NOT NULL, `minutes` int NOT NULL, `resource_ids` varchar(500) NOT NULL DEFAULT '', `recorded_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_a28b70c3e3544b4cef13e16d0a` (`engagement_id`, `held_on`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `expert_request` ADD CONSTRAINT `FK_6cf1dbb14a0f87bd6440c856b7d` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `expert_profile` ADD CONSTRAINT `FK_423a72032fbe00bb7efd2e168b1` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `expert_engagement` ADD CONSTRAINT `FK_8203f7795c1275954cfc30a1c9a` FOREIGN KEY (`request_id`) REFERENCES `expert_request`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `expert_engagement` ADD CONSTRAINT `FK_3047fc4103d0b589f36cf22acc9` FOREIGN KEY (`expert_id`) REFERENCES `expert_profile`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `expert_feedback` ADD CONSTRAINT `FK_4db688dfdd0f7ffce399d271c99` FOREIGN KEY (`engagement_id`) REFERENCES `expert_engagement`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `expert_availability` ADD CONSTRAINT `FK_a70e2e496643189f474cfd5bbb9` FOREIGN KEY (`expert_id`) REFERENCES `expert_profile`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `expert_session` ADD CONSTRAINT `FK_73612dca41585f23d2e5a2795bf` FOREIGN KEY (`engagement_id`) REFERENCES `expert_engagement`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `expert_session` DROP FOREIGN KEY `FK_73612dca41585f23d2e5a2795bf`");
    await queryRunner.query("ALTER TABLE `expert_availability` DROP FOREIGN KEY `FK_a70e2e496643189f474cfd5bbb9`");
    await queryRunner.query("ALTER TABLE `expert_feedback` DROP FOREIGN KEY `FK_4db688dfdd0f7ffce399d271c99`");
    await queryRunner.query("ALTER TABLE `expert_engagement` DROP FOREIGN KEY `FK_3047fc4103d0b589f36cf22acc9`");
    await queryRunner.query("ALTER TABLE `expert_engagement` DROP FOREIGN KEY `FK_8203f7795c1275954cfc30a1c9a`");
    await queryRunner.query("ALTER TABLE `expert_profile` DROP FOREIGN KEY `FK_423a72032fbe00bb7efd2e168b1`");
    await queryRunner.query("ALTER TABLE `expert_request` DROP FOREIGN KEY `FK_6cf1dbb14a0f87bd6440c856b7d`");
    await queryRunner.query("DROP INDEX `IDX_a28b70c3e3544b4cef13e16d0a` ON `expert_session`");
    await queryRunner.query("DROP TABLE `expert_session`");
    await queryRunner.query("DROP INDEX `IDX_034f78f8fe1c9bca08cdcc83e6` ON `expert_availability`");
    await queryRunner.query("DROP TABLE `expert_availability`");
    await queryRunner.query("DROP INDEX `IDX_32c239066a15285c21aad4ced9` ON `expert_feedback`");
    await queryRunner.query("DROP TABLE `expert_feedback`");
    await queryRunner.query("DROP INDEX `IDX_7d7a1e043791f107a7657d51f9` ON `expert_engagement`");
    await queryRunner.query("DROP INDEX `IDX_c3ad98f17b87403afc26cd0772` ON `expert_engagement`");
    await queryRunner.query("DROP INDEX `IDX_8203f7795c1275954cfc30a1c9` ON `expert_engagement`");
    await queryRunner.query("DROP INDEX `IDX_3047fc4103d0b589f36cf22acc` ON `expert_engagement`");
    await queryRunner.query("DROP TABLE `expert_engagement`");
    await queryRunner.query("DROP INDEX `REL_423a72032fbe00bb7efd2e168b` ON `expert_profile`");
    await queryRunner.query("DROP INDEX `IDX_76697465553c1de9e38b3e4b58` ON `expert_profile`");
    await queryRunner.query("DROP TABLE `expert_profile`");
    await queryRunner.query("DROP INDEX `IDX_ac46e496c647bf3a3d3a6a0b89` ON `expert_request`");
    await queryRunner.query("DROP INDEX `IDX_8164217a46e21aff9b6ae13449` ON `expert_request`");
    await queryRunner.query("DROP TABLE `expert_request`");
  }
}
