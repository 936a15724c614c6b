import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class MemberStateRecordAssessments1796185603796 implements MigrationInterface {
  name = 'MemberStateRecordAssessments1796185603796';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `state_record` (`state_id` int NOT NULL, `deployment_status` varchar(16) NOT NULL DEFAULT 'none', `maritime_applies` tinyint NOT NULL DEFAULT 0, `context_note` text NULL, `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`state_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `programme_status_change` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `from_status` varchar(16) NULL, `to_status` varchar(16) NULL, `effective_on` varchar(10) NOT NULL, `note` varchar(500) NULL, `recorded_by_id` int NULL, `recorded_by_name` varchar(200) NULL, `recorded_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_627f155154c11d55512bcf8a71` (`state_id`, `effective_on`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `state_key_date` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `label` varchar(200) NOT NULL, `occurs_on` varchar(10) NOT NULL, INDEX `IDX_2b570d9f532475bffbbf48aae4` (`state_id`, `occurs_on`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `state_roadmap_share` (`state_id` int NOT NULL, `partner_id` int NOT NULL, `shared_by_id` int NULL, `shared_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`state_id`, `partner_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `assessment_indicator` (`id` int NOT NULL AUTO_INCREMENT, `pillar` varchar(32) NOT NULL, `code` varchar(16) NOT NULL, `text` varchar(500) NOT NULL, `guidance` text NULL, `active` tinyint NOT NULL DEFAULT 1, `position` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_faaafc403414261de9094b3c23` (`code`), INDEX `IDX_375fb290ba51c068c555741edf` (`pillar`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `assessment` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `title` varchar(200) NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'draft', `fieldwork_from` varchar(10) NULL, `fieldwork_to` varchar(10) NULL, `created_by_id` int NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `finalised_at` datetime(6) NULL, `finalised_by_id` int NULL, `version` int NOT NULL DEFAULT '1', INDEX `IDX_60aec0748dabb0eec4f698d3b0` (`state_id`, `status`, `finalised_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `assessment_answer` (`id` int NOT NULL AUTO_INCREMENT, `assessment_id` int NOT NULL, `indicator_id` int NOT NULL, `level` int NULL, `evidence` text NULL, `findings` text NULL, `recommendations` text NULL, `updated_by_id` int NULL, `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_b057da7abc3ee2706db72d7383` (`assessment_id`, `indicator_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `assessment_comment` (`id` int NOT NULL AUTO_INCREMENT, `assessment_id` int NOT NULL, `indicator_id` int NULL, `author_id` int NULL, `author_name` varchar(200) NOT NULL, `body` text NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_6b71e8addac683fdf39e970bb2` (`assessment_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `state_record` ADD CONSTRAINT `FK_3faa614f89e95496ef660bd9205` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `programme_status_change` ADD CONSTRAINT `FK_0aa9c48c6b1e4aefe9deb7355c7` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `state_key_date` ADD CONSTRAINT `FK_42777ce6548203a7851df18042d` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `state_roadmap_share` ADD CONSTRAINT `FK_d759cbe2d889c42388a6f545a9d` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `state_roadmap_share` ADD CONSTRAINT `FK_474a3bcbb233470c5ff953c400f` FOREIGN KEY (`partner_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `assessment` ADD CONSTRAINT `FK_d70d996eaddf49268752d9166e6` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `assessment_answer` ADD CONSTRAINT `FK_a3eb2246460bab17fc03fb0537b` FOREIGN KEY (`assessment_id`) REFERENCES `assessment`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `assessment_answer` ADD CONSTRAINT `FK_8cc4c8ad8125e421e499ed7091a` FOREIGN KEY (`indicator_id`) REFERENCES `assessment_indicator`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `assessment_comment` ADD CONSTRAINT `FK_5dcc3de1de8775318660360fad7` FOREIGN KEY (`assessment_id`) REFERENCES `assessment`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    // The status called `beneficiary` is `joined` now; each State's current status starts its
    // history (recorded by nobody, on the day the organisation row last changed).
    await queryRunner.query("UPDATE `organisation` SET `programme_status` = 'joined' WHERE `programme_status` = 'beneficiary'");
    await queryRunner.query("INSERT INTO `programme_status_change` (`state_id`, `from_status`, `to_status`, `effective_on`) SELECT `id`, NULL, `programme_status`, DATE_FORMAT(`updated_at`, '%Y-%m-%d') FROM `organisation` WHERE `kind` = 'state' AND `programme_status` IS NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE `organisation` SET `programme_status` = 'beneficiary' WHERE `programme_status` = 'joined'");
    await queryRunner.query("UPDATE `organisation` SET `programme_status` = 'implementing' WHERE `programme_status` = 'graduated'");
    await queryRunner.query("ALTER TABLE `assessment_comment` DROP FOREIGN KEY `FK_5dcc3de1de8775318660360fad7`");
    await queryRunner.query("ALTER TABLE `assessment_answer` DROP FOREIGN KEY `FK_8cc4c8ad8125e421e499ed7091a`");
    await queryRunner.query("ALTER TABLE `assessment_answer` DROP FOREIGN KEY `FK_a3eb2246460bab17fc03fb0537b`");
    await queryRunner.query("ALTER TABLE `assessment` DROP FOREIGN KEY `FK_d70d996eaddf49268752d9166e6`");
    await queryRunner.query("ALTER TABLE `state_roadmap_share` DROP FOREIGN KEY `FK_474a3bcbb233470c5ff953c400f`");
    await queryRunner.query("ALTER TABLE `state_roadmap_share` DROP FOREIGN KEY `FK_d759cbe2d889c42388a6f545a9d`");
    await queryRunner.query("ALTER TABLE `state_key_date` DROP FOREIGN KEY `FK_42777ce6548203a7851df18042d`");
    await queryRunner.query("ALTER TABLE `programme_status_change` DROP FOREIGN KEY `FK_0aa9c48c6b1e4aefe9deb7355c7`");
    await queryRunner.query("ALTER TABLE `state_record` DROP FOREIGN KEY `FK_3faa614f89e95496ef660bd9205`");
    await queryRunner.query("DROP INDEX `IDX_6b71e8addac683fdf39e970bb2` ON `assessment_comment`");
    await queryRunner.query("DROP TABLE `assessment_comment`");
    await queryRunner.query("DROP INDEX `IDX_b057da7abc3ee2706db72d7383` ON `assessment_answer`");
    await queryRunner.query("DROP TABLE `assessment_answer`");
    await queryRunner.query("DROP INDEX `IDX_60aec0748dabb0eec4f698d3b0` ON `assessment`");
    await queryRunner.query("DROP TABLE `assessment`");
    await queryRunner.query("DROP INDEX `IDX_375fb290ba51c068c555741edf` ON `assessment_indicator`");
    await queryRunner.query("DROP INDEX `IDX_faaafc403414261de9094b3c23` ON `assessment_indicator`");
    await queryRunner.query("DROP TABLE `assessment_indicator`");
    await queryRunner.query("DROP TABLE `state_roadmap_share`");
    await queryRunner.query("DROP INDEX `IDX_2b570d9f532475bffbbf48aae4` ON `state_key_date`");
    await queryRunner.query("DROP TABLE `state_key_date`");
    await queryRunner.query("DROP INDEX `IDX_627f155154c11d55512bcf8a71` ON `programme_status_change`");
    await queryRunner.query("DROP TABLE `programme_status_change`");
    await queryRunner.query("DROP TABLE `state_record`");
  }
}
