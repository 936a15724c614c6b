import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class StateDocuments1796186527374 implements MigrationInterface {
  name = 'StateDocuments1796186527374';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `document_template` (`id` int NOT NULL AUTO_INCREMENT, `title` varchar(200) NOT NULL, `kind` varchar(24) NOT NULL, `pillar` varchar(32) NOT NULL, `language` varchar(8) NOT NULL, `draft` text NOT NULL, `latest_version` int NOT NULL DEFAULT '0', `revision` int NOT NULL, `created_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `document_template_version` (`id` int NOT NULL AUTO_INCREMENT, `template_id` int NOT NULL, `number` int NOT NULL, `title` varchar(200) NOT NULL, `content` text NOT NULL, `note` varchar(500) NOT NULL DEFAULT '', `published_by_id` int NOT NULL, `published_by_name` varchar(120) NOT NULL, `published_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_6c7e91949694492fd78bb4451b` (`template_id`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `state_document` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `template_id` int NOT NULL, `template_version` int NOT NULL, `title` varchar(200) NOT NULL, `language` varchar(8) NOT NULL, `status` varchar(16) NOT NULL, `content` text NOT NULL, `answers` text NOT NULL, `family_id` int NULL, `revision_number` int NOT NULL DEFAULT '1', `previous_id` int NULL, `focal_approved_by_id` int NULL, `focal_approved_by_name` varchar(120) NULL, `focal_approved_at` datetime(3) NULL, `staff_approved_by_id` int NULL, `staff_approved_by_name` varchar(120) NULL, `staff_approved_at` datetime(3) NULL, `revision` int NOT NULL, `created_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, INDEX `IDX_dd9bb1901b7b95a9d82bf06a5f` (`template_id`), INDEX `IDX_fd506827b0e5d4ee0f55e21ef8` (`family_id`), INDEX `IDX_41c1ca44748c41d3a65ca793ab` (`state_id`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `state_document_comment` (`id` int NOT NULL AUTO_INCREMENT, `document_id` int NOT NULL, `section_key` varchar(16) NOT NULL, `author_id` int NOT NULL, `author_name` varchar(120) NOT NULL, `author_role` varchar(16) NOT NULL, `body` text NOT NULL, `created_at` datetime(3) NOT NULL, INDEX `IDX_0c65af643df0c0115090960828` (`document_id`, `section_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `state_document_decision` (`id` int NOT NULL AUTO_INCREMENT, `document_id` int NOT NULL, `section_key` varchar(16) NOT NULL, `section_title` varchar(200) NOT NULL, `from_version` int NOT NULL, `to_version` int NOT NULL, `decision` varchar(8) NOT NULL, `decided_by_id` int NOT NULL, `decided_by_name` varchar(120) NOT NULL, `decided_at` datetime(3) NOT NULL, INDEX `IDX_33e634f9ed7026c8dc78a342dc` (`document_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_33e634f9ed7026c8dc78a342dc` ON `state_document_decision`");
    await queryRunner.query("DROP TABLE `state_document_decision`");
    await queryRunner.query("DROP INDEX `IDX_0c65af643df0c0115090960828` ON `state_document_comment`");
    await queryRunner.query("DROP TABLE `state_document_comment`");
    await queryRunner.query("DROP INDEX `IDX_41c1ca44748c41d3a65ca793ab` ON `state_document`");
    await queryRunner.query("DROP INDEX `IDX_fd506827b0e5d4ee0f55e21ef8` ON `state_document`");
    await queryRunner.query("DROP INDEX `IDX_dd9bb1901b7b95a9d82bf06a5f` ON `state_document`");
    await queryRunner.query("DROP TABLE `state_document`");
    await queryRunner.query("DROP INDEX `IDX_6c7e91949694492fd78bb4451b` ON `document_template_version`");
    await queryRunner.query("DROP TABLE `document_template_version`");
    await queryRunner.query("DROP TABLE `document_template`");
  }
}
