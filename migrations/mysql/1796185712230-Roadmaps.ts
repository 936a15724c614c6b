import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class Roadmaps1796185712230 implements MigrationInterface {
  name = 'Roadmaps1796185712230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `roadmap_step` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `pillar` varchar(32) NOT NULL, `title` varchar(200) NOT NULL, `description` text NOT NULL, `owner_id` int NULL, `start_on` varchar(10) NOT NULL, `due_on` varchar(10) NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'not-started', `blocked_reason` varchar(500) NULL, `weight` int NOT NULL DEFAULT '1', `source_assessment_id` int NULL, `source_indicator_id` int NULL, `created_by_id` int NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL DEFAULT '1', INDEX `IDX_2252f983d76271ad39d34e2e61` (`state_id`, `source_assessment_id`, `source_indicator_id`), INDEX `IDX_b8e89d060286b641e2c5b209d6` (`status`, `due_on`), INDEX `IDX_6a349c377ddb9fd2c71fa1f95e` (`state_id`, `pillar`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `roadmap_step_change` (`id` int NOT NULL AUTO_INCREMENT, `step_id` int NOT NULL, `kind` varchar(16) NOT NULL, `author_id` int NULL, `author_name` varchar(200) NOT NULL, `changes` text NOT NULL, `at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_2801ba25e568f0c343c747faf6` (`step_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `roadmap_step_dependency` (`step_id` int NOT NULL, `depends_on_id` int NOT NULL, INDEX `IDX_6beddde465aab76a897d3602df` (`depends_on_id`), PRIMARY KEY (`step_id`, `depends_on_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `roadmap_step_link` (`id` int NOT NULL AUTO_INCREMENT, `step_id` int NOT NULL, `kind` varchar(16) NOT NULL, `target_id` int NOT NULL, `created_by_id` int NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_aa2779f06d75be72b1bccdedfb` (`kind`, `target_id`), UNIQUE INDEX `IDX_4685b6fc0c3aac9afd64afc4fd` (`step_id`, `kind`, `target_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `roadmap_step` ADD CONSTRAINT `FK_8636e74b4b7f987d013b1bac55a` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `roadmap_step` ADD CONSTRAINT `FK_c00f760b1af179fb4938acad4fa` FOREIGN KEY (`owner_id`) REFERENCES `user`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `roadmap_step_change` ADD CONSTRAINT `FK_c0ec5f99fee84d708e389c7ed2d` FOREIGN KEY (`step_id`) REFERENCES `roadmap_step`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `roadmap_step_dependency` ADD CONSTRAINT `FK_cfa179ee3d0d3b32501ef8b90c6` FOREIGN KEY (`step_id`) REFERENCES `roadmap_step`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `roadmap_step_dependency` ADD CONSTRAINT `FK_6beddde465aab76a897d3602df2` FOREIGN KEY (`depends_on_id`) REFERENCES `roadmap_step`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `roadmap_step_link` ADD CONSTRAINT `FK_98e3f0251a88c4a22be82965a47` FOREIGN KEY (`step_id`) REFERENCES `roadmap_step`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `roadmap_step_link` DROP FOREIGN KEY `FK_98e3f0251a88c4a22be82965a47`");
    await queryRunner.query("ALTER TABLE `roadmap_step_dependency` DROP FOREIGN KEY `FK_6beddde465aab76a897d3602df2`");
    await queryRunner.query("ALTER TABLE `roadmap_step_dependency` DROP FOREIGN KEY `FK_cfa179ee3d0d3b32501ef8b90c6`");
    await queryRunner.query("ALTER TABLE `roadmap_step_change` DROP FOREIGN KEY `FK_c0ec5f99fee84d708e389c7ed2d`");
    await queryRunner.query("ALTER TABLE `roadmap_step` DROP FOREIGN KEY `FK_c00f760b1af179fb4938acad4fa`");
    await queryRunner.query("ALTER TABLE `roadmap_step` DROP FOREIGN KEY `FK_8636e74b4b7f987d013b1bac55a`");
    await queryRunner.query("DROP INDEX `IDX_4685b6fc0c3aac9afd64afc4fd` ON `roadmap_step_link`");
    await queryRunner.query("DROP INDEX `IDX_aa2779f06d75be72b1bccdedfb` ON `roadmap_step_link`");
    await queryRunner.query("DROP TABLE `roadmap_step_link`");
    await queryRunner.query("DROP INDEX `IDX_6beddde465aab76a897d3602df` ON `roadmap_step_dependency`");
    await queryRunner.query("DROP TABLE `roadmap_step_dependency`");
    await queryRunner.query("DROP INDEX `IDX_2801ba25e568f0c343c747faf6` ON `roadmap_step_change`");
    await queryRunner.query("DROP TABLE `roadmap_step_change`");
    await queryRunner.query("DROP INDEX `IDX_6a349c377ddb9fd2c71fa1f95e` ON `roadmap_step`");
    await queryRunner.query("DROP INDEX `IDX_b8e89d060286b641e2c5b209d6` ON `roadmap_step`");
    await queryRunner.query("DROP INDEX `IDX_2252f983d76271ad39d34e2e61` ON `roadmap_step`");
    await queryRunner.query("DROP TABLE `roadmap_step`");
  }
}
