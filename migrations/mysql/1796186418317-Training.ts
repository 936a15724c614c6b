import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class Training1796186418317 implements MigrationInterface {
  name = 'Training1796186418317';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `training_course` (`id` int NOT NULL AUTO_INCREMENT, `title` varchar(200) NOT NULL, `summary` varchar(2000) NOT NULL DEFAULT '', `source` text NOT NULL, `current_version_id` int NULL, `created_by_id` int NOT NULL, `revision` int NOT NULL DEFAULT '1', `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `training_enrolment` (`id` int NOT NULL AUTO_INCREMENT, `course_id` int NOT NULL, `user_id` int NOT NULL, `version_id` int NOT NULL, `enrolled_by_id` int NOT NULL, `enrolled_at` datetime(3) NOT NULL, `completed_at` datetime(3) NULL, `visibility_level` varchar(16) NOT NULL, `visibility_region_id` int NULL, `visibility_state_id` int NULL, INDEX `IDX_18d5167aa5b4c4313dcbfea967` (`user_id`), UNIQUE INDEX `IDX_34c863b06a844081645c8c7820` (`course_id`, `user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `training_certificate` (`id` int NOT NULL AUTO_INCREMENT, `enrolment_id` int NOT NULL, `user_id` int NOT NULL, `code` varchar(32) NOT NULL, `holder_name` varchar(200) NOT NULL, `holder_organisation` varchar(200) NOT NULL, `course_title` varchar(200) NOT NULL, `version_number` int NOT NULL, `issued_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_eb5237bbdb1d2642bb9e80ddd9` (`code`), UNIQUE INDEX `IDX_d642d7bbf48e7445f30af8c404` (`enrolment_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `training_course_version` (`id` int NOT NULL AUTO_INCREMENT, `course_id` int NOT NULL, `number` int NOT NULL, `title` varchar(200) NOT NULL, `summary` varchar(2000) NOT NULL DEFAULT '', `source` text NOT NULL, `published_by_id` int NOT NULL, `published_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_f6442e2ffe4448109590ca8ad0` (`course_id`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `training_lesson_progress` (`id` int NOT NULL AUTO_INCREMENT, `enrolment_id` int NOT NULL, `lesson_key` varchar(16) NOT NULL, `done_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_52a6792b7a2f2cce5f3dc32d7e` (`enrolment_id`, `lesson_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `training_quiz_attempt` (`id` int NOT NULL AUTO_INCREMENT, `enrolment_id` int NOT NULL, `version_id` int NOT NULL, `quiz` varchar(8) NOT NULL, `quiz_key` varchar(16) NOT NULL, `answers` text NOT NULL, `correct` int NOT NULL, `total` int NOT NULL, `percent` int NOT NULL, `passed` tinyint NOT NULL, `submitted_at` datetime(3) NOT NULL, INDEX `IDX_5ac35d9e3509460d300dbb6c0e` (`enrolment_id`, `quiz_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `training_enrolment` ADD CONSTRAINT `FK_ed6fff6945ad3663f0b7be60aff` FOREIGN KEY (`course_id`) REFERENCES `training_course`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `training_enrolment` ADD CONSTRAINT `FK_18d5167aa5b4c4313dcbfea9671` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `training_certificate` ADD CONSTRAINT `FK_d642d7bbf48e7445f30af8c4044` FOREIGN KEY (`enrolment_id`) REFERENCES `training_enrolment`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `training_course_version` ADD CONSTRAINT `FK_5f2ff2e73e4fd96637409322e21` FOREIGN KEY (`course_id`) REFERENCES `training_course`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `training_lesson_progress` ADD CONSTRAINT `FK_9a0f1b95116adb64e7b447ede0b` FOREIGN KEY (`enrolment_id`) REFERENCES `training_enrolment`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `training_quiz_attempt` ADD CONSTRAINT `FK_c477b092d8b4126d0bbf300540c` FOREIGN KEY (`enrolment_id`) REFERENCES `training_enrolment`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `training_quiz_attempt` DROP FOREIGN KEY `FK_c477b092d8b4126d0bbf300540c`");
    await queryRunner.query("ALTER TABLE `training_lesson_progress` DROP FOREIGN KEY `FK_9a0f1b95116adb64e7b447ede0b`");
    await queryRunner.query("ALTER TABLE `training_course_version` DROP FOREIGN KEY `FK_5f2ff2e73e4fd96637409322e21`");
    await queryRunner.query("ALTER TABLE `training_certificate` DROP FOREIGN KEY `FK_d642d7bbf48e7445f30af8c4044`");
    await queryRunner.query("ALTER TABLE `training_enrolment` DROP FOREIGN KEY `FK_18d5167aa5b4c4313dcbfea9671`");
    await queryRunner.query("ALTER TABLE `training_enrolment` DROP FOREIGN KEY `FK_ed6fff6945ad3663f0b7be60aff`");
    await queryRunner.query("DROP INDEX `IDX_5ac35d9e3509460d300dbb6c0e` ON `training_quiz_attempt`");
    await queryRunner.query("DROP TABLE `training_quiz_attempt`");
    await queryRunner.query("DROP INDEX `IDX_52a6792b7a2f2cce5f3dc32d7e` ON `training_lesson_progress`");
    await queryRunner.query("DROP TABLE `training_lesson_progress`");
    await queryRunner.query("DROP INDEX `IDX_f6442e2ffe4448109590ca8ad0` ON `training_course_version`");
    await queryRunner.query("DROP TABLE `training_course_version`");
    await queryRunner.query("DROP INDEX `IDX_d642d7bbf48e7445f30af8c404` ON `training_certificate`");
    await queryRunner.query("DROP INDEX `IDX_eb5237bbdb1d2642bb9e80ddd9` ON `training_certificate`");
    await queryRunner.query("DROP TABLE `training_certificate`");
    await queryRunner.query("DROP INDEX `IDX_34c863b06a844081645c8c7820` ON `training_enrolment`");
    await queryRunner.query("DROP INDEX `IDX_18d5167aa5b4c4313dcbfea967` ON `training_enrolment`");
    await queryRunner.query("DROP TABLE `training_enrolment`");
    await queryRunner.query("DROP TABLE `training_course`");
  }
}
