import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class Library1796139155769 implements MigrationInterface {
  name = 'Library1796139155769';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `library_tag` (`resource_id` int NOT NULL, `tag` varchar(40) NOT NULL, INDEX `IDX_77039faa10bf78362eb85c76e3` (`tag`), PRIMARY KEY (`resource_id`, `tag`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `library_version` (`id` int NOT NULL AUTO_INCREMENT, `resource_id` int NOT NULL, `number` int NOT NULL, `sha256` varchar(64) NOT NULL, `size` int NOT NULL, `file_type` varchar(8) NOT NULL, `file_name` varchar(255) NOT NULL, `note` varchar(500) NOT NULL DEFAULT '', `uploaded_by_id` int NOT NULL, `uploaded_at` datetime(6) NOT NULL, `extraction_status` varchar(8) NOT NULL, `extracted_text` text NULL, UNIQUE INDEX `IDX_5e5ed2a6bd645365ba60de1320` (`resource_id`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `library_resource` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(8) NOT NULL, `title` varchar(200) NOT NULL, `summary` varchar(2000) NOT NULL DEFAULT '', `url` varchar(2000) NULL, `language` varchar(8) NOT NULL, `document_date` varchar(10) NULL, `status` varchar(16) NOT NULL, `review_note` varchar(500) NULL, `reviewed_by_id` int NULL, `reviewed_at` datetime(3) NULL, `author_id` int NOT NULL, `author_state_id` int NULL, `family_id` int NULL, `current_version_id` int NULL, `file_type` varchar(8) NULL, `file_size` int NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `deleted_at` datetime(6) NULL, `deleted_by_id` int NULL, `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, INDEX `IDX_3d117c38c8bf6be8923a319ed7` (`language`), INDEX `IDX_08a7796c616c5f5b6af1f20afe` (`author_id`), INDEX `IDX_d7003b060d9cf0a187643fdcd9` (`family_id`), INDEX `IDX_78e3d1758d63f5d0c9bc10d044` (`status`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `library_resource_pillar` (`resource_id` int NOT NULL, `pillar_id` int NOT NULL, INDEX `IDX_c20152e86ac93d9498e8860c7b` (`resource_id`), INDEX `IDX_dc2994f409ef6043d29bfdae39` (`pillar_id`), PRIMARY KEY (`resource_id`, `pillar_id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `library_tag` ADD CONSTRAINT `FK_77ed884b3cb7111627c6f01662b` FOREIGN KEY (`resource_id`) REFERENCES `library_resource`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `library_version` ADD CONSTRAINT `FK_8c4db60bbcbcb76fe44c43f1331` FOREIGN KEY (`resource_id`) REFERENCES `library_resource`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `library_version` ADD CONSTRAINT `FK_59aeb43ec51c146d69e2be1802e` FOREIGN KEY (`uploaded_by_id`) REFERENCES `user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `library_resource` ADD CONSTRAINT `FK_08a7796c616c5f5b6af1f20afe0` FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `library_resource_pillar` ADD CONSTRAINT `FK_c20152e86ac93d9498e8860c7b0` FOREIGN KEY (`resource_id`) REFERENCES `library_resource`(`id`) ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE `library_resource_pillar` ADD CONSTRAINT `FK_dc2994f409ef6043d29bfdae397` FOREIGN KEY (`pillar_id`) REFERENCES `pillar`(`id`) ON DELETE CASCADE ON UPDATE CASCADE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `library_resource_pillar` DROP FOREIGN KEY `FK_dc2994f409ef6043d29bfdae397`");
    await queryRunner.query("ALTER TABLE `library_resource_pillar` DROP FOREIGN KEY `FK_c20152e86ac93d9498e8860c7b0`");
    await queryRunner.query("ALTER TABLE `library_resource` DROP FOREIGN KEY `FK_08a7796c616c5f5b6af1f20afe0`");
    await queryRunner.query("ALTER TABLE `library_version` DROP FOREIGN KEY `FK_59aeb43ec51c146d69e2be1802e`");
    await queryRunner.query("ALTER TABLE `library_version` DROP FOREIGN KEY `FK_8c4db60bbcbcb76fe44c43f1331`");
    await queryRunner.query("ALTER TABLE `library_tag` DROP FOREIGN KEY `FK_77ed884b3cb7111627c6f01662b`");
    await queryRunner.query("DROP INDEX `IDX_dc2994f409ef6043d29bfdae39` ON `library_resource_pillar`");
    await queryRunner.query("DROP INDEX `IDX_c20152e86ac93d9498e8860c7b` ON `library_resource_pillar`");
    await queryRunner.query("DROP TABLE `library_resource_pillar`");
    await queryRunner.query("DROP INDEX `IDX_78e3d1758d63f5d0c9bc10d044` ON `library_resource`");
    await queryRunner.query("DROP INDEX `IDX_d7003b060d9cf0a187643fdcd9` ON `library_resource`");
    await queryRunner.query("DROP INDEX `IDX_08a7796c616c5f5b6af1f20afe` ON `library_resource`");
    await queryRunner.query("DROP INDEX `IDX_3d117c38c8bf6be8923a319ed7` ON `library_resource`");
    await queryRunner.query("DROP TABLE `library_resource`");
    await queryRunner.query("DROP INDEX `IDX_5e5ed2a6bd645365ba60de1320` ON `library_version`");
    await queryRunner.query("DROP TABLE `library_version`");
    await queryRunner.query("DROP INDEX `IDX_77039faa10bf78362eb85c76e3` ON `library_tag`");
    await queryRunner.query("DROP TABLE `library_tag`");
  }
}
