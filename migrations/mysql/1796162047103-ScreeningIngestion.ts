import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class ScreeningIngestion1796162047103 implements MigrationInterface {
  name = 'ScreeningIngestion1796162047103';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `screening_carrier` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `kind` varchar(16) NOT NULL, `code` varchar(3) NOT NULL, `name` varchar(120) NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_9870ccaaa34d7d058ce3d548eb` (`state_id`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_carrier_key` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `carrier_id` int NOT NULL, `prefix` varchar(16) NOT NULL, `key_hash` varchar(64) NOT NULL, `label` varchar(80) NOT NULL DEFAULT '', `issued_by_id` int NULL, `issued_at` datetime(6) NOT NULL, `revoked_at` datetime(6) NULL, `revoked_by_id` int NULL, `last_used_at` datetime(6) NULL, `last_used_ip` varchar(64) NULL, UNIQUE INDEX `IDX_923fa63ce8ee7867b837b4f08f` (`key_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_message` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `kind` varchar(8) NULL, `status` varchar(20) NOT NULL, `screening_state` varchar(16) NOT NULL, `source` varchar(8) NOT NULL, `carrier_id` int NULL, `key_id` int NULL, `uploader_id` int NULL, `received_at` datetime(6) NOT NULL, `received_on` varchar(10) NOT NULL, `size` int NOT NULL, `error_count` int NOT NULL DEFAULT '0', `warning_count` int NOT NULL DEFAULT '0', `error_code` varchar(40) NULL, `diagnostics` text NOT NULL, `common_access` varchar(70) NULL, `parts_expected` int NULL, `open_group` varchar(110) NULL, `flight_carrier` varchar(3) NULL, `flight_number` varchar(8) NULL, `departure_local` varchar(16) NULL, `departure_location` varchar(8) NULL, `departure_country` varchar(3) NULL, `arrival_location` varchar(8) NULL, `arrival_country` varchar(3) NULL, `lead_minutes` int NULL, `traveller_count` int NOT NULL DEFAULT '0', `with_document` int NOT NULL DEFAULT '0', `with_date_of_birth` int NOT NULL DEFAULT '0', `with_nationality` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_b03ae2285cf5025fc7653cf4f2` (`state_id`, `open_group`), INDEX `IDX_aafaa8c06b151759561cadb40e` (`state_id`, `carrier_id`, `received_on`), INDEX `IDX_3bf751ebe4859db02f4f49def8` (`state_id`, `received_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_message_part` (`id` int NOT NULL AUTO_INCREMENT, `message_id` int NOT NULL, `state_id` int NOT NULL, `sequence` int NOT NULL, `final` tinyint NOT NULL DEFAULT 0, `content_hash` varchar(64) NOT NULL, `size` int NOT NULL, `raw_key_id` varchar(16) NOT NULL, `source` varchar(8) NOT NULL, `key_id` int NULL, `uploader_id` int NULL, `received_at` datetime(6) NOT NULL, INDEX `IDX_4ccee9cbaced31a65c94e5678e` (`raw_key_id`), UNIQUE INDEX `IDX_b3b38e8ad3758d280f705071ad` (`message_id`, `sequence`), UNIQUE INDEX `IDX_6dfa85311f86e33006151936c0` (`state_id`, `content_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_raw_chunk` (`part_id` int NOT NULL, `position` int NOT NULL, `data` blob NOT NULL, PRIMARY KEY (`part_id`, `position`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `screening_carrier` ADD CONSTRAINT `FK_9daf2adeb55bc5ffda2d356d4de` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `screening_carrier_key` ADD CONSTRAINT `FK_256d2f60cec0b9e8e2975e0f628` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `screening_carrier_key` ADD CONSTRAINT `FK_2b03f05bc73ebae609ed05ac1d0` FOREIGN KEY (`carrier_id`) REFERENCES `screening_carrier`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `screening_carrier_key` ADD CONSTRAINT `FK_89eb89eb823725840714c9779f9` FOREIGN KEY (`issued_by_id`) REFERENCES `user`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `screening_message` ADD CONSTRAINT `FK_eb32f519b742500560cfc970664` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `screening_message` ADD CONSTRAINT `FK_98f452ad69770336cac4fe3ba49` FOREIGN KEY (`carrier_id`) REFERENCES `screening_carrier`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `screening_message_part` ADD CONSTRAINT `FK_a5c179764e169ccb804768ec435` FOREIGN KEY (`message_id`) REFERENCES `screening_message`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `screening_raw_chunk` ADD CONSTRAINT `FK_48d715ff97c1b034148af03a83a` FOREIGN KEY (`part_id`) REFERENCES `screening_message_part`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `screening_raw_chunk` DROP FOREIGN KEY `FK_48d715ff97c1b034148af03a83a`");
    await queryRunner.query("ALTER TABLE `screening_message_part` DROP FOREIGN KEY `FK_a5c179764e169ccb804768ec435`");
    await queryRunner.query("ALTER TABLE `screening_message` DROP FOREIGN KEY `FK_98f452ad69770336cac4fe3ba49`");
    await queryRunner.query("ALTER TABLE `screening_message` DROP FOREIGN KEY `FK_eb32f519b742500560cfc970664`");
    await queryRunner.query("ALTER TABLE `screening_carrier_key` DROP FOREIGN KEY `FK_89eb89eb823725840714c9779f9`");
    await queryRunner.query("ALTER TABLE `screening_carrier_key` DROP FOREIGN KEY `FK_2b03f05bc73ebae609ed05ac1d0`");
    await queryRunner.query("ALTER TABLE `screening_carrier_key` DROP FOREIGN KEY `FK_256d2f60cec0b9e8e2975e0f628`");
    await queryRunner.query("ALTER TABLE `screening_carrier` DROP FOREIGN KEY `FK_9daf2adeb55bc5ffda2d356d4de`");
    await queryRunner.query("DROP TABLE `screening_raw_chunk`");
    await queryRunner.query("DROP INDEX `IDX_6dfa85311f86e33006151936c0` ON `screening_message_part`");
    await queryRunner.query("DROP INDEX `IDX_b3b38e8ad3758d280f705071ad` ON `screening_message_part`");
    await queryRunner.query("DROP INDEX `IDX_4ccee9cbaced31a65c94e5678e` ON `screening_message_part`");
    await queryRunner.query("DROP TABLE `screening_message_part`");
    await queryRunner.query("DROP INDEX `IDX_3bf751ebe4859db02f4f49def8` ON `screening_message`");
    await queryRunner.query("DROP INDEX `IDX_aafaa8c06b151759561cadb40e` ON `screening_message`");
    await queryRunner.query("DROP INDEX `IDX_b03ae2285cf5025fc7653cf4f2` ON `screening_message`");
    await queryRunner.query("DROP TABLE `screening_message`");
    await queryRunner.query("DROP INDEX `IDX_923fa63ce8ee7867b837b4f08f` ON `screening_carrier_key`");
    await queryRunner.query("DROP TABLE `screening_carrier_key`");
    await queryRunner.query("DROP INDEX `IDX_9870ccaaa34d7d058ce3d548eb` ON `screening_carrier`");
    await queryRunner.query("DROP TABLE `screening_carrier`");
  }
}
