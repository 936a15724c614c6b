import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class UserLocale1796135538496 implements MigrationInterface {
  name = 'UserLocale1796135538496';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `user` ADD `locale` varchar(16) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `locale`");
  }
}
