import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class ForumAttachments1796150690544 implements MigrationInterface {
  name = 'ForumAttachments1796150690544';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `forum_post_attachment` (`post_id` int NOT NULL, `resource_id` int NOT NULL, `position` smallint NOT NULL, INDEX `IDX_da077fe417b9771b8f67c0ea36` (`resource_id`), PRIMARY KEY (`post_id`, `resource_id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `forum_post` ADD `attachment_count` smallint NOT NULL DEFAULT '0'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `forum_post` DROP COLUMN `attachment_count`");
    await queryRunner.query("DROP INDEX `IDX_da077fe417b9771b8f67c0ea36` ON `forum_post_attachment`");
    await queryRunner.query("DROP TABLE `forum_post_attachment`");
  }
}
