import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class ThreadContentVersion1796161653604 implements MigrationInterface {
  name = 'ThreadContentVersion1796161653604';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `forum_thread` ADD `content_version` int NOT NULL DEFAULT '1'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `forum_thread` DROP COLUMN `content_version`");
  }
}
