import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class Training1796186418317 implements MigrationInterface {
  name = 'Training1796186418317';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"training_course\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"title\" varchar(200) NOT NULL, \"summary\" varchar(2000) NOT NULL DEFAULT (''), \"source\" text NOT NULL, \"current_version_id\" integer, \"created_by_id\" integer NOT NULL, \"revision\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("CREATE TABLE \"training_enrolment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"course_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"version_id\" integer NOT NULL, \"enrolled_by_id\" integer NOT NULL, \"enrolled_at\" datetime(3) NOT NULL, \"completed_at\" datetime(3), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("CREATE INDEX \"IDX_18d5167aa5b4c4313dcbfea967\" ON \"training_enrolment\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_34c863b06a844081645c8c7820\" ON \"training_enrolment\" (\"course_id\", \"user_id\") ");
    await queryRunner.query("CREATE TABLE \"training_certificate\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"enrolment_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"code\" varchar(32) NOT NULL, \"holder_name\" varchar(200) NOT NULL, \"holder_organisation\" varchar(200) NOT NULL, \"course_title\" varchar(200) NOT NULL, \"version_number\" integer NOT NULL, \"issued_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_eb5237bbdb1d2642bb9e80ddd9\" ON \"training_certificate\" (\"code\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d642d7bbf48e7445f30af8c404\" ON \"training_certificate\" (\"enrolment_id\") ");
    await queryRunner.query("CREATE TABLE \"training_course_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"course_id\" integer NOT NULL, \"number\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"summary\" varchar(2000) NOT NULL DEFAULT (''), \"source\" text NOT NULL, \"published_by_id\" integer NOT NULL, \"published_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f6442e2ffe4448109590ca8ad0\" ON \"training_course_version\" (\"course_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"training_lesson_progress\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"enrolment_id\" integer NOT NULL, \"lesson_key\" varchar(16) NOT NULL, \"done_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_52a6792b7a2f2cce5f3dc32d7e\" ON \"training_lesson_progress\" (\"enrolment_id\", \"lesson_key\") ");
    await queryRunner.query("CREATE TABLE \"training_quiz_attempt\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"enrolment_id\" integer NOT NULL, \"version_id\" integer NOT NULL, \"quiz\" varchar(8) NOT NULL, \"quiz_key\" varchar(16) NOT NULL, \"answers\" text NOT NULL, \"correct\" integer NOT NULL, \"total\" integer NOT NULL, \"percent\" integer NOT NULL, \"passed\" boolean NOT NULL, \"submitted_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_5ac35d9e3509460d300dbb6c0e\" ON \"training_quiz_attempt\" (\"enrolment_id\", \"quiz_key\") ");
    await queryRunner.query("DROP INDEX \"IDX_18d5167aa5b4c4313dcbfea967\"");
    await queryRunner.query("DROP INDEX \"IDX_34c863b06a844081645c8c7820\"");
    await queryRunner.query("CREATE TABLE \"temporary_training_enrolment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"course_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"version_id\" integer NOT NULL, \"enrolled_by_id\" integer NOT NULL, \"enrolled_at\" datetime(3) NOT NULL, \"completed_at\" datetime(3), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer, CONSTRAINT \"FK_ed6fff6945ad3663f0b7be60aff\" FOREIGN KEY (\"course_id\") REFERENCES \"training_course\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_18d5167aa5b4c4313dcbfea9671\" FOREIGN KEY (\"user_id\") REFERENCES \"user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_training_enrolment\"(\"id\", \"course_id\", \"user_id\", \"version_id\", \"enrolled_by_id\", \"enrolled_at\", \"completed_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"course_id\", \"user_id\", \"version_id\", \"enrolled_by_id\", \"enrolled_at\", \"completed_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"training_enrolment\"");
    await queryRunner.query("DROP TABLE \"training_enrolment\"");
    await queryRunner.query("ALTER TABLE \"temporary_training_enrolment\" RENAME TO \"training_enrolment\"");
    await queryRunner.query("CREATE INDEX \"IDX_18d5167aa5b4c4313dcbfea967\" ON \"training_enrolment\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_34c863b06a844081645c8c7820\" ON \"training_enrolment\" (\"course_id\", \"user_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_eb5237bbdb1d2642bb9e80ddd9\"");
    await queryRunner.query("DROP INDEX \"IDX_d642d7bbf48e7445f30af8c404\"");
    await queryRunner.query("CREATE TABLE \"temporary_training_certificate\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"enrolment_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"code\" varchar(32) NOT NULL, \"holder_name\" varchar(200) NOT NULL, \"holder_organisation\" varchar(200) NOT NULL, \"course_title\" varchar(200) NOT NULL, \"version_number\" integer NOT NULL, \"issued_at\" datetime(3) NOT NULL, CONSTRAINT \"FK_d642d7bbf48e7445f30af8c4044\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"training_enrolment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_training_certificate\"(\"id\", \"enrolment_id\", \"user_id\", \"code\", \"holder_name\", \"holder_organisation\", \"course_title\", \"version_number\", \"issued_at\") SELECT \"id\", \"enrolment_id\", \"user_id\", \"code\", \"holder_name\", \"holder_organisation\", \"course_title\", \"version_number\", \"issued_at\" FROM \"training_certificate\"");
    await queryRunner.query("DROP TABLE \"training_certificate\"");
    await queryRunner.query("ALTER TABLE \"temporary_training_certificate\" RENAME TO \"training_certificate\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_eb5237bbdb1d2642bb9e80ddd9\" ON \"training_certificate\" (\"code\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d642d7bbf48e7445f30af8c404\" ON \"training_certificate\" (\"enrolment_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_f6442e2ffe4448109590ca8ad0\"");
    await queryRunner.query("CREATE TABLE \"temporary_training_course_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"course_id\" integer NOT NULL, \"number\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"summary\" varchar(2000) NOT NULL DEFAULT (''), \"source\" text NOT NULL, \"published_by_id\" integer NOT NULL, \"published_at\" datetime(3) NOT NULL, CONSTRAINT \"FK_5f2ff2e73e4fd96637409322e21\" FOREIGN KEY (\"course_id\") REFERENCES \"training_course\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_training_course_version\"(\"id\", \"course_id\", \"number\", \"title\", \"summary\", \"source\", \"published_by_id\", \"published_at\") SELECT \"id\", \"course_id\", \"number\", \"title\", \"summary\", \"source\", \"published_by_id\", \"published_at\" FROM \"training_course_version\"");
    await queryRunner.query("DROP TABLE \"training_course_version\"");
    await queryRunner.query("ALTER TABLE \"temporary_training_course_version\" RENAME TO \"training_course_version\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f6442e2ffe4448109590ca8ad0\" ON \"training_course_version\" (\"course_id\", \"number\") ");
    await queryRunner.query("DROP INDEX \"IDX_52a6792b7a2f2cce5f3dc32d7e\"");
    await queryRunner.query("CREATE TABLE \"temporary_training_lesson_progress\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"enrolment_id\" integer NOT NULL, \"lesson_key\" varchar(16) NOT NULL, \"done_at\" datetime(3) NOT NULL, CONSTRAINT \"FK_9a0f1b95116adb64e7b447ede0b\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"training_enrolment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_training_lesson_progress\"(\"id\", \"enrolment_id\", \"lesson_key\", \"done_at\") SELECT \"id\", \"enrolment_id\", \"lesson_key\", \"done_at\" FROM \"training_lesson_progress\"");
    await queryRunner.query("DROP TABLE \"training_lesson_progress\"");
    await queryRunner.query("ALTER TABLE \"temporary_training_lesson_progress\" RENAME TO \"training_lesson_progress\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_52a6792b7a2f2cce5f3dc32d7e\" ON \"training_lesson_progress\" (\"enrolment_id\", \"lesson_key\") ");
    await queryRunner.query("DROP INDEX \"IDX_5ac35d9e3509460d300dbb6c0e\"");
    await queryRunner.query("CREATE TABLE \"temporary_training_quiz_attempt\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"enrolment_id\" integer NOT NULL, \"version_id\" integer NOT NULL, \"quiz\" varchar(8) NOT NULL, \"quiz_key\" varchar(16) NOT NULL, \"answers\" text NOT NULL, \"correct\" integer NOT NULL, \"total\" integer NOT NULL, \"percent\" integer NOT NULL, \"passed\" boolean NOT NULL, \"submitted_at\" datetime(3) NOT NULL, CONSTRAINT \"FK_c477b092d8b4126d0bbf300540c\" FOREIGN KEY (\"enrolment_id\") REFERENCES \"training_enrolment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_training_quiz_attempt\"(\"id\", \"enrolment_id\", \"version_id\", \"quiz\", \"quiz_key\", \"answers\", \"correct\", \"total\", \"percent\", \"passed\", \"submitted_at\") SELECT \"id\", \"enrolment_id\", \"version_id\", \"quiz\", \"quiz_key\", \"answers\", \"correct\", \"total\", \"percent\", \"passed\", \"submitted_at\" FROM \"training_quiz_attempt\"");
    await queryRunner.query("DROP TABLE \"training_quiz_attempt\"");
    await queryRunner.query("ALTER TABLE \"temporary_training_quiz_attempt\" RENAME TO \"training_quiz_attempt\"");
    await queryRunner.query("CREATE INDEX \"IDX_5ac35d9e3509460d300dbb6c0e\" ON \"training_quiz_attempt\" (\"enrolment_id\", \"quiz_key\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_5ac35d9e3509460d300dbb6c0e\"");
    await queryRunner.query("ALTER TABLE \"training_quiz_attempt\" RENAME TO \"temporary_training_quiz_attempt\"");
    await queryRunner.query("CREATE TABLE \"training_quiz_attempt\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"enrolment_id\" integer NOT NULL, \"version_id\" integer NOT NULL, \"quiz\" varchar(8) NOT NULL, \"quiz_key\" varchar(16) NOT NULL, \"answers\" text NOT NULL, \"correct\" integer NOT NULL, \"total\" integer NOT NULL, \"percent\" integer NOT NULL, \"passed\" boolean NOT NULL, \"submitted_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"training_quiz_attempt\"(\"id\", \"enrolment_id\", \"version_id\", \"quiz\", \"quiz_key\", \"answers\", \"correct\", \"total\", \"percent\", \"passed\", \"submitted_at\") SELECT \"id\", \"enrolment_id\", \"version_id\", \"quiz\", \"quiz_key\", \"answers\", \"correct\", \"total\", \"percent\", \"passed\", \"submitted_at\" FROM \"temporary_training_quiz_attempt\"");
    await queryRunner.query("DROP TABLE \"temporary_training_quiz_attempt\"");
    await queryRunner.query("CREATE INDEX \"IDX_5ac35d9e3509460d300dbb6c0e\" ON \"training_quiz_attempt\" (\"enrolment_id\", \"quiz_key\") ");
    await queryRunner.query("DROP INDEX \"IDX_52a6792b7a2f2cce5f3dc32d7e\"");
    await queryRunner.query("ALTER TABLE \"training_lesson_progress\" RENAME TO \"temporary_training_lesson_progress\"");
    await queryRunner.query("CREATE TABLE \"training_lesson_progress\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"enrolment_id\" integer NOT NULL, \"lesson_key\" varchar(16) NOT NULL, \"done_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"training_lesson_progress\"(\"id\", \"enrolment_id\", \"lesson_key\", \"done_at\") SELECT \"id\", \"enrolment_id\", \"lesson_key\", \"done_at\" FROM \"temporary_training_lesson_progress\"");
    await queryRunner.query("DROP TABLE \"temporary_training_lesson_progress\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_52a6792b7a2f2cce5f3dc32d7e\" ON \"training_lesson_progress\" (\"enrolment_id\", \"lesson_key\") ");
    await queryRunner.query("DROP INDEX \"IDX_f6442e2ffe4448109590ca8ad0\"");
    await queryRunner.query("ALTER TABLE \"training_course_version\" RENAME TO \"temporary_training_course_version\"");
    await queryRunner.query("CREATE TABLE \"training_course_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"course_id\" integer NOT NULL, \"number\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"summary\" varchar(2000) NOT NULL DEFAULT (''), \"source\" text NOT NULL, \"published_by_id\" integer NOT NULL, \"published_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"training_course_version\"(\"id\", \"course_id\", \"number\", \"title\", \"summary\", \"source\", \"published_by_id\", \"published_at\") SELECT \"id\", \"course_id\", \"number\", \"title\", \"summary\", \"source\", \"published_by_id\", \"published_at\" FROM \"temporary_training_course_version\"");
    await queryRunner.query("DROP TABLE \"temporary_training_course_version\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f6442e2ffe4448109590ca8ad0\" ON \"training_course_version\" (\"course_id\", \"number\") ");
    await queryRunner.query("DROP INDEX \"IDX_d642d7bbf48e7445f30af8c404\"");
    await queryRunner.query("DROP INDEX \"IDX_eb5237bbdb1d2642bb9e80ddd9\"");
    await queryRunner.query("ALTER TABLE \"training_certificate\" RENAME TO \"temporary_training_certificate\"");
    await queryRunner.query("CREATE TABLE \"training_certificate\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"enrolment_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"code\" varchar(32) NOT NULL, \"holder_name\" varchar(200) NOT NULL, \"holder_organisation\" varchar(200) NOT NULL, \"course_title\" varchar(200) NOT NULL, \"version_number\" integer NOT NULL, \"issued_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"training_certificate\"(\"id\", \"enrolment_id\", \"user_id\", \"code\", \"holder_name\", \"holder_organisation\", \"course_title\", \"version_number\", \"issued_at\") SELECT \"id\", \"enrolment_id\", \"user_id\", \"code\", \"holder_name\", \"holder_organisation\", \"course_title\", \"version_number\", \"issued_at\" FROM \"temporary_training_certificate\"");
    await queryRunner.query("DROP TABLE \"temporary_training_certificate\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d642d7bbf48e7445f30af8c404\" ON \"training_certificate\" (\"enrolment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_eb5237bbdb1d2642bb9e80ddd9\" ON \"training_certificate\" (\"code\") ");
    await queryRunner.query("DROP INDEX \"IDX_34c863b06a844081645c8c7820\"");
    await queryRunner.query("DROP INDEX \"IDX_18d5167aa5b4c4313dcbfea967\"");
    await queryRunner.query("ALTER TABLE \"training_enrolment\" RENAME TO \"temporary_training_enrolment\"");
    await queryRunner.query("CREATE TABLE \"training_enrolment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"course_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"version_id\" integer NOT NULL, \"enrolled_by_id\" integer NOT NULL, \"enrolled_at\" datetime(3) NOT NULL, \"completed_at\" datetime(3), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("INSERT INTO \"training_enrolment\"(\"id\", \"course_id\", \"user_id\", \"version_id\", \"enrolled_by_id\", \"enrolled_at\", \"completed_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"course_id\", \"user_id\", \"version_id\", \"enrolled_by_id\", \"enrolled_at\", \"completed_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"temporary_training_enrolment\"");
    await queryRunner.query("DROP TABLE \"temporary_training_enrolment\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_34c863b06a844081645c8c7820\" ON \"training_enrolment\" (\"course_id\", \"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_18d5167aa5b4c4313dcbfea967\" ON \"training_enrolment\" (\"user_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_5ac35d9e3509460d300dbb6c0e\"");
    await queryRunner.query("DROP TABLE \"training_quiz_attempt\"");
    await queryRunner.query("DROP INDEX \"IDX_52a6792b7a2f2cce5f3dc32d7e\"");
    await queryRunner.query("DROP TABLE \"training_lesson_progress\"");
    await queryRunner.query("DROP INDEX \"IDX_f6442e2ffe4448109590ca8ad0\"");
    await queryRunner.query("DROP TABLE \"training_course_version\"");
    await queryRunner.query("DROP INDEX \"IDX_d642d7bbf48e7445f30af8c404\"");
    await queryRunner.query("DROP INDEX \"IDX_eb5237bbdb1d2642bb9e80ddd9\"");
    await queryRunner.query("DROP TABLE \"training_certificate\"");
    await queryRunner.query("DROP INDEX \"IDX_34c863b06a844081645c8c7820\"");
    await queryRunner.query("DROP INDEX \"IDX_18d5167aa5b4c4313dcbfea967\"");
    await queryRunner.query("DROP TABLE \"training_enrolment\"");
    await queryRunner.query("DROP TABLE \"training_course\"");
  }
}
